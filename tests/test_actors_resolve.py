"""Mention resolution on small hand-written sentences (loads the spaCy model: slow)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.actors import resolve_actors

pytestmark = pytest.mark.slow
DEC21 = "2021-12-06"


def _codes(nlp: Any, text: str, date: str | None = DEC21) -> dict[str, tuple[str, str]]:
    return {a.text: (a.code, a.name) for a in resolve_actors(nlp(text), published=date)}


@pytest.mark.parametrize(
    ("text", "mention", "code", "name"),
    [
        ("Russian President Vladimir Putin met officials.", "Russian President Vladimir Putin",
         "RUSGOV", "Vladimir Putin"),
        ("Defense Secretary Gen. Lloyd Austin spoke.", "Defense Secretary Gen. Lloyd Austin",
         "USAMIL", "Lloyd Austin"),
        ("Russian troops massed near the border.", "Russian troops", "RUSMIL", "Russia"),
        ("U.S. intelligence warned of an attack.", "U.S. intelligence", "USASPY", "United States"),
        ("The Kremlin rejected the claim.", "The Kremlin", "RUSGOV", "the Kremlin"),
        ("The Pentagon sent jets.", "Pentagon", "USAMIL", "Pentagon"),
        ("Officials in Kyiv and Kiev disagreed.", "Kyiv", "UKR", "Ukraine"),
        ("The NATO secretary-general warned Moscow.", "NATO secretary-general", "NATO",
         "Jens Stoltenberg"),
        ("Russia's foreign minister flew to Geneva.", "Russia's foreign minister", "RUSGOV",
         "Sergei Lavrov"),
        ("Western nations imposed sanctions.", "Western nations", "WST", "Western nations"),
        ("Türkiye and Turkey are one state.", "Turkey", "TUR", "Türkiye"),
    ],
)
def test_actors_resolve_mentions(nlp: Any, text: str, mention: str, code: str, name: str) -> None:
    assert _codes(nlp, text).get(mention) == (code, name)


@pytest.mark.parametrize(
    ("date", "code"), [("2019-06-01", "USAELI"), ("2022-06-01", "USAGOV"), ("2010-06-01", "USAGOV")]
)
def test_actors_resolve_person_by_article_date(nlp: Any, date: str, code: str) -> None:
    assert _codes(nlp, "Joe Biden spoke to reporters.", date)["Joe Biden"][0] == code


def test_actors_resolve_surname_title_and_pronoun(nlp: Any) -> None:
    text = ("President Biden called Russian President Vladimir Putin. "
            "Putin said he wanted guarantees. The president said NATO would not bend.")
    actors = resolve_actors(nlp(text), published=DEC21)
    by_text = [(a.text, a.name) for a in actors]
    assert ("Putin", "Vladimir Putin") in by_text
    assert ("he", "Vladimir Putin") in by_text
    assert any(a.text == "president" and a.code.endswith("GOV") for a in actors)


def test_actors_resolve_appositive_and_definite_description(nlp: Any) -> None:
    text = ("Yuri Ushakov, a Kremlin aide, told reporters the talks would be frank. "
            "The Kremlin aide said Moscow expected answers.")
    actors = resolve_actors(nlp(text), published=DEC21)
    later = [a for a in actors if a.sentence == 1 and "aide" in a.text]
    assert later and later[0].name == "Yuri Ushakov" and later[0].code == "RUSGOV"


def test_actors_resolve_unknown_person_from_title(nlp: Any) -> None:
    text = "Belarusian opposition activist Ales Dzmitrenka said police detained him."
    actors = resolve_actors(nlp(text), published=DEC21)
    people = [a for a in actors if a.kind == "person"]
    assert people and people[0].country == "BLR"


def test_actors_resolve_the_alliance_refers_back(nlp: Any) -> None:
    text = "The CSTO sent troops. The alliance said the mission was temporary."
    codes = _codes(nlp, text)
    assert codes.get("The alliance", ("",))[0] == "CSTO"


def test_actors_resolve_offsets_sorted_non_overlapping(nlp: Any) -> None:
    text = "Biden and Putin met. The White House and the Kremlin said Ukraine's army would stay."
    doc = nlp(text)
    actors = resolve_actors(doc, published=DEC21)
    assert actors
    for a, b in zip(actors, actors[1:], strict=False):
        assert a.end <= b.start
    for a in actors:
        assert doc.text[a.start : a.end] == a.text and a.sentence is not None


def test_actors_resolve_place_inside_person_name_is_not_a_state(nlp: Any) -> None:
    codes = _codes(nlp, "Jordan Henderson scored twice for Liverpool on Saturday.")
    assert "Jordan" not in codes


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=200))
def test_actors_resolve_never_crashes(nlp: Any, text: str) -> None:
    doc = nlp(text)
    for a in resolve_actors(doc, published="not a date"):
        assert doc.text[a.start : a.end] == a.text


@pytest.mark.slow
@pytest.mark.parametrize(("text", "wrong"), [
    # a surname the article gives to someone else in full: not a known holder out of office
    ("Senator Bernie Sanders of Vermont spoke on Monday. Mr. Sanders said the bill was flawed.",
     "Sarah Sanders"),
    # a state word opening an organisation's name is no place
    ("Benard Dreyer, president of the American Academy of Pediatrics, spoke on Monday.",
     "Barack Obama"),
    # a body with its own sector: the FBI's director is no intelligence chief
    ("The FBI director chastised Clinton for use of the server.", "John Brennan"),
    # a hometown is no person: 'of Ashton, Md.' is not Catherine Ashton
    ("Donna Rawlings, 59, of Ashton, Md., watched the ceremony.", "Catherine Ashton"),
    # another given name before a known surname is another person, whatever the tagger says
    ("In addition to paid leave, aides say Ivanka Trump also advises her father.",
     "Donald Trump"),
    ("Clinton spokesman Brian Fallon said the foundation would change.", "Michael Fallon"),
    # a surname the article gives in full to someone else, its known bearer in office but
    # never named in full nor titled here
    ("The comedian German Ortega mocked the wall. Ortega said the reaction was unity.",
     "Daniel Ortega"),
])
def test_actors_resolve_no_false_office_holder(nlp: Any, text: str, wrong: str) -> None:
    actors = resolve_actors(nlp(text), published="2016-03-15")
    assert all(a.name != wrong for a in actors), [(a.text, a.name) for a in actors]


@pytest.mark.slow
def test_actors_resolve_body_sector_wins_over_title(nlp: Any) -> None:
    codes = _codes(nlp, "The FBI director chastised Clinton for use of the server.", "2016-10-03")
    assert codes["FBI director"][0] == "USACOP"


@pytest.mark.slow
def test_actors_resolve_honorific_gender_picks_the_person(nlp: Any) -> None:
    """'Mrs. Clinton' after 'Bill Clinton' is Hillary Clinton, not the man named before."""
    actors = resolve_actors(nlp("Bill Clinton spoke first. Mrs. Clinton then praised the plan."),
                            published="2016-03-15")
    assert [a.name for a in actors if a.text == "Mrs. Clinton"] == ["Hillary Clinton"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), [
    ("Officials in New Mexico agreed on the budget.", "MEX"),
    ("The campaign's New England director spoke on Monday.", "GBR"),
    ("New Mexico passed the law on Monday.", "MEX"),
])
def test_actors_resolve_new_place_is_another_place(nlp: Any, text: str, country: str) -> None:
    """'New Mexico' is not Mexico; the lexicon's own 'New Zealand' is matched whole."""
    actors = resolve_actors(nlp(text), published="2016-03-15")
    assert all(a.country != country for a in actors), [(a.text, a.code) for a in actors]


@pytest.mark.slow
def test_actors_resolve_new_at_sentence_start_is_an_adjective(nlp: Any) -> None:
    actors = resolve_actors(nlp("New Russian sanctions were announced. New Zealand agreed."),
                            published="2016-03-15")
    assert {a.country for a in actors} >= {"RUS", "NZL"}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "countries"), [
    # a demonym standing as a noun, where a person of that surname is named, is that person
    ("Mark Cuban spoke on Sunday. Cuban also gave a preview of his plans.", set()),
    ("Mark Cuban spoke on Sunday. Cuban officials declined to comment.", {"CUB"}),
])
def test_actors_resolve_surname_over_demonym(nlp: Any, text: str, countries: set[str]) -> None:
    actors = resolve_actors(nlp(text), published="2016-05-22")
    assert {a.country for a in actors if a.country} == countries


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), [
    ("Nicaraguan President Daniel Ortega spoke in Managua. Ortega said the canal would be built.",
     "Daniel Ortega"),
    ("Michelle Obama spoke first. President Obama said the law would stand. Obama also praised "
     "the governors.", "Barack Obama"),
])
def test_actors_resolve_titled_surname_keeps_its_bearer(nlp: Any, text: str, name: str) -> None:
    """Named in full or titled in the article, the known bearer keeps the bare surname."""
    actors = resolve_actors(nlp(text), published="2015-11-08")
    bare = [a for a in actors if a.text in ("Ortega", "Obama")]
    assert bare and all(a.name == name for a in bare), [(a.text, a.name) for a in actors]
