"""A rank or bare title before a bare surname ("Admiral Harris", "General Austin") names a
holder of the surname only if one of the holder's offices is of the title's sector: Kamala
Harris never held a military office, so "Admiral Harris" is someone else. A rank is a
preference among several holders, not an exclusion: a lone holder stays (the people data
records offices, not ranks), and a head of state or government fits any rank."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors.kb import Person, Term
from redline.actors.mentions import _fits_title


def _person(*sectors: str) -> Person:
    terms = tuple(Term("USA", s, "official", "Office", "2001-01-01", "") for s in sectors)
    return Person("Ann Example", (), "f", "Example", terms)


@pytest.mark.parametrize(("sectors", "title_sector", "fits"), [
    (("GOV",), "MIL", False),
    (("GOV", "MIL"), "MIL", True),
    (("MIL",), "MIL", True),
    (("LEG",), "GOV", False),
    (("GOV",), "GOV", True),
])
def test_mentions_title_sector_fits(sectors: tuple[str, ...], title_sector: str,
                                    fits: bool) -> None:
    assert _fits_title(_person(*sectors), title_sector) is fits


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "not_name"), [
    ("Admiral Harris said the fleet would sail.", "2022-06-01", "Kamala Harris"),
    ("Adm. Harris told reporters the ships were ready.", "2022-06-01", "Kamala Harris"),
])
def test_mentions_title_sector_rank_blocks_civilian(nlp: Any, text: str, date: str,
                                                    not_name: str) -> None:
    from redline.actors import resolve_actors

    names = [a.name for a in resolve_actors(nlp(text), published=date)]
    assert not_name not in names, names


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "mention", "name"), [
    ("General Milley said the troops were ready.", "2022-06-01", "General Milley",
     "Mark Milley"),
    ("Minister Lavrov said the talks had failed.", "2022-06-01", "Minister Lavrov",
     "Sergei Lavrov"),
])
def test_mentions_title_sector_fitting_title_keeps(nlp: Any, text: str, date: str, mention: str,
                                                   name: str) -> None:
    from redline.actors import resolve_actors

    found = {a.text: a.name for a in resolve_actors(nlp(text), published=date)}
    assert found.get(mention) == name, found
