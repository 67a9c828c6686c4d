"""A title held in a non-state body is no state office, and a name described by a post in
apposition is a person's (issues 18 and 19, r15-19b; loads spaCy: slow)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Span

pytestmark = pytest.mark.slow

LEAD = "President Donald Trump spoke to farmers in Iowa on Monday. "


def _actors(nlp: Any, text: str, date: str = "2019-11-18") -> list[Any]:
    from redline.actors import resolve_actors

    return resolve_actors(nlp(text), published=date)


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("The president of the farmers' federation said the tariffs hurt.",
     "president of the farmers' federation", "---AGR"),
    ("The president of the chamber of commerce said the tariffs hurt.",
     "president of the chamber of commerce", "---BUS"),
    ("The president of the American Farm Bureau said the tariffs hurt.",
     "president of the American Farm Bureau", "USANGO"),
])
def test_titlebody_codes_title_by_body(nlp: Any, text: str, phrase: str, code: str) -> None:
    codes = {a.text: a.code for a in _actors(nlp, LEAD + text)}
    assert codes.get(phrase) == code


@pytest.mark.parametrize(("text", "pronoun", "name"), [
    ("In a letter to the president, Mary Okafor, the president of the American Farm Bureau, "
     "said farmers were hurting. She urged Mr. Trump to act.", "She", "Mary Okafor"),
    ("Mary Okafor, the president of the farmers' federation, said the tariffs hurt. Then she "
     "urged the president to act.", "she", "Mary Okafor"),
])
def test_titlebody_pronoun_after_apposed_title(nlp: Any, text: str, pronoun: str,
                                               name: str) -> None:
    actors = _actors(nlp, LEAD + text)
    assert [a.name for a in actors if a.text == pronoun] == [name]


@pytest.mark.parametrize("text", [
    # a state's body keeps the state's office holder or its government
    "The president of the United States said the tariffs would stay.",
    "The head of the army said the troops would stay.",
])
def test_titlebody_state_bodies_unchanged(nlp: Any, text: str) -> None:
    from redline.actors.resolve import Ctx
    from redline.actors.titlebody import title_body

    doc = nlp(text)
    of = next(t.i for t in doc if t.lower_ == "of")
    ctx = Ctx(doc, None, "2019-11-18", [])  # type: ignore[arg-type]
    assert title_body(ctx, of) is None


def _as_org(nlp: Any, text: str, name: str) -> Any:
    """The parse with the name tagged as an organisation (NER's miss, made certain)."""
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    span = Span(doc, start, start + len(name.split()), label="ORG")
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    return doc


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Tomasz Wrzeszcz, a trade professor at Cornell University, said the deal was weak.",
     "Tomasz Wrzeszcz", "USAEDU"),
    ("Tomasz Wrzeszcz, an economist at Moscow State University, said the rouble would fall.",
     "Tomasz Wrzeszcz", "RUSEDU"),
    ("Tomasz Wrzeszcz, a spokesman for Ukraine's defence ministry, said the attack failed.",
     "Tomasz Wrzeszcz", "UKRMIL"),
])
def test_described_name_is_a_person(nlp: Any, text: str, name: str, code: str) -> None:
    from redline.actors import resolve_actors

    actors = resolve_actors(_as_org(nlp, text, name), published="2019-11-18")
    found = [(a.code, a.kind) for a in actors if a.text == name]
    assert found == [(code, "person")]


@pytest.mark.parametrize(("text", "name"), [
    # a known organisation's name stays the organisation's ("an adviser" is a post too)
    ("Goldman Sachs, an adviser to the buyer, said the deal was done.", "Goldman Sachs"),
    ("Human Rights Watch, a monitor of abuses, said the army was to blame.",
     "Human Rights Watch"),
])
def test_described_name_not_an_organisation(nlp: Any, text: str, name: str) -> None:
    from redline.actors import resolve_actors

    actors = resolve_actors(_as_org(nlp, text, name), published="2019-11-18")
    assert [a.kind for a in actors if a.text == name and a.kind == "person"] == []


def _no_entity(nlp: Any, text: str, name: str) -> Any:
    """The parse with the name in no entity at all (NER's other miss)."""
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    end = start + len(name.split())
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= end]
    return doc


def test_described_name_without_entity_is_a_person(nlp: Any) -> None:
    from redline.actors import resolve_actors

    text = "Tomasz Wrzeszcz, a trade professor at Cornell University, said the deal was weak."
    actors = resolve_actors(_no_entity(nlp, text, "Tomasz Wrzeszcz"), published="2019-11-18")
    assert [(a.code, a.kind) for a in actors if a.text == "Tomasz Wrzeszcz"] == [
        ("USAEDU", "person")]
