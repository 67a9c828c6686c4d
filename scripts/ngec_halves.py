"""NGEC synthetic stories by half: tune and check totals, and the tune half's misses.

    python scripts/ngec_halves.py ../shared/data [--every 4] [--half tune|check]
    python scripts/ngec_halves.py ../shared/data --half tune --dump /tmp/tune.jsonl
    python scripts/ngec_halves.py ../shared/data --vote src/redline/events/data/type_vote.json \
        --margins 0,1,2   # totals with the optional type vote applied after coding

The split is ``redline.eval.ngec_synthetic.story_half`` (SHA-1 of the story's text). Rules are
written from the tune half only: ``--dump`` writes each tune story's label, coded types and
events (trigger, type, modality) and refuses the check half, whose items are not read.
`redline eval all --only ngec_synthetic` reports the all-stories figure and both halves' totals.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from redline.eval.common import asserted_types
from redline.eval.ngec_synthetic import code_stories, select_stories
from redline.events.typevote import TypeVote, apply_vote, from_json
from redline.model import Document, Event


def _events(doc: Document) -> list[list[object]]:
    return [[e.trigger.text, e.plover, e.cameo, e.modality,
             e.source.code if e.source else None, e.target.code if e.target else None]
            for e in doc.events]


def _voted(doc: Document, model: TypeVote) -> tuple[Event, ...]:
    spans = {s.index: (s.start, s.end) for s in doc.sentences}
    return apply_vote(doc.events, doc.text, spans, model)


def _models(path: Path | None, margins: str) -> dict[str, TypeVote]:
    if path is None:
        return {}
    base = from_json(json.loads(path.read_text(encoding="utf-8")))
    return {f"vote@{m}": replace(base, margin=float(m)) for m in margins.split(",")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--half", choices=("tune", "check"))
    ap.add_argument("--dump", type=Path, help="tune half only: one JSON line per story")
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--vote", type=Path, help="a type-vote model (JSON) applied after coding")
    ap.add_argument("--margins", default="1.0", help="the vote's margins to report, a,b,c")
    args = ap.parse_args(argv)
    if args.dump and args.half != "tune":
        ap.error("--dump needs --half tune (the check half's items are not read)")
    path = args.data / "ngec" / "synthetic_events.csv"
    stories = select_stories(path, every=args.every, half=args.half)
    total: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    models = _models(args.vote, args.margins)
    with contextlib.ExitStack() as stack:
        dump = stack.enter_context(open(args.dump, "w", encoding="utf-8")) if args.dump else None
        for story, doc in code_stories(stories, workers=args.workers):
            hit = story.label in asserted_types(doc.events)
            for key in (story.half, f"{story.half} {story.label}"):
                total[key] += 1
                hits[key] += hit
            for name, model in models.items():
                total[f"{story.half} {name}"] += 1
                hits[f"{story.half} {name}"] += story.label in asserted_types(_voted(doc, model))
            if dump:
                dump.write(json.dumps({"label": story.label, "hit": hit, "text": story.text,
                                       "events": _events(doc)}) + "\n")
    for key in sorted(total):
        print(f"{key:<22} {hits[key] / total[key]:.3f}  ({hits[key]}/{total[key]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
