"""NGEC synthetic stories by half: tune and check totals, and the tune half's misses.

    python scripts/ngec_halves.py ../shared/data [--every 4] [--half tune|check]
    python scripts/ngec_halves.py ../shared/data --half tune --dump /tmp/tune.jsonl

The split is ``redline.eval.ngec_synthetic.story_half`` (SHA-1 of the story's text). Rules are
written from the tune half only: ``--dump`` writes each tune story's label, coded types and
events (trigger, type, modality) and refuses the check half, whose items are not read.
`redline eval all --only ngec_synthetic` reports the all-stories figure and both halves' totals.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from redline.eval.common import asserted_types
from redline.eval.ngec_synthetic import code_stories, select_stories
from redline.model import Document


def _events(doc: Document) -> list[list[object]]:
    return [[e.trigger.text, e.plover, e.cameo, e.modality,
             e.source.code if e.source else None, e.target.code if e.target else None]
            for e in doc.events]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--half", choices=("tune", "check"))
    ap.add_argument("--dump", type=Path, help="tune half only: one JSON line per story")
    ap.add_argument("--workers", type=int, default=0)
    args = ap.parse_args(argv)
    if args.dump and args.half != "tune":
        ap.error("--dump needs --half tune (the check half's items are not read)")
    path = args.data / "ngec" / "synthetic_events.csv"
    stories = select_stories(path, every=args.every, half=args.half)
    total: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for story, doc in code_stories(stories, workers=args.workers):
        hit = story.label in asserted_types(doc.events)
        for key in (story.half, f"{story.half} {story.label}"):
            total[key] += 1
            hits[key] += hit
        if dump:
            dump.write(json.dumps({"label": story.label, "hit": hit, "text": story.text,
                                   "events": _events(doc)}) + "\n")
    if dump:
        dump.close()
    for key in sorted(total):
        print(f"{key:<22} {hits[key] / total[key]:.3f}  ({hits[key]}/{total[key]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
