"""PLOVER gold-record scorer.

Metric definitions (records are the gold JSONL lines that carry a ``text``):

- type accuracy: share of records whose gold event type (v0.5 labels mapped: DEMAND->REQUEST,
  DISAPPROVE/INVESTIGATE->ACCUSE, FIGHT->ASSAULT) is among the PLOVER types of the predicted
  *asserted* events of the record's text.
- source accuracy: over records with a gold source, share where some gold source code is among
  the source country codes of the matching events (asserted, same PLOVER type). A gold "IGO"
  or "NGO" code matches any predicted international organisation (an IGO, an NGO whose
  country is not a state's ISO3 code, such as the Red Cross, or a person coded to an
  organisation, such as the UN secretary-general). Target accuracy likewise.
  ``*_given_type`` gives the same share among records whose type was found.
- extra events per record: asserted events with a PLOVER type, beyond the one that matches
  the gold type (all of them when none matches), averaged over records. Like a gold record,
  one event is one trigger with its type: the actor pairs coded from one trigger ("A and B
  agreed", "sanctions on A and B") count once. ``extra_pairs_per_record`` counts every pair.
- no-event share: records with no asserted event at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redline.events.cameo_view import cameo_events
from redline.events.codebook import plover_current
from redline.model import Actor, Event

GOLD_ALIASES = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "GER": "DEU", "UK": "GBR"}
GENERIC_ORGS = frozenset({"IGO", "NGO", "IMG"})

Coder = Callable[[str, str, str | None], Sequence[Event]]  # (doc_id, text, date) -> events


@dataclass(frozen=True, slots=True)
class TypeRow:
    plover: str
    records: int
    type_hits: int
    source_hits: int
    source_total: int
    target_hits: int
    target_total: int


@dataclass(frozen=True, slots=True)
class PloverReport:
    records: int
    type_accuracy: float
    source_accuracy: float
    target_accuracy: float
    source_given_type: float
    target_given_type: float
    extra_per_record: float
    no_event_share: float
    per_type: tuple[TypeRow, ...] = field(default=())
    extra_pairs_per_record: float = 0.0


@dataclass(slots=True)
class _Tally:
    records: int = 0
    type_hits: int = 0
    src: list[int] = field(default_factory=lambda: [0, 0, 0])  # hits, total, total-given-type
    tgt: list[int] = field(default_factory=lambda: [0, 0, 0])
    pairs: int = 0


def read_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    from redline.eval.common import warn

    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except ValueError as exc:
                warn(f"{path}:{n}", f"not JSON ({exc.args[0]})")
                continue
            if isinstance(rec, dict) and rec.get("text"):
                yield rec


def gold_codes(value: Any) -> set[str]:
    if not isinstance(value, list):
        return set()
    codes = {str(a.get("code", "")).upper() for a in value if isinstance(a, dict)}
    return {GOLD_ALIASES.get(c, c) for c in codes if c}


def _event_codes(events: Sequence[Event], role: str) -> set[str]:
    out: set[str] = set()
    for event in events:
        actor = getattr(event, role)
        if actor is None:
            continue
        out.update(c for c in (actor.country, actor.code[:3] if actor.code else None) if c)
        if actor.kind == "igo" or _international_ngo(actor) or _org_official(actor):
            out.update(GENERIC_ORGS)
    return out


def _org_official(actor: Actor) -> bool:
    """A person coded to an organisation ("U.N. Secretary-General Kofi Annan": UN): the gold's
    generic IGO code names such an official by the organisation."""
    from redline.actors import knowledge_base

    country = actor.country or ""
    return actor.kind == "person" and country.isalpha() and not knowledge_base().is_state(country)


def _international_ngo(actor: Actor) -> bool:
    """A non-state organisation not tied to one state ("ICRC" + "NGO"): an international
    organisation for the gold's generic IGO/NGO codes."""
    country = actor.country or ""
    return actor.sector == "NGO" and not (len(country) == 3 and country.isalpha())


def _distinct(events: Sequence[Event]) -> int:
    return len({(e.sentence, e.trigger.start, e.plover) for e in events})


def score_record(rec: dict[str, Any], events: Sequence[Event], tally: _Tally) -> int:
    """Add one record to ``tally``; returns its extra asserted events (distinct triggers)."""
    gold = plover_current(str(rec.get("event", "")))
    asserted = [e for e in cameo_events(events) if e.asserted and e.plover]  # PLOVER's view
    matching = [e for e in asserted if e.plover == gold]
    tally.pairs += len(asserted) - (1 if matching else 0)
    tally.records += 1
    tally.type_hits += bool(matching)
    for role, key, acc in (("source", "source", tally.src), ("target", "target", tally.tgt)):
        codes = gold_codes(rec.get(key))
        if codes:
            acc[1] += 1
            acc[2] += bool(matching)
            acc[0] += bool(codes & _event_codes(matching, role))
    return _distinct(asserted) - (1 if matching else 0)


def _share(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def _coder() -> Coder:
    from redline.actors import resolve_actors
    from redline.events import extract_events
    from redline.nlp import load_nlp

    nlp = load_nlp()

    def code(doc_id: str, text: str, date: str | None) -> Sequence[Event]:
        doc = nlp(text)
        return extract_events(doc, resolve_actors(doc, published=date), doc_id=doc_id)

    return code


def score_plover(path: str | Path, *, coder: Coder | None = None) -> PloverReport:
    """Score the event coder on PLOVER gold records at ``path`` (JSONL)."""
    code = coder or _coder()
    total = _Tally()
    per: dict[str, _Tally] = {}
    extra = no_event = 0
    for rec in read_gold(path):
        events = code(str(rec.get("id", "")), str(rec["text"]), rec.get("date"))
        gold = plover_current(str(rec.get("event", "")))
        extra += score_record(rec, events, total)
        score_record(rec, events, per.setdefault(gold, _Tally()))
        no_event += not any(e.asserted for e in cameo_events(events))
    rows = tuple(TypeRow(k, t.records, t.type_hits, t.src[0], t.src[1], t.tgt[0], t.tgt[1])
                 for k, t in sorted(per.items()))
    n = total.records
    return PloverReport(
        records=n, type_accuracy=_share(total.type_hits, n),
        source_accuracy=_share(total.src[0], total.src[1]),
        target_accuracy=_share(total.tgt[0], total.tgt[1]),
        source_given_type=_share(total.src[0], total.src[2]),
        target_given_type=_share(total.tgt[0], total.tgt[2]),
        extra_per_record=_share(extra, n), no_event_share=_share(no_event, n), per_type=rows,
        extra_pairs_per_record=_share(total.pairs, n),
    )


def format_plover_report(report: PloverReport) -> str:
    """A printable summary and per-type table."""
    lines = [
        f"records            {report.records}",
        f"type accuracy      {report.type_accuracy:.3f}",
        f"source accuracy    {report.source_accuracy:.3f}  (given type: "
        f"{report.source_given_type:.3f})",
        f"target accuracy    {report.target_accuracy:.3f}  (given type: "
        f"{report.target_given_type:.3f})",
        f"extra events/rec   {report.extra_per_record:.3f}  (actor pairs: "
        f"{report.extra_pairs_per_record:.3f})",
        f"no-event share     {report.no_event_share:.3f}",
        "",
        f"{'type':<10} {'n':>4} {'type':>6} {'source':>8} {'target':>8}",
    ]
    for row in report.per_type:
        lines.append(f"{row.plover:<10} {row.records:>4} {_share(row.type_hits, row.records):>6.2f}"
                     f" {_share(row.source_hits, row.source_total):>8.2f}"
                     f" {_share(row.target_hits, row.target_total):>8.2f}")
    return "\n".join(lines)

