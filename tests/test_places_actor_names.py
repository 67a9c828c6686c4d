"""Places on real pages (issue 18, r11-18): a city's alternate name in capitals is a code
("GOP" is Gorakhpur's airport), a city named like a person the actor stage read is that person
("lost to Clinton"), a city's alternate name that names an actor of another country is that
actor ("the White House", a name of Casablanca), and "the University of Idaho" has no city
"University"."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("alias", "known"), [
    ("gop", False), ("cbp", False), ("bp", False), ("bjs", False), ("dxb", False),
    # initials news writes for cities, and spellings, stay
    ("nyc", True), ("l.a.", True), ("hk", True), ("kiev", True), ("bombay", True),
])
def test_places_alternate_codes_not_read(alias: str, known: bool) -> None:
    from redline.gazetteer import load_gazetteer

    assert (alias in load_gazetteer().city_alts) is known


def _places(coder: Any, text: str) -> dict[str, str | None]:
    doc = coder.code_text(text, published="2016-02-01")
    return {p.text: p.country for p in doc.places}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "absent", "present"), [
    ("Hillary Clinton spoke in Des Moines. He has a lead in polls over Clinton in Iowa.",
     "Clinton", "Iowa"),
    ("Senator Marco Rubio spoke. Christie launched attacks against Rubio in Manchester.",
     "Rubio", "Manchester"),
    ("Their tenure in the White House began in the 1990s.", "the White House", None),
    ("A professor at the University of Idaho said the vote would be close in Boise.",
     "University", "Boise"),
])
def test_places_actor_names_are_no_places(coder: Any, text: str, absent: str,
                                          present: str | None) -> None:
    places = _places(coder, text)
    assert absent not in places and "White House" not in places
    if present:
        assert present in places


@pytest.mark.slow
@pytest.mark.parametrize(("text", "place", "country"), [
    ("Officials met in Kiev on Tuesday.", "Kiev", "UKR"),  # the actor is the city's country
    ("Floods hit Bombay on Tuesday.", "Bombay", "IND"),
    ("Protesters gathered in New York City.", "New York City", "USA"),
    # a person read inside the name, or an office of the city, leaves the place as it is
    ("She grew up in Park Ridge, Illinois, near Chicago.", "Park Ridge", "USA"),
    ("Sadiq Khan was elected mayor of London last week.", "London", "GBR"),
])
def test_places_city_names_still_read(coder: Any, text: str, place: str, country: str) -> None:
    assert _places(coder, text).get(place) == country
