"""Frozen dataclasses for the output contract (schema version 1).

Every record has ``to_dict`` / ``from_dict``. Character offsets index the
document's ``text``: ``text[start:end]`` is the span's ``text``.
Fields beyond PRODUCT.md's list are additive (allowed within schema 1).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, TypeVar

SCHEMA_VERSION = "1"

T = TypeVar("T")


def _build(cls: type[T], data: dict[str, Any]) -> T:
    """Build a flat dataclass from a dict, ignoring unknown keys (forward compatible)."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the document text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return _build(cls, data)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Sentence:
        return _build(cls, data)


@dataclass(frozen=True, slots=True)
class Actor:
    """A mention resolved to a coded actor.

    ``text``/``start``/``end``: the words in the document (may be "he", "the Kremlin").
    ``name``: canonical name ("Vladimir Putin", "Russia"). ``code``: CAMEO-style
    actor code, country + sector ("RUSGOV", "USAMIL", "NATO"). ``country``: ISO3 or
    IGO code; ``sector``: "GOV", "MIL", ... or "" ; ``kind``: person|state|igo|group|other.
    """

    text: str
    start: int
    end: int
    name: str
    code: str
    country: str | None
    sector: str | None
    kind: str
    office: str | None = None  # additive: "President of Russia" on the article's date
    sentence: int | None = None  # additive: sentence index of the mention

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return _build(cls, data)


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    start: int
    end: int
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    gazetteer_id: str | None
    feature: str | None = None  # additive: city|country|region|feature|admin
    reason: str | None = None  # additive: why the place could not be resolved

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        return _build(cls, data)


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str
    start: int
    end: int
    value: float | None
    unit: str
    qualifier: str | None = None  # additive: "at least", "as many as", "about", "range"
    value_max: float | None = None  # additive: upper end of a range
    claimant: str | None = None  # additive: who the figure is attributed to
    reason: str | None = None  # additive: why value is None (absurd count, unreadable number)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quantity:
        return _build(cls, data)


def _opt(cls: Any, value: Any) -> Any:
    return None if value is None else cls.from_dict(value)


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    sentence: int
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    plover: str
    goldstein: float
    quad_class: int
    trigger: Span
    date: str | None = None
    date_text: str | None = None
    negated: bool = False
    hypothetical: bool = False
    attributed_to: Actor | None = None
    location: Place | None = None
    quantities: tuple[Quantity, ...] = ()
    # additive fields (schema 1 allows additions)
    date_precision: str | None = None  # day|month|year|range|publication
    modality: str = "asserted"  # asserted|negated|denied|hypothetical|asked|intended|historical
    plover_mode: str | None = None
    label: str | None = None  # CAMEO label
    confidence: float | None = None  # additive: 0-1, calibrated share of such events fully right
    # additive: an intended cooperative act's CAMEO intent code ("will meet": 036), read by
    # ``events.cameo_view`` for CAMEO/PLOVER consumers
    intent_cameo: str | None = None

    @property
    def asserted(self) -> bool:
        return not (self.negated or self.hypothetical)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["quantities"] = [q.to_dict() for q in self.quantities]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        d = dict(data)
        for key in ("source", "target", "attributed_to"):
            d[key] = _opt(Actor, d.get(key))
        d["location"] = _opt(Place, d.get("location"))
        d["trigger"] = Span.from_dict(d["trigger"])
        d["quantities"] = tuple(Quantity.from_dict(q) for q in d.get("quantities", ()))
        d["attributions"] = tuple(Quote.from_dict(q) for q in d.get("attributions", ()))
        return _build(cls, d)


@dataclass(frozen=True, slots=True)
class Quote:
    sentence: int
    speaker: Actor | None
    speaker_text: str | None
    cue: Span | None
    content: Span
    direct: bool
    kind: str = "direct"  # additive: direct|indirect|mixed|partial|according_to
    speaker_span: Span | None = None  # additive: where the speaker is named (``speaker_text``)
    events: tuple[str, ...] = ()  # additive: ids of the events told in its content

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["events"] = list(self.events)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        d = dict(data)
        d["speaker"] = _opt(Actor, d.get("speaker"))
        d["cue"] = _opt(Span, d.get("cue"))
        d["content"] = Span.from_dict(d["content"])
        d["speaker_span"] = _opt(Span, d.get("speaker_span"))
        d["events"] = tuple(d.get("events") or ())
        return _build(cls, d)


@dataclass(frozen=True, slots=True)
class ErrorEntry:
    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ErrorEntry:
        return _build(cls, data)


@dataclass(frozen=True, slots=True)
class Article:
    """An input document before coding (what ingestion yields)."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    source_path: str | None = None
    errors: tuple[ErrorEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    title: str | None
    url: str | None
    published: str | None
    language: str
    text: str
    sentences: tuple[Sentence, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    errors: tuple[ErrorEntry, ...] = ()
    # additive
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    attributions: tuple[Quote, ...] = ()  # what someone believes, wants or did (not speech)
    terms: tuple[Span, ...] = ()  # quoted words that are no one's quote (names, titles, terms)
    schema_version: str = field(default=SCHEMA_VERSION)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "language": self.language,
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "errors": [e.to_dict() for e in self.errors],
            "actors": [a.to_dict() for a in self.actors],
            "places": [p.to_dict() for p in self.places],
            "quantities": [q.to_dict() for q in self.quantities],
            "attributions": [q.to_dict() for q in self.attributions],
            "terms": [t.to_dict() for t in self.terms],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        d = dict(data)
        d["sentences"] = tuple(Sentence.from_dict(s) for s in d.get("sentences", ()))
        d["events"] = tuple(Event.from_dict(e) for e in d.get("events", ()))
        d["quotes"] = tuple(Quote.from_dict(q) for q in d.get("quotes", ()))
        d["errors"] = tuple(ErrorEntry.from_dict(e) for e in d.get("errors", ()))
        d["actors"] = tuple(Actor.from_dict(a) for a in d.get("actors", ()))
        d["places"] = tuple(Place.from_dict(p) for p in d.get("places", ()))
        d["quantities"] = tuple(Quantity.from_dict(q) for q in d.get("quantities", ()))
        d["attributions"] = tuple(Quote.from_dict(q) for q in d.get("attributions", ()))
        d["terms"] = tuple(Span.from_dict(t) for t in d.get("terms", ()))
        d.setdefault("language", "en")
        return _build(cls, d)
