"""Pure helpers behind the pages: filters, event rows, plot data, article context."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import HTTPException

from redline.actorfilter import resolve_actor
from redline.model import Document
from redline.timewindow import Window
from redline.web import highlight
from redline.web.svg import Edge

_CAMEO = re.compile(r"^\d{1,4}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FREQS = ("day", "week", "month")


@dataclass(frozen=True, slots=True)
class Filters:
    actor: str | None = None
    source: str | None = None
    target: str | None = None
    cameo: str | None = None
    start: str | None = None
    end: str | None = None
    freq: str = "month"
    all: bool = False
    window: str = "auto"  # "auto": the timeline's robust window; "all": every date
    min_confidence: float | None = None  # None: the calibrated default
    errors: tuple[str, ...] = ()  # form values that did not parse (left out)
    notes: tuple[str, ...] = ()  # how typed actors were resolved

    def store_kwargs(self) -> dict[str, Any]:
        return {"actor": self.actor, "source": self.source, "target": self.target,
                "cameo": self.cameo, "start": self.start, "end": self.end,
                "include_unasserted": self.all}

    def api_query(self) -> str:
        """The /api/events URL listing the same events."""
        params: dict[str, Any] = {k: v for k, v in self.store_kwargs().items() if v}
        if self.all:
            params["include_unasserted"] = "true"
        if self.min_confidence is not None:
            params["min_confidence"] = self.min_confidence
        return "/api/events?" + urlencode(params)

    def query(self, **changes: str | None) -> str:
        """The dashboard URL for these filters with ``changes`` applied."""
        base = {k: v for k, v in self.store_kwargs().items() if k != "include_unasserted"}
        base.update(changes)
        params = {k: v for k, v in base.items() if v}
        if self.freq != "month":
            params["freq"] = self.freq
        if self.all:
            params["all"] = "1"
        if changes.get("window", self.window) == "all":
            params["window"] = "all"
        if self.min_confidence is not None:
            params["min_confidence"] = str(self.min_confidence)
        return "/?" + urlencode(params)


def _iso_date(value: str) -> str:
    """``value`` if it is a calendar date YYYY-MM-DD; ValueError otherwise."""
    if not _DATE.match(value):
        raise ValueError(value)
    return date.fromisoformat(value).isoformat()


class _Form:
    """Collects a form's values, with one readable error per field that does not parse."""

    def __init__(self, params: Mapping[str, str]) -> None:
        self.params = params
        self.errors: list[str] = []
        self.notes: list[str] = []

    def text(self, name: str) -> str | None:
        return (self.params.get(name) or "").strip() or None

    def date(self, name: str, label: str) -> str | None:
        value = self.text(name)
        if value is None:
            return None
        try:
            return _iso_date(value)
        except ValueError:
            self.errors.append(f"{label}: {value[:40]!r} is not a date; use YYYY-MM-DD")
            return None

    def actor(self, name: str, label: str, as_of: str | None) -> str | None:
        value = self.text(name)
        if value is None:
            return None
        try:
            found = resolve_actor(value, as_of)
        except ValueError as exc:
            self.errors.append(f"{label}: {exc}")
            return None
        if found.note:
            self.notes.append(f"{label}: {found.note}")
        return found.code

    def share(self, name: str, label: str) -> float | None:
        """A number from 0 to 1, None when empty."""
        value = self.text(name)
        if value is None:
            return None
        try:
            number = float(value)
        except ValueError:
            number = -1.0
        if not 0.0 <= number <= 1.0:
            self.errors.append(f"{label}: expected a number from 0 to 1, got {value[:40]!r}")
            return None
        return number

    def choice(self, name: str, label: str, options: Sequence[str], default: str) -> str:
        value = self.text(name) or default
        if value not in options:
            self.errors.append(f"{label}: expected one of {', '.join(options)}")
            return default
        return value


def parse_filters(params: Mapping[str, str]) -> Filters:
    """Form values (empty strings allowed) -> Filters. Actors are resolved through the
    knowledge base (``notes`` say how); a value that does not parse is left out and reported
    in ``errors``, for the page to show beside the form."""
    form = _Form(params)
    start, end = form.date("start", "From"), form.date("end", "To")
    as_of = end or start
    actor, source = form.actor("actor", "Actor", as_of), form.actor("source", "Source", as_of)
    target = form.actor("target", "Target", as_of)
    cameo = form.text("cameo")
    if cameo and not _CAMEO.match(cameo):
        form.errors.append(f"CAMEO code: expected 1 to 4 digits, got {cameo[:40]!r}")
        cameo = None
    freq = form.choice("freq", "Period", FREQS, "month")
    window = "all" if form.text("window") == "all" else "auto"
    confidence = form.share("min_confidence", "Min. confidence")
    return Filters(actor=actor, source=source, target=target, cameo=cameo, start=start,
                   end=end, freq=freq, all=params.get("all") in ("1", "on", "true"),
                   window=window, min_confidence=confidence, errors=tuple(form.errors),
                   notes=tuple(form.notes))


def valid_date(name: str, value: str) -> str | None:
    """``value`` as a date, None when empty; a malformed one is a 422."""
    value = value.strip()
    if not value:
        return None
    try:
        return _iso_date(value)
    except ValueError:
        raise HTTPException(422, f"{name}: {value[:40]!r} is not a date; use YYYY-MM-DD") \
            from None


def window_note(window: Window | None, f: Filters) -> dict[str, str] | None:
    """The line under the timeline: which dates it shows and a link to widen or narrow it."""
    if f.window == "all":
        return {"text": "Showing every date.", "href": f.query(window=None),
                "link": "Back to the main window"}
    if window is None or not window.outside:
        return None
    first = ", ".join(d.isoformat() for d in window.outlier_dates)
    more = ", ..." if window.outside > len(window.outlier_dates) else ""
    noun = "event" if window.outside == 1 else "events"
    return {"text": f"Showing {window.start} to {window.end}, where {window.inside} events "
                    f"lie. Left out: {window.outside} {noun} dated far from the rest "
                    f"({first}{more}).", "href": f.query(window="all"), "link": "Show all dates"}


def _shown_confidence(value: Any) -> str:
    return "—" if value is None else f"{float(value):.2f}"


def doc_href(doc_id: str) -> str:
    return "/documents/" + quote(str(doc_id), safe="")


def event_view(row: Mapping[str, Any]) -> dict[str, Any]:
    """A store event row -> the few fields the dashboard table shows."""
    when = row.get("event_date") or row.get("date") or row.get("published")
    precision = row.get("date_precision") if row.get("date") else None
    return {
        "date": highlight.shown_date(when, precision), "source": row.get("source_code"),
        "target": row.get("target_code"), "cameo": row.get("cameo"),
        "label": row.get("label"), "goldstein": row.get("goldstein"),
        "confidence": _shown_confidence(row.get("confidence")),
        "modality": row.get("modality"), "trigger": row.get("trigger_text"),
        "title": row.get("title"), "doc_id": row.get("doc_id"),
        "href": doc_href(str(row.get("doc_id", ""))),
    }


def period_of(value: Any, freq: str) -> str | None:
    if not value:
        return None
    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
    if freq == "day":
        return day.isoformat()
    if freq == "week":
        return date.fromordinal(day.toordinal() - day.weekday()).isoformat()
    return day.strftime("%Y-%m")


def fill_periods(seen: list[str], freq: str, cap: int = 1000) -> list[str]:
    """Every period from the first to the last seen (empty ones too), unless over ``cap``."""
    if len(seen) < 2 or freq == "month" and not all(len(p) == 7 for p in seen):
        return seen
    first = date.fromisoformat(seen[0] + ("-01" if freq == "month" else ""))
    step = {"day": 1, "week": 7}.get(freq, 31)
    out: list[str] = []
    day = first
    while len(out) <= cap:
        period = period_of(day, freq)
        if period is None or period > seen[-1]:
            break
        if not out or out[-1] != period:
            out.append(period)
        day = date.fromordinal(day.toordinal() + step)
        if freq == "month":
            day = day.replace(day=1)
    return out if len(out) <= cap else seen


def top_dyads(found: Sequence[Edge], filters: Filters, n: int = 10) -> list[dict[str, Any]]:
    return [{"source": e.source, "target": e.target, "count": e.count,
             "href": filters.query(source=e.source, target=e.target, actor=None)}
            for e in found[:n]]


def _safe_url(url: str | None) -> str | None:
    """Only http(s) links are rendered (no ``javascript:`` or ``data:`` URLs)."""
    if url and re.match(r"^https?://", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


def article_context(doc: Document) -> dict[str, Any]:
    """Everything the article template needs: segments, hover titles, events with anchors."""
    anns = highlight.annotate(doc)
    segs = highlight.segments(doc.text, anns)
    by_span = {(a.start, a.end): i for i, a in enumerate(anns) if a.kind == "event"}
    rows = [{"event": e, "ann": by_span.get((e.trigger.start, e.trigger.end), ""),
             "source": highlight.actor_label(e.source), "target": highlight.actor_label(e.target),
             "said_by": highlight.actor_label(e.attributed_to) if e.attributed_to else "",
             "date": highlight.shown_date(e.date, e.date_precision)}
            for e in doc.events]
    titles = [highlight.segment_title(s, anns) for s in segs]
    return {"doc": doc, "segments": segs, "titles": titles,
            "annotations": [a.to_dict() for a in anns], "event_rows": rows,
            "safe_url": _safe_url(doc.url)}
