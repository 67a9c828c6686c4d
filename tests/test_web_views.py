"""Pure pieces of the web app: highlight segments, SVG plots, dashboard filters (no server)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from redline.model import Document, Span
from redline.web import highlight, svg, views
from redline.web.sample import synthetic_document

PAYLOAD = '<script>alert(1)</script><img src=x onerror="alert(2)">&'


def _doc_with_spans(text: str, spans: list[tuple[int, int]]) -> Document:
    base = synthetic_document(0)
    event = base.events[0]
    events = tuple(replace(event, id=f"e{i}", trigger=Span(text[a:b], a, b), source=None,
                           target=None, attributed_to=None, location=None, quantities=())
                   for i, (a, b) in enumerate(spans))
    return replace(base, text=text, events=events, quotes=(), actors=(), places=(),
                   quantities=())


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)),
                                      max_size=8))
def test_web_segments_cover_text_and_annotations(text: str, raw: list[tuple[int, int]]) -> None:
    doc = _doc_with_spans(text, raw)
    anns = highlight.annotate(doc)
    segs = highlight.segments(text, anns)
    assert "".join(s.text for s in segs) == text
    for seg in segs:
        end = seg.start + len(seg.text)
        covering = {i for i, a in enumerate(anns) if a.start <= seg.start and end <= a.end}
        assert set(seg.ann) == covering
    assert all(0 <= a.start < a.end <= len(text) for a in anns)


def test_web_annotations_of_sample_document_match_text() -> None:
    doc = synthetic_document(3)
    anns = highlight.annotate(doc)
    kinds = {a.kind for a in anns}
    assert {"event", "actor", "quote", "cue", "place", "quantity"} <= kinds
    trigger = doc.events[0].trigger
    event_ann = next(a for a in anns if a.kind == "event")
    assert doc.text[event_ann.start:event_ann.end] == trigger.text
    assert dict(event_ann.details)["CAMEO"].startswith(doc.events[0].cameo)


@pytest.mark.parametrize("plot", [
    lambda: svg.timeline_svg([{"period": PAYLOAD, "count": 3, "goldstein_mean": -2}], PAYLOAD),
    lambda: svg.quad_mix_svg({1: 2, 4: 1}, PAYLOAD),
    lambda: svg.network_svg([svg.Edge(PAYLOAD, "UKR", 3, -4.0), svg.Edge("UKR", PAYLOAD, 1, 2.0)],
                            PAYLOAD),
    lambda: svg.timeline_svg([], PAYLOAD),
])
def test_web_svg_is_wellformed_and_escaped(plot) -> None:  # type: ignore[no-untyped-def]
    markup = str(plot())
    root = ET.fromstring(markup)  # well-formed XML: nothing injected broke the structure
    assert root.tag.endswith("svg")
    assert not [el for el in root.iter() if el.tag.endswith(("script", "img"))]
    assert "<script>" not in markup and "&lt;script&gt;" in markup


def test_web_network_draws_one_path_per_dyad() -> None:
    edges = [svg.Edge("RUS", "UKR", 5, -6.0), svg.Edge("USA", "UKR", 2, 5.0),
             svg.Edge("UKR", "UKR", 9, 0.0)]
    root = ET.fromstring(str(svg.network_svg(edges)))
    paths = [el for el in root.iter() if el.tag.endswith("path") and "edge" in el.get("class", "")]
    circles = [el for el in root.iter() if el.tag.endswith("circle")]
    assert len(paths) == 2 and len(circles) == 3
    assert {p.get("class") for p in paths} == {"edge conf", "edge coop"}


@pytest.mark.parametrize("params,field", [
    ({"start": "2022-13-01"}, "From: '2022-13-01' is not a date"),
    ({"end": "yesterday"}, "To: 'yesterday' is not a date"),
    ({"start": "2019-11-31"}, "From: '2019-11-31' is not a date"),
    ({"actor": "RUS; DROP TABLE"}, "Actor: unknown actor"), ({"source": "Narnia"}, "Source: "),
    ({"cameo": "19a"}, "CAMEO code"), ({"freq": "hour"}, "Period"),
    ({"min_confidence": "high"}, "Min. confidence"), ({"min_confidence": "1.5"}, "Min. confidence"),
])
def test_web_filters_report_malformed_values(params: dict[str, str], field: str) -> None:
    f = views.parse_filters(params)
    assert len(f.errors) == 1 and f.errors[0].startswith(field)
    assert f.store_kwargs() == views.Filters().store_kwargs()  # the bad value is left out


@pytest.mark.parametrize("typed,code,note", [
    ("RUS", "RUS", None), ("rus", "RUS", "rus → RUS (Russia)"),
    ("Russia", "RUS", "Russia → RUS (Russia)"), ("  russian ", "RUS", "russian → RUS (Russia)"),
    ("usagov", "USAGOV", "usagov → USAGOV"), ("USAGOV", "USAGOV", None),
    ("nato", "NATO", "nato → NATO (North Atlantic Treaty Organization)"),
    ("the Kremlin", "RUSGOV", "the Kremlin → RUSGOV (Kremlin (Russia))"),
    ("Vladimir Putin", "RUSGOV", "Vladimir Putin → RUSGOV (Vladimir Putin)"),
    ("---MIL", "---MIL", None),
])
def test_web_actorfilter_resolves_what_people_type(typed: str, code: str,
                                                   note: str | None) -> None:
    from redline.actorfilter import resolve_actor

    found = resolve_actor(typed, "2021-12-06")
    assert (found.code, found.note) == (code, note)
    f = views.parse_filters({"actor": typed, "end": "2021-12-06"})
    assert f.actor == code and f.errors == () and f.notes == ((f"Actor: {note}",) if note else ())


def test_web_actorfilter_unknown_name_lists_the_closest() -> None:
    from redline.actorfilter import resolve_actor

    with pytest.raises(ValueError, match="closest: .*Romania"):
        resolve_actor("Narnia")


def test_web_filters_treat_empty_form_fields_as_absent() -> None:
    f = views.parse_filters({"actor": " ", "start": "", "end": "2022-02-01", "all": "on"})
    assert f.actor is None and f.start is None and f.end == "2022-02-01" and f.all
    assert f.query(source="RUS") == "/?source=RUS&end=2022-02-01&all=1"


@pytest.mark.parametrize("freq,seen,expected", [
    ("day", ["2022-01-01", "2022-01-03"], ["2022-01-01", "2022-01-02", "2022-01-03"]),
    ("week", ["2022-01-03", "2022-01-17"], ["2022-01-03", "2022-01-10", "2022-01-17"]),
    ("month", ["2021-11", "2022-02"], ["2021-11", "2021-12", "2022-01", "2022-02"]),
    ("month", ["2022-02"], ["2022-02"]),
])
def test_web_timeline_fills_empty_periods(freq: str, seen: list[str],
                                          expected: list[str]) -> None:
    assert views.fill_periods(seen, freq) == expected


@pytest.mark.parametrize("value,freq,period", [
    ("2022-01-05", "week", "2022-01-03"), ("2022-01-31", "month", "2022-01"),
    ("2022-01-31T10:00", "day", "2022-01-31"), ("not a date", "day", None), (None, "day", None),
])
def test_web_period_of(value: str | None, freq: str, period: str | None) -> None:
    assert views.period_of(value, freq) == period


@pytest.mark.parametrize("url,kept", [
    ("https://example.org/a", True), ("http://x.y", True), ("javascript:alert(1)", False),
    ("data:text/html,<b>", False), (" JaVaScRiPt:alert(1)", False), (None, False),
])
def test_web_article_links_only_http_urls(url: str | None, kept: bool) -> None:
    ctx = views.article_context(replace(synthetic_document(1), url=url))
    assert (ctx["safe_url"] is not None) == kept
