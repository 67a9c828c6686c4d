"""Gazetteer index and place resolution rules (no spaCy model needed except where marked)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.gazetteer import fold, load_gazetteer
from redline.model import Actor
from redline.places import find_places

NLP = spacy.blank("en")


def test_places_gazetteer_ambiguous_names_sorted_by_population() -> None:
    moscows = load_gazetteer().cities["moscow"]
    assert moscows[0].country == "RUS"
    assert any(c.country == "USA" and c.admin1 == "ID" for c in moscows)


def test_places_gazetteer_countries_have_centroids() -> None:
    gz = load_gazetteer()
    for name in ("ukraine", "fiji", "the united states", "u.s.", "britain"):
        entry = gz.countries[name]
        assert entry.lat is not None and entry.lon is not None, name
        assert -90 <= entry.lat <= 90 and -180 <= entry.lon <= 180


def test_places_fold_strips_accents() -> None:
    assert fold("Przemyśl") == "przemysl"


def test_places_country_after_locative_preposition_on_blank_doc() -> None:
    places = find_places(NLP("Troops were deployed in Belarus."), [])
    assert [(p.name, p.feature) for p in places] == [("Belarus", "country")]


def test_places_region_table_matches_without_parse() -> None:
    places = find_places(NLP("Ships gathered in the Black Sea near Crimea."), [])
    assert {p.gazetteer_id for p in places} == {"redline:black-sea", "redline:crimea"}


def test_places_empty_doc() -> None:
    assert find_places(NLP(""), []) == []


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200))
def test_places_never_raise_on_odd_text(text: str) -> None:
    for p in find_places(NLP(text), []):
        assert text[p.start : p.end] == p.text


@pytest.mark.slow
def test_places_document_state_beats_population(nlp: Any) -> None:
    doc = nlp("Students in Moscow, Idaho, protested. The university in Idaho closed.")
    moscow = next(p for p in find_places(doc, []) if p.text == "Moscow")
    assert moscow.country == "USA"


@pytest.mark.slow
def test_places_capital_as_subject_with_actor_is_not_a_place(nlp: Any) -> None:
    text = "Moscow denies it plans to invade."
    actor = Actor("Moscow", 0, 6, "Russia", "RUSGOV", "RUS", "GOV", "state")
    assert find_places(nlp(text), [actor]) == []


@pytest.mark.slow
def test_places_country_as_actor_is_not_a_place(nlp: Any) -> None:
    assert [p.text for p in find_places(nlp("Russia denies it plans to invade Ukraine."), [])] == []
