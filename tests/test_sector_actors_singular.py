"""Sector words in the singular (r9-17r): "a protester", "an insurgent", "a policeman" are
sector-only actors as their plurals are (sectors.csv, after PETRARCH's Phoenix agents)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors
from redline.actors.phrase import complete
from redline.events.sector_actors import sector_words


@pytest.mark.parametrize(("word", "sector"), [
    ("protester", "OPP"),
    ("demonstrator", "OPP"),
    ("student", "EDU"),
    ("insurgent", "REB"),
    ("separatist", "REB"),
    ("guerrilla", "REB"),
    ("militant", "REB"),
    ("policeman", "COP"),
    ("protesters", "OPP"),  # the plurals as before
    ("people", None),  # too vague, as before
])
def test_sector_actors_singular_words(word: str, sector: str | None) -> None:
    assert sector_words().get(word) == sector


@pytest.mark.slow
@pytest.mark.parametrize(("phrase", "code"), [
    ("a Chilean protester", "CHLOPP"),
    ("an Afghan insurgent", "AFGREB"),
    ("a Kenyan police officer", "KENCOP"),
    ("a Filipino student", "PHLEDU"),
])
def test_sector_actors_singular_phrase(nlp: Any, phrase: str, code: str) -> None:
    found = complete(resolve_actors(nlp(phrase), published="2021-06-01"), phrase, "2021-06-01")
    assert found is not None and found.code == code
