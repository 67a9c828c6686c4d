"""Where the article gold's missed events are lost, per half (issue 17, ninth round, 17r).

Each positive gold event that the scoreboard does not match at the type level (same sentence,
same PLOVER type, asserted, at or above the confidence floor) is classed by the first cause
that fits, read off the pipeline's own run (the records of ``redline.events.losses``):

- ``coded, pair taken``: an event of the type is coded, but another gold event took it;
- ``below the floor``: coded, asserted, under the confidence floor;
- ``modality: M``: coded but not asserted (negated, hypothetical, ...);
- ``review: G``: the review's gate G dropped it;
- ``extract: R``: its trigger was found and made no event (R: no roles, a noun without an
  actor of its own, the dictionary filter, absorbed);
- ``coded as T`` / ``trigger read as T``: the gold's trigger made another type;
- ``sentence not read``: no finite verb (headlines, captions);
- ``no trigger``: nothing in the lexicon there.

Type-matched events whose source or target is wrong are counted apart (``wrong sides``). Only
counts are printed for both halves; the tune half's items with ``--items`` (the check half's
never: see the brief's tune and check discipline).

    python scripts/miss_causes.py --data ../shared/data [--min-confidence X] [--items]
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from redline.eval.gold_articles import GoldEvent
    from redline.events.losses import Loss
    from redline.model import Document, Event

os.environ.setdefault("OMP_NUM_THREADS", "1")


def _type_of(code: str | None) -> str | None:
    from redline.events.codebook import lookup, plover_current

    if not code:
        return None
    plover = lookup(code).plover
    return plover_current(plover) if plover else None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _coded_cause(plover: str, events: Sequence[Event], floor: float) -> str | None:
    from redline.eval.articles import event_confidence

    same = [e for e in events if e.plover and _type_of(e.cameo) == plover]
    if any(e.asserted and event_confidence(e) >= floor for e in same):
        return "coded, pair taken"
    if any(e.asserted for e in same):
        return "below the floor"
    return f"modality: {same[0].modality}" if same else None


def _trigger_cause(trigger: tuple[int, int], events: Sequence[Event],
                   records: Sequence[Loss]) -> str | None:
    other = [e for e in events if _overlaps((e.trigger.start, e.trigger.end), trigger)]
    if other:
        return f"coded as {_type_of(other[0].cameo) or 'statement'}"
    found = [r for r in records if r.stage == "found" and _overlaps((r.start, r.end), trigger)]
    if found:
        return f"trigger read as {_type_of(found[0].code) or 'statement/none'}"
    return None


def cause(plover: str, trigger: tuple[int, int], events: Sequence[Event],
          records: Sequence[Loss], floor: float) -> str:
    """The first cause that fits a missed gold event of type ``plover`` at ``trigger``, from
    the coded ``events`` and the loss ``records`` of its sentence."""
    found = _coded_cause(plover, events, floor)
    for stage in ("review", "extract"):  # a record of the type on the gold's own trigger
        lost = [r for r in records if r.stage == stage and _type_of(r.code) == plover
                and _overlaps((r.start, r.end), trigger)]
        found = found or (f"{stage}: {lost[0].reason}" if lost else None)
    found = found or _trigger_cause(trigger, events, records)
    if found:
        return found
    if any(r.stage == "skipped" for r in records):
        return "sentence not read"
    return "no trigger"


def _in(span: tuple[int, int], start: int) -> bool:
    return span[0] <= start < span[1]


def doc_causes(doc: Document, golds: Sequence[GoldEvent], records: Sequence[Loss],
               floor: float) -> list[tuple[GoldEvent, str]]:
    """(gold event, cause) for each positive gold event of ``doc`` the scoreboard misses,
    and (gold event, "wrong sides") for each type-matched one with a side wrong."""
    from redline.eval import articles as art

    asserted = [e for e in art.typed_events(doc, floor) if e.asserted]
    out: list[tuple[GoldEvent, str]] = []
    for preds, gs in art.grouped_events(doc, asserted, [g for g in golds if g.positive]).values():
        pairs = art.paired_events(preds, gs)
        out += [(g, "wrong sides") for e, g in pairs if not art.actors_right(e, g)]
        paired = {id(g) for _, g in pairs}
        out += [(g, _gold_cause(doc, g, records, floor)) for g in gs if id(g) not in paired]
    return out


def _gold_cause(doc: Document, gold: GoldEvent, records: Sequence[Loss], floor: float) -> str:
    from redline.eval.articles import sentence_of

    index = sentence_of(doc, gold.start)
    sent = next(((s.start, s.end) for s in doc.sentences if s.index == index), (0, 0))
    events = [e for e in doc.events if e.sentence == index]
    mine = [r for r in records if _in(sent, r.start)]
    return cause(gold.plover, (gold.start, gold.end), events, mine, floor)


def run(data: Path, floor: float | None, items: bool) -> dict[str, Counter[str]]:
    from redline.eval.articles import sentence_text
    from redline.eval.gold_articles import read_docs, read_events
    from redline.events import losses
    from redline.events.confidence import default_min_confidence
    from redline.model import Article
    from redline.pipeline import Coder

    floor = default_min_confidence() if floor is None else floor
    docs = read_docs(data)
    golds = read_events({d.id: d.text for d in docs})
    tally: dict[str, Counter[str]] = {h: Counter() for h in ("tune", "check", "tune2", "check2")}
    with Coder(workers=1) as coder:
        for gd in docs:
            with losses.recording() as records:
                doc = coder.code(Article(id=gd.id, text=gd.text, published=gd.published))
            found = doc_causes(doc, [g for g in golds if g.doc == gd.id], records, floor)
            tally[gd.split].update(c for _, c in found)
            if items and gd.split in ("tune", "tune2"):
                for g, c in found:
                    print(f"{c:<34} {gd.id} {g.plover} {g.cameo} {g.source}->{g.target} "
                          f"{coded(doc, g)}"
                          f"{doc.text[g.start:g.end]!r}: "
                          f"{sentence_text(doc, _sentence_of_gold(doc, g))}")
    return tally


def coded(doc: Document, gold: GoldEvent) -> str:
    """"got SRC->TGT at CONF" for the coded event of the gold's type nearest its trigger."""
    from redline.eval.articles import event_confidence

    index = _sentence_of_gold(doc, gold)
    same = [e for e in doc.events if e.sentence == index and e.plover
            and _type_of(e.cameo) == gold.plover]
    if not same:
        return ""
    e = min(same, key=lambda e: abs(e.trigger.start - gold.start))
    src, tgt = (a.code if a is not None else "-" for a in (e.source, e.target))
    return f"(got {src}->{tgt} at {event_confidence(e):.2f}) "


def _sentence_of_gold(doc: Document, gold: GoldEvent) -> int:
    from redline.eval.articles import sentence_of

    return int(sentence_of(doc, gold.start))


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--min-confidence", type=float, default=None)
    ap.add_argument("--items", action="store_true", help="list the tune half's items")
    args = ap.parse_args(argv)
    tally = run(args.data, args.min_confidence, args.items)
    keys = sorted(set().union(*tally.values()),
                  key=lambda k: -(tally["tune"][k] + tally["check"][k]))
    print(f"{'cause':<44} " + " ".join(f"{h:>6}" for h in tally))
    for k in keys:
        print(f"{k:<44} " + " ".join(f"{t[k]:>6}" for t in tally.values()))


if __name__ == "__main__":
    main()
