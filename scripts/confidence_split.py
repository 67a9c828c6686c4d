"""Which confidence features split right from wrong events in both tune parts (issue 16).

  python scripts/confidence_split.py --data ../shared/data [--min-confidence 0.4]

Codes the documents of tune and tune2 (never check or check2), takes each asserted typed event
at or above the floor with whether it is fully right (type, source and target, as
`redline eval articles` judges it), and prints, for each feature of
`redline.events.confidence.features` and each part, how many events with the feature are right
of how many, and the same without it. A feature worth a new weight splits both parts the same
way; one that splits one part only is that part's accident (the twelfth round's lesson).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

PARTS = ("tune", "tune2")
Row = tuple[str, dict[str, float], bool]  # (part, features, fully right)
Cell = tuple[int, int, int, int]  # right with, n with, right without, n without


def split(rows: Sequence[Row]) -> dict[str, dict[str, Cell]]:
    """feature -> part -> (right with, n with, right without, n without)."""
    names = sorted({k for _, feats, _ in rows for k in feats})
    table: dict[str, dict[str, Cell]] = {}
    for name in names:
        table[name] = {}
        for part in sorted({p for p, _, _ in rows}):
            mine = [(f.get(name, 0.0) > 0, right) for p, f, right in rows if p == part]
            table[name][part] = (sum(w and r for w, r in mine), sum(w for w, _ in mine),
                                 sum(not w and r for w, r in mine), sum(not w for w, _ in mine))
    return table


def format_split(table: dict[str, dict[str, Cell]]) -> str:
    """One line per feature: "name  part: with R/N  without R/N | ..."."""
    lines = []
    for name, parts in table.items():
        cells = [f"{p}: with {c[0]}/{c[1]}  without {c[2]}/{c[3]}" for p, c in parts.items()]
        lines.append(f"{name:24s} " + " | ".join(cells))
    return "\n".join(lines)


def examples(data: Path, floor: float) -> list[Row]:
    from redline.eval.articles import event_confidence, event_outcomes
    from redline.eval.gold_articles import read_docs, read_events
    from redline.events import confidence as conf
    from redline.model import Article
    from redline.pipeline import Coder, code_doc

    docs = [d for d in read_docs(data) if d.split in PARTS]
    golds = read_events({d.id: d.text for d in docs})
    coder = Coder()
    rows: list[Row] = []
    for d in docs:
        spacy_doc = coder.nlp(d.text)
        doc = code_doc(Article(d.id, d.text, published=d.published), spacy_doc)
        for event, right in event_outcomes(doc, [g for g in golds if g.doc == d.id]):
            if event_confidence(event) >= floor:
                feats = conf.features(event, conf.trigger_root(spacy_doc, event))
                rows.append((d.split, feats, right))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--min-confidence", type=float, default=0.1)
    args = ap.parse_args()
    print(format_split(split(examples(args.data, args.min_confidence))))


if __name__ == "__main__":
    main()
