"""Pure helpers behind the pages: filters, event rows, plot data, article context."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import HTTPException

from redline.model import Document
from redline.web import highlight
from redline.web.svg import Edge

_CODE = re.compile(r"^[A-Za-z0-9_\-]{1,32}$")
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

    def store_kwargs(self) -> dict[str, Any]:
        return {"actor": self.actor, "source": self.source, "target": self.target,
                "cameo": self.cameo, "start": self.start, "end": self.end,
                "include_unasserted": self.all}

    def api_query(self) -> str:
        """The /api/events URL listing the same events."""
        params: dict[str, Any] = {k: v for k, v in self.store_kwargs().items() if v}
        if self.all:
            params["include_unasserted"] = "true"
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
        return "/?" + urlencode(params)


def _clean(name: str, value: str | None, pattern: re.Pattern[str], hint: str) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    if not pattern.match(value):
        raise HTTPException(422, f"{name}: expected {hint}, got {value[:40]!r}")
    return value


def parse_filters(params: Mapping[str, str]) -> Filters:
    """Form values (empty strings allowed) -> Filters; a malformed value is a 422."""
    code_hint = "an actor code such as RUS or USAGOV"
    start = _clean("start", params.get("start"), _DATE, "YYYY-MM-DD")
    end = _clean("end", params.get("end"), _DATE, "YYYY-MM-DD")
    for name, value in (("start", start), ("end", end)):
        if value is not None:
            _valid_date(name, value)
    freq = params.get("freq") or "month"
    if freq not in FREQS:
        raise HTTPException(422, f"freq: expected one of {', '.join(FREQS)}")
    return Filters(
        actor=_clean("actor", params.get("actor"), _CODE, code_hint),
        source=_clean("source", params.get("source"), _CODE, code_hint),
        target=_clean("target", params.get("target"), _CODE, code_hint),
        cameo=_clean("cameo", params.get("cameo"), _CAMEO, "1 to 4 digits"),
        start=start, end=end, freq=freq, all=params.get("all") in ("1", "on", "true"),
    )


def _valid_date(name: str, value: str) -> None:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name}: {value!r} is not a calendar date") from None


def doc_href(doc_id: str) -> str:
    return "/documents/" + quote(str(doc_id), safe="")


def event_view(row: Mapping[str, Any]) -> dict[str, Any]:
    """A store event row -> the few fields the dashboard table shows."""
    when = row.get("event_date") or row.get("date") or row.get("published")
    return {
        "date": str(when)[:10] if when else "", "source": row.get("source_code"),
        "target": row.get("target_code"), "cameo": row.get("cameo"),
        "label": row.get("label"), "goldstein": row.get("goldstein"),
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
             "said_by": highlight.actor_label(e.attributed_to) if e.attributed_to else ""}
            for e in doc.events]
    titles = [highlight.segment_title(s, anns) for s in segs]
    return {"doc": doc, "segments": segs, "titles": titles,
            "annotations": [a.to_dict() for a in anns], "event_rows": rows,
            "safe_url": _safe_url(doc.url)}
