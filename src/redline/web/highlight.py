"""Turn a coded Document into highlight annotations and non-overlapping text segments.

The article view cuts the text at every annotation boundary; each segment knows which
annotations cover it, so overlapping spans (an actor inside a quote) need no nesting.
Everything here is plain data: the template escapes it when rendering.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from redline.model import Actor, Document, Event, Place, Quantity, Quote

QUAD_LABELS = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

# Order matters only for the class list of a segment (stable rendering).
KINDS = ("quote", "cue", "event", "actor", "place", "quantity")


@dataclass(frozen=True, slots=True)
class Annotation:
    """One highlighted span: what it is, where, a one-line label and detail rows."""

    kind: str
    start: int
    end: int
    label: str
    details: tuple[tuple[str, str], ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "details": [list(row) for row in self.details],
        }


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text covered by the same set of annotations (maybe none)."""

    text: str
    start: int
    ann: tuple[int, ...]
    kinds: tuple[str, ...]

    @property
    def classes(self) -> str:
        return " ".join(f"hl-{k}" for k in self.kinds)

    @property
    def ann_attr(self) -> str:
        return " ".join(str(i) for i in self.ann)


def actor_label(actor: Actor | None) -> str:
    if actor is None:
        return "—"
    return f"{actor.name} ({actor.code})" if actor.code else actor.name


def _actor_ann(actor: Actor, role: str) -> Annotation:
    rows = [("role", role), ("name", actor.name), ("code", actor.code or "—"),
            ("country", actor.country or "—"), ("sector", actor.sector or "—"),
            ("kind", actor.kind)]
    if actor.office:
        rows.append(("office", actor.office))
    return Annotation("actor", actor.start, actor.end, actor_label(actor), tuple(rows))


def _place_ann(place: Place) -> Annotation:
    coords = "—" if place.lat is None or place.lon is None else f"{place.lat:.3f}, {place.lon:.3f}"
    rows = (("name", place.name), ("country", place.country or "—"), ("coordinates", coords),
            ("gazetteer", place.gazetteer_id or "—"))
    return Annotation("place", place.start, place.end, f"place: {place.name}", rows)


def _quantity_ann(qty: Quantity) -> Annotation:
    value = "—" if qty.value is None else f"{qty.value:g}"
    rows = [("value", value), ("unit", qty.unit)]
    if qty.claimant:
        rows.append(("according to", qty.claimant))
    return Annotation("quantity", qty.start, qty.end, f"{value} {qty.unit}", tuple(rows))


def event_summary(event: Event) -> str:
    label = f" {event.label}" if event.label else ""
    return (f"{actor_label(event.source)} → {actor_label(event.target)}: "
            f"CAMEO {event.cameo}{label}")


def shown_date(value: object, precision: str | None) -> str:
    """A date as precise as it is known: ``2001`` for a year, ``2021-06`` for a month."""
    text = str(value)[:10] if value else ""
    return {"year": text[:4], "month": text[:7]}.get(precision or "", text)


def _event_ann(event: Event) -> Annotation:
    quad = QUAD_LABELS.get(event.quad_class, str(event.quad_class))
    rows = (("event", event.id), ("CAMEO", f"{event.cameo} {event.label or ''}".strip()),
            ("PLOVER", event.plover or "—"), ("Goldstein", f"{event.goldstein:g}"),
            ("QuadClass", f"{event.quad_class} ({quad})"),
            ("source", actor_label(event.source)), ("target", actor_label(event.target)),
            ("date", shown_date(event.date, event.date_precision) or "—"),
            ("date text", event.date_text or "—"),
            ("modality", event.modality),
            ("confidence", "—" if event.confidence is None else f"{event.confidence:.2f}"),
            ("said by", actor_label(event.attributed_to)),
            ("place", event.location.name if event.location else "—"))
    trig = event.trigger
    return Annotation("event", trig.start, trig.end, event_summary(event), rows)


def _quote_anns(quote: Quote) -> Iterator[Annotation]:
    who = actor_label(quote.speaker) if quote.speaker else (quote.speaker_text or "unknown")
    rows = (("speaker", who), ("speaker text", quote.speaker_text or "—"),
            ("kind", quote.kind), ("direct", "yes" if quote.direct else "no"),
            ("cue", quote.cue.text if quote.cue else "—"))
    content = quote.content
    yield Annotation("quote", content.start, content.end, f"quote: {who}", rows)
    if quote.cue is not None:
        yield Annotation("cue", quote.cue.start, quote.cue.end, f"said by {who}", rows)


def _raw_annotations(doc: Document) -> Iterator[Annotation]:
    for quote in doc.quotes:
        yield from _quote_anns(quote)
        if quote.speaker is not None:
            yield _actor_ann(quote.speaker, "speaker")
    for event in doc.events:
        yield _event_ann(event)
        for role, actor in (("source", event.source), ("target", event.target)):
            if actor is not None:
                yield _actor_ann(actor, role)
        if event.location is not None:
            yield _place_ann(event.location)
        yield from (_quantity_ann(q) for q in event.quantities)
    yield from (_actor_ann(a, "mention") for a in doc.actors)
    yield from (_place_ann(p) for p in doc.places)
    yield from (_quantity_ann(q) for q in doc.quantities)


def annotate(doc: Document) -> list[Annotation]:
    """Every valid highlight of ``doc``, one per (kind, start, end), in text order."""
    seen: set[tuple[str, int, int]] = set()
    out: list[Annotation] = []
    size = len(doc.text)
    for ann in _raw_annotations(doc):
        key = (ann.kind, ann.start, ann.end)
        valid = isinstance(ann.start, int) and isinstance(ann.end, int)
        if not valid or key in seen or not 0 <= ann.start < ann.end <= size:
            continue
        seen.add(key)
        out.append(ann)
    out.sort(key=lambda a: (a.start, -a.end, KINDS.index(a.kind)))
    return out


def _boundaries(size: int, anns: Iterable[Annotation]) -> list[int]:
    points = {0, size}
    for ann in anns:
        points.add(ann.start)
        points.add(ann.end)
    return sorted(points)


def segments(text: str, anns: list[Annotation]) -> list[Segment]:
    """Cut ``text`` at every boundary; a sweep keeps the covering annotations (no O(n^2))."""
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, ann in enumerate(anns):
        starts.setdefault(ann.start, []).append(i)
        ends.setdefault(ann.end, []).append(i)
    active: set[int] = set()
    points = _boundaries(len(text), anns)
    out: list[Segment] = []
    for a, b in zip(points, points[1:], strict=False):
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        ids = tuple(sorted(active))
        kinds = tuple(k for k in KINDS if any(anns[i].kind == k for i in ids))
        out.append(Segment(text[a:b], a, ids, kinds))
    return out


def segment_title(segment: Segment, anns: list[Annotation]) -> str:
    """Hover text of a segment: the labels of the annotations covering it."""
    return " | ".join(anns[i].label for i in segment.ann)
