"""ConfliBERT and CASE 2021 sentences by half: tune and check figures, and the tune half's items.

    python scripts/sentence_halves.py ../shared/data [--sets conflibert,case2021]
    python scripts/sentence_halves.py ../shared/data --lexicon full    # or REDLINE_LEXICON=full
    python scripts/sentence_halves.py ../shared/data --dump /tmp/tune.jsonl  # tune items only

The split is ``sentence_half`` (SHA-1 of the sentence or snippet text, first hex digit 0-7
tune, 8-f check), the manner of ``scripts/ngec_halves.py``. Rules are written from the tune
half only: ``--dump`` writes each tune sentence's gold label and coded events; of the check
half only the totals printed here are read. The figures are those of ``redline eval all``
(``event_share``/``class_share`` for ConfliBERT, ``found_mean``/``found_min``/
``nonpolitical_coded`` for CASE 2021), computed per half; ConfliBERT also gets
``event_class_precision``, the share of asserted events whose PentaClass is the sentence's.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from redline.eval import case2021, conflibert
from redline.eval.common import Item, asserted_types, code_items
from redline.eval.ngec_synthetic import story_half
from redline.events.cameo_view import cameo_events
from redline.events.dictionary import CHOICES
from redline.model import Document

HALVES = ("tune", "check")
SETS = ("conflibert", "case2021")


sentence_half = story_half  # the same split as NGEC's stories: SHA-1 of the text, first digit


def _rows(data: Path, name: str) -> list[tuple[str, str]]:
    """(text, gold label) pairs of one set, in file order."""
    if name == "conflibert":
        return [(s.text, str(s.gold)) for s in _sentences(data)]
    return case2021.read_case(data / "case2021_task2" / case2021.FILE)


def _sentences(data: Path) -> list[conflibert.Sentence]:
    return conflibert.read_conflibert(data / "conflibert")


def _coded(rows: list[tuple[str, str]], name: str,
           workers: int) -> Iterator[tuple[str, str, Document]]:
    items = (Item(f"{name}{i}", text) for i, (text, _) in enumerate(rows))
    for (text, label), doc in zip(rows, code_items(items, workers=workers), strict=True):
        yield text, label, doc


def _events(doc: Document) -> list[list[object]]:
    return [[e.trigger.text, e.cameo, e.plover, e.modality,
             e.source.code if e.source else None, e.target.code if e.target else None]
            for e in doc.events]


def _conflibert_figures(coded: Iterator[tuple[str, str, Document]], dump: IO[str] | None,
                        spans: list[conflibert.Sentence]) -> dict[str, dict[str, Any]]:
    tally = {h: Counter[str]() for h in HALVES}
    for (text, label, doc), sent in zip(coded, spans, strict=True):
        half, gold = sentence_half(text), int(label)
        events = [e for e in cameo_events(doc.events) if e.asserted]
        classes = {conflibert.PENTA.get(e.cameo_root) for e in events}
        t = tally[half]
        t["n"] += 1
        t[f"n{gold}"] += 1
        t["event"] += bool(events)
        t["class"] += gold in classes
        t["ev_n"] += sum(conflibert.PENTA.get(e.cameo_root) is not None for e in events)
        t["ev_right"] += sum(conflibert.PENTA.get(e.cameo_root) == gold for e in events)
        t[f"class{gold}"] += gold in classes
        for role, found in (("source", sent.sources), ("target", sent.targets)):
            if found:
                t[f"{role}_n"] += 1
                t[f"{role}_hit"] += conflibert._overlaps(events, role, found)
        _write(dump, half, "conflibert", text, label, doc, gold in classes)
    return {h: {**conflibert._figures(tally[h]), "event_class_precision": round(
        tally[h]["ev_right"] / max(tally[h]["ev_n"], 1), 4)} for h in HALVES}


def _case_figures(coded: Iterator[tuple[str, str, Document]],
                  dump: IO[str] | None) -> dict[str, dict[str, Any]]:
    total = {h: Counter[str]() for h in HALVES}
    hits = {h: Counter[str]() for h in HALVES}
    for text, label, doc in coded:
        half = sentence_half(text)
        found = bool(asserted_types(doc.events))
        total[half][label] += 1
        hits[half][label] += found
        _write(dump, half, "case2021", text, label, doc, found)
    return {h: case2021._figures(total[h], hits[h]) for h in HALVES}


def _write(dump: IO[str] | None, half: str, name: str, text: str, label: str, doc: Document,
           hit: bool) -> None:
    if dump is not None and half == "tune":
        dump.write(json.dumps({"set": name, "label": label, "hit": hit, "text": text,
                               "events": _events(doc)}) + "\n")


def _print(name: str, figures: dict[str, dict[str, Any]]) -> None:
    keys = [k for k in figures["tune"] if k != "snippets" and k != "sentences"]
    print(f"{name:<32} {'tune':>7} {'check':>7}")
    for key in keys:
        print(f"  {key:<30} {figures['tune'][key]:>7} {figures['check'][key]:>7}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--lexicon", choices=CHOICES)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--dump", type=Path, help="the tune half's items, one JSON line each")
    ap.add_argument("--json", action="store_true", help="the figures as one JSON object")
    args = ap.parse_args(argv)
    if args.lexicon:
        os.environ["REDLINE_LEXICON"] = args.lexicon
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with contextlib.ExitStack() as stack:
        dump = stack.enter_context(open(args.dump, "w", encoding="utf-8")) if args.dump else None
        for name in args.sets.split(","):
            coded = _coded(_rows(args.data, name), name, args.workers)
            if name == "conflibert":
                out[name] = _conflibert_figures(coded, dump, _sentences(args.data))
            else:
                out[name] = _case_figures(coded, dump)
    if args.json:
        print(json.dumps(out, indent=1))
    else:
        for name, figures in out.items():
            _print(name, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
