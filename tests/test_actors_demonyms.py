"""People named by a plural demonym, of one word or two (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors


@pytest.mark.slow
@pytest.mark.parametrize(
    ("people", "country"),
    [
        ("Afghans", "AFG"),
        ("Sri Lankans", "LKA"),  # a two-word demonym's plural
        ("South Africans", "ZAF"),
        ("Czechs", "CZE"),
        ("Scots", "GBR"),
        ("Frenchmen", "FRA"),
        ("Germans", "DEU"),
        ("Turkmens", "TKM"),
    ],
)
def test_demonyms_plural_people(nlp: Any, people: str, country: str) -> None:
    found = resolve_actors(nlp(f"{people} protested in the capital."), published="2022-06-01")
    assert [a.country for a in found][:1] == [country]
