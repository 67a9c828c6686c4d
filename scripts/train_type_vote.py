"""Train the optional PLOVER type vote (redline.events.typevote) on NGEC's synthetic stories.

    python scripts/train_type_vote.py ../shared/data [--margin 1.0] [--out PATH]

Only the tune half (``redline.eval.ngec_synthetic.story_half``) is read. Each story's lede
(title without template slots, then its first two sentences) is one example of its label. A
multinomial naive Bayes (add-one smoothing, features seen at least ``--min-count`` times) is
deterministic: the same data give the same file. The stories are MIT-licensed (ahalterman/
NGEC-2025); the file holds word statistics only, no text.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

from redline.eval.ngec_synthetic import select_stories
from redline.events.typevote import features

OUT = Path(__file__).resolve().parents[1] / "src/redline/events/data/type_vote.json"
_SENT = re.compile(r"(?<=[.!?])\s+")


def lede(text: str) -> str:
    return " ".join(_SENT.split(text.strip())[:3])


def train(examples: list[tuple[str, str]], min_count: int) -> dict[str, object]:
    counts: dict[str, Counter[str]] = {}
    docs: Counter[str] = Counter()
    for text, label in examples:
        docs[label] += 1
        counts.setdefault(label, Counter()).update(features(text))
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    vocab = sorted(f for f, n in total.items() if n >= min_count)
    labels = sorted(docs)
    n_docs = sum(docs.values())
    denom = {lab: sum(counts[lab][f] for f in vocab) + len(vocab) for lab in labels}
    weights = {f: {lab: round(math.log((counts[lab][f] + 1) / denom[lab]), 3)
                   for lab in labels if counts[lab][f]} for f in vocab}
    return {"labels": labels, "prior": {lab: math.log(docs[lab] / n_docs) for lab in labels},
            "unseen": {lab: round(math.log(1 / denom[lab]), 3) for lab in labels},
            "weights": weights, "examples": n_docs, "vocabulary": len(vocab)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--margin", type=float, default=1.0)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    stories = select_stories(args.data / "ngec" / "synthetic_events.csv", half="tune")
    model = train([(lede(s.text), s.label) for s in stories], args.min_count)
    model["margin"] = args.margin
    model["trained_on"] = "NGEC synthetic stories, tune half (SHA-1 of the text 0-7), ledes"
    args.out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"{args.out}: {model['examples']} examples, {model['vocabulary']} features, "
          f"{args.out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
