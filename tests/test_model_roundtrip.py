"""Round trips of the schema-v1 dataclasses, and the shipped JSON Schema accepting them."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from redline.model import Actor, Document, ErrorEntry, Event, Place, Quantity, Quote, Sentence, Span
from redline.schema import validation_errors

WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A document whose spans all index its own text (as the coder must produce)."""
    text = draw(WORDS.filter(lambda t: len(t) >= 2))

    def span() -> tuple[str, int, int]:
        a = draw(st.integers(0, len(text) - 1))
        b = draw(st.integers(a, len(text)))
        return text[a:b], a, b

    def actor() -> Actor:
        t, a, b = span()
        return Actor(t, a, b, "Russia", "RUSGOV", "RUS", "GOV", "state", sentence=0)

    t, a, b = span()
    place = Place(t, a, b, "Moscow", "RUS", 55.75, 37.62, "geonames:524901")
    qt, qa, qb = span()
    qty = Quantity(qt, qa, qb, draw(st.none() | st.floats(0, 1e9)), "troops")
    trig = Span(*span())
    event = Event("e1", 0, actor(), draw(st.none() | st.just(actor())), "1723", "17", "COERCE",
                  -5.0, 4, trig, "2021-12-07", "Tuesday", draw(st.booleans()),
                  draw(st.booleans()), None, place, (qty,))
    quote = Quote(0, actor(), "he", Span(*span()), Span(*span()), draw(st.booleans()),
                  "direct", draw(st.none() | st.just(Span(*span()))))
    return Document("d1", draw(st.none() | WORDS), None, "2021-12-06", "en", text,
                    (Sentence(0, 0, len(text)),), (event,), (quote,),
                    (ErrorEntry("date", "x"),), (actor(),), (place,), (qty,))


@given(documents())
def test_model_document_round_trip(doc: Document) -> None:
    data = json.loads(json.dumps(doc.to_dict()))
    assert Document.from_dict(data) == doc


@given(documents())
def test_model_generated_documents_validate(doc: Document) -> None:
    assert validation_errors(doc.to_dict()) == []


def test_model_offsets_are_checked() -> None:
    doc = Document("d", None, None, None, "en", "Russia invaded.",
                   actors=(Actor("Russia", 1, 7, "Russia", "RUS", "RUS", None, "state"),))
    assert any("actors/0" in e for e in validation_errors(doc.to_dict()))


def test_model_from_dict_ignores_unknown_fields() -> None:
    data = Document("d", None, None, None, "en", "x").to_dict()
    data["added_in_a_later_version"] = 1
    assert Document.from_dict(data).id == "d"


def test_model_event_asserted_flag() -> None:
    ev = Event("e", 0, None, None, "190", "19", "ASSAULT", -10.0, 4, Span("x", 0, 1))
    assert ev.asserted
    assert not Event.from_dict({**ev.to_dict(), "negated": True}).asserted
