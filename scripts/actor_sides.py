"""Counts of the article gold's event sides by class, per half (totals only).

Among the type-matched events the scoreboard's ``actor_accuracy`` counts (asserted, at or above
the confidence floor, matched to a positive gold event), each side is classed as right,
missing (none or uncoded where the gold names one), extra (coded where the gold has none) or
wrong (another country or organisation), and by how the coder's actor reads: a name, a
lower-case noun ("protesters"), a description ("the ministry"), a pronoun, or none. Only
totals are printed, for both halves: the check half's items are never shown (see the brief's
tune and check discipline); use ``redline eval articles --show-misses`` for the tune half's.

    python scripts/actor_sides.py --data ../shared/data [--min-confidence X] [--root 11]

``--root`` keeps only the events whose CAMEO root (of the coder's event) is one of those given
(comma-separated: ``--root 11,12``), still totals only (r9-17m).

``--items`` also prints, for the tune parts only (tune, tune2; never a check part), each
type-matched event with a side not right: the document, the event's words, and the coder's
and the gold's sides (r12-18).
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from redline.eval.gold_articles import GoldEvent
    from redline.model import Event

os.environ.setdefault("OMP_NUM_THREADS", "1")

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them", "us", "me",
                      "his", "their", "its", "our", "my", "who", "which", "that", "this",
                      "these", "those"})


def reading(text: str | None) -> str:
    """How an actor's words read: name, noun, description, pronoun (or none)."""
    words = (text or "").split()
    if not words:
        return "none"
    if " ".join(words).lower() in PRONOUNS:
        return "pronoun"
    if words[0].lower() in ("the", "this") and not any(w[:1].isupper() for w in words[1:]):
        return "description"
    return "name" if any(ch.isupper() for w in words for ch in w) else "noun"


def side_class(predicted: str | None, gold: str | None) -> str:
    """right / missing / extra / wrong, from the two sides' country-or-organisation keys."""
    if predicted == gold:
        return "right"
    if predicted is None:
        return "missing"
    return "extra" if gold is None else "wrong"


def in_roots(cameo: str, roots: frozenset[str]) -> bool:
    """An event of one of ``roots`` (every event when none is given)."""
    return not roots or cameo[:2] in roots


def item_line(doc_id: str, text: str, event: Event, gold: GoldEvent) -> str:
    """One tune item: document, the words around the gold trigger, both sides (coder's words
    and code, gold's code), each marked ok or XX."""
    from redline.eval import articles as art

    sides = []
    for name, actor, code in (("src", event.source, gold.source),
                              ("tgt", event.target, gold.target)):
        mark = "ok" if art.actor_key(actor) == art.code_key(code) else "XX"
        words, got = (actor.text, actor.code) if actor else (None, None)
        sides.append(f"{name} {mark} {words!r}={got} gold={code}")
    around = text[max(0, gold.start - 60):gold.end + 60].replace("\n", " ")
    return f"  [{doc_id}] {event.cameo} ... {around!r}\n     " + " | ".join(sides)


def count(data: Path, min_confidence: float | None,
          roots: frozenset[str] = frozenset(),
          items: bool = False) -> dict[str, Counter[str]]:
    from redline.eval import articles as art
    from redline.eval.common import Item, code_items
    from redline.eval.gold_articles import read_docs, read_events
    from redline.events.confidence import default_min_confidence

    floor = default_min_confidence() if min_confidence is None else min_confidence
    docs = read_docs(data)
    events = read_events({d.id: d.text for d in docs})
    out: dict[str, Counter[str]] = {half: Counter() for half in art.SPLITS}
    items = (Item(d.id, d.text, d.published) for d in docs)
    for gd, doc in zip(docs, code_items(items, workers=1), strict=True):
        golds = [g for g in events if g.doc == gd.id and g.positive]
        asserted = [e for e in art.typed_events(doc, floor) if e.asserted]
        for preds, gs in art.grouped_events(doc, asserted, golds).values():
            for e, g in art.paired_events(preds, gs):
                if not in_roots(e.cameo, roots):
                    continue
                tally = out[gd.split]
                tally["type-matched"] += 1
                show = items and gd.split in art.TUNE_PARTS
                if show and (art.actor_key(e.source), art.actor_key(e.target)) != (
                        art.code_key(g.source), art.code_key(g.target)):
                    print(gd.split, item_line(gd.id, gd.text, e, g))
                for side, actor, code in (("source", e.source, g.source),
                                          ("target", e.target, g.target)):
                    got = side_class(art.actor_key(actor), art.code_key(code))
                    tally[f"{side} {got} ({reading(actor.text if actor else None)})"] += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--min-confidence", type=float, default=None)
    parser.add_argument("--root", default="", help="CAMEO roots to keep, e.g. 11 or 11,12")
    parser.add_argument("--items", action="store_true",
                        help="also list the tune parts' events with a side not right")
    args = parser.parse_args()
    roots = frozenset(r.strip() for r in args.root.split(",") if r.strip())
    for half, tally in count(args.data, args.min_confidence, roots, args.items).items():
        print(f"{half}: {tally.pop('type-matched', 0)} type-matched events")
        for key, n in sorted(tally.items()):
            print(f"  {key:<34} {n}")


if __name__ == "__main__":
    main()
