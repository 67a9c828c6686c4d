"""A US town against a world city (issue 18, r11-18): the bonus of a US state the document
names lifts a town over a city of a million or more abroad only from the same sentence
("Moscow, Idaho"); with the state named elsewhere, "attacks in Paris" are France's. A
country's name before a comma and a US state is that state's town ("Lebanon, Ohio")."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(("text", "place", "country"), [
    ("Voters in Texas and Iowa are angry. They cite gridlock in Washington and the recent "
     "terrorist attacks in Paris and San Bernardino, Calif.", "Paris", "FRA"),
    ("Lawmakers in Ohio objected. Chicago-based AbbVie and Dublin-based Shire called off "
     "a deal.", "Dublin", "IRL"),
    # the state in the same sentence, or no city abroad that large: the US town
    ("Students in Moscow, Idaho, protested. The university in Idaho closed.", "Moscow", "USA"),
    ("Voters in Ohio are angry. A rally in Springfield drew farmers from the county.",
     "Springfield", "USA"),
    ("Voters in Lebanon, Ohio, were angry.", "Lebanon", "USA"),
    ("Voters in Lebanon, PA, were angry.", "Lebanon", "USA"),
    ("Troops patrolled in Lebanon, near the border.", "Lebanon", "LBN"),
    # an AP abbreviation of the state, and a city's name (not only a country's) before one
    ("Voters in Lebanon, Pa., were angry.", "Lebanon", "USA"),
    ("Voters in Athens, Ga., were angry.", "Athens", "USA"),
    ("Students in Athens, Georgia, protested.", "Athens", "USA"),
    ("Talks in Athens, Greece, ended.", "Athens", "GRC"),
])
def test_places_state_sentence(nlp: Any, text: str, place: str, country: str) -> None:
    from redline.places import find_places

    found = {p.text: p.country for p in find_places(nlp(text), [])}
    assert found.get(place) == country


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code", "state"), [
    # a state's postal code after a town is the state, not the city of the same initials
    ("The fair opened in Shreveport, LA, on Friday.", "LA", "Louisiana"),
    ("Officials in Albany, NY, said the roads were closed.", "NY", "New York"),
    # initials on their own stay the city
    ("The fires spread across LA on Friday.", "LA", "Los Angeles"),
])
def test_places_postal_code_after_town(nlp: Any, text: str, code: str, state: str) -> None:
    from redline.places import find_places

    found = {p.text: p.name for p in find_places(nlp(text), [])}
    assert found.get(code) == state
