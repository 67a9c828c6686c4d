"""Hand-made documents for the store, analytics and export tests (no spaCy needed).

Imported by the other ``test_store_*``/``test_analytics_*``/``test_export_*`` files and by the
kill -9 resume script; the tests here check that the factory builds consistent documents.
"""

from __future__ import annotations

from redline.model import (
    Actor,
    Document,
    ErrorEntry,
    Event,
    Place,
    Quantity,
    Quote,
    Sentence,
    Span,
)

COUNTRIES = {"RUS": "Russia", "UKR": "Ukraine", "USA": "United States", "NATO": "NATO",
             "FRA": "France", "CHN": "China"}


def make_actor(code: str, *, start: int = 0, text: str | None = None,
               sentence: int | None = 0) -> Actor:
    country = code[:4] if code.startswith("NATO") else code[:3]
    sector = code[len(country):] or None
    name = COUNTRIES.get(country, country)
    kind = "igo" if country == "NATO" else "state"
    words = text or name
    return Actor(words, start, start + len(words), name, code, country, sector, kind,
                 sentence=sentence)


def quad_of(cameo: str) -> int:
    """QuadClass of a CAMEO root: 01-05 verbal and 06-09 material cooperation, 10-14 verbal
    and 15-20 material conflict."""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def make_event(source: str | None, target: str | None, cameo: str, *, date: str | None = None,
               trigger: str = "attacked", sentence: int = 0, negated: bool = False,
               hypothetical: bool = False, goldstein: float = -5.0, place: Place | None = None,
               eid: str = "e0", quantities: tuple[Quantity, ...] = ()) -> Event:
    src = make_actor(source) if source else None
    tgt = make_actor(target, start=40) if target else None
    modality = "negated" if negated else "hypothetical" if hypothetical else "asserted"
    return Event(eid, sentence, src, tgt, cameo, cameo[:2], "ASSAULT" if cameo >= "18" else
                 "CONSULT", goldstein, quad_of(cameo), Span(trigger, 20, 20 + len(trigger)),
                 date=date, date_text="on Monday" if date else None, negated=negated,
                 hypothetical=hypothetical, location=place, quantities=quantities,
                 modality=modality, date_precision="day" if date else None)


def make_place(name: str, country: str, *, feature: str = "city", gid: str | None = None,
               lat: float = 50.45, lon: float = 30.52) -> Place:
    return Place(name, 60, 60 + len(name), name, country, lat, lon, gid or f"gn:{name}",
                 feature=feature)


def make_doc(doc_id: str, events: tuple[Event, ...] | list[Event] = (), *,
             published: str | None = "2022-02-24", url: str | None = None,
             title: str | None = None, errors: tuple[ErrorEntry, ...] = ()) -> Document:
    """A document whose text has one sentence per event (plus one), offsets consistent."""
    sentences, parts, pos = [], [], 0
    for i in range(len(events) + 1):
        line = f"Sentence number {i} of {doc_id} says something happened."
        sentences.append(Sentence(i, pos, pos + len(line)))
        parts.append(line)
        pos += len(line) + 1
    fixed = tuple(_with_ids(ev, i) for i, ev in enumerate(events))
    return Document(doc_id, title or f"Title of {doc_id}", url, published, "en",
                    " ".join(parts), sentences=tuple(sentences), events=fixed, errors=errors)


def _with_ids(ev: Event, i: int) -> Event:
    from dataclasses import replace

    return replace(ev, id=f"e{i}", sentence=i)


def full_doc(doc_id: str = "full") -> Document:
    """A document using every record type and optional field."""
    text = ('Russia attacked Kyiv on Monday, killing 12 people. "We will respond," '
            "Zelensky said. NATO may send troops.")
    rus, kyiv = make_actor("RUSMIL", text="Russia"), make_place("Kyiv", "UKR")
    kyiv = Place("Kyiv", 16, 20, "Kyiv", "UKR", 50.45, 30.52, "703448", "city")
    zel = Actor("Zelensky", 71, 79, "Volodymyr Zelensky", "UKRGOV", "UKR", "GOV", "person",
                office="President of Ukraine", sentence=1)
    qty = Quantity("12 people", 40, 49, 12.0, "dead", qualifier=None, claimant=None)
    ev = Event("e0", 0, rus, make_actor("UKR", start=16, text="Kyiv"), "190", "19", "ASSAULT",
               -10.0, 4, Span("attacked", 7, 15), date="2022-02-21", date_text="on Monday",
               attributed_to=zel, location=kyiv, quantities=(qty,), date_precision="day",
               plover_mode="aerial", label="Use conventional military force")
    hyp = Event("e1", 2, make_actor("NATO", start=89), None, "0332", "03", "AGREE", 5.2, 1,
                Span("send", 99, 103), hypothetical=True, modality="hypothetical")
    quote = Quote(1, zel, "Zelensky", Span("said", 80, 84), Span("We will respond,", 52, 68),
                  True, kind="direct")
    return Document(doc_id, "Attack on Kyiv", "https://www.example.org/a?x=1", "2022-02-23",
                    "en", text, sentences=(Sentence(0, 0, 50), Sentence(1, 51, 85),
                                           Sentence(2, 86, len(text))),
                    events=(ev, hyp), quotes=(quote,), errors=(ErrorEntry("date", "odd"),),
                    actors=(rus, zel), places=(kyiv,), quantities=(qty,))


def test_store_helpers_offsets_consistent() -> None:
    doc = make_doc("d", [make_event("RUS", "UKR", "190"), make_event("USA", "RUS", "172")])
    assert [doc.text[s.start:s.end].startswith("Sentence number") for s in doc.sentences] == [
        True, True, True]
    assert [e.sentence for e in doc.events] == [0, 1]


def test_store_helpers_full_doc_spans_match_text() -> None:
    doc = full_doc()
    ev = doc.events[0]
    assert doc.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
    assert doc.text[doc.quotes[0].content.start:doc.quotes[0].content.end] == "We will respond,"
