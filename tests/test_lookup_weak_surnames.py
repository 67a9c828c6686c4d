"""A look-up has no document: a surname of weak_surnames.txt answers its one holder on the date,
or raises AmbiguousNameError, as before the name index (review finding 7); a "~"-marked surname
stays no look-up key (test_actors_surnames)."""

from __future__ import annotations

import pytest

from redline.actors.lookup import lookup_actor
from redline.actors.queries import AmbiguousNameError


@pytest.mark.parametrize(("name", "date", "person"), [
    ("Carney", "2025-06-01", "Mark Carney"),
    ("Johnson", "2025-06-01", "Mike Johnson"),
])
def test_lookup_weak_surnames_answer(name: str, date: str, person: str | None) -> None:
    try:
        found = lookup_actor(name, date).name
    except AmbiguousNameError:
        found = None
    assert found == person


@pytest.mark.parametrize(("name", "date"), [("Khan", "2022-06-01"), ("Kim", "2022-06-01")])
def test_lookup_weak_surnames_ambiguous(name: str, date: str) -> None:
    with pytest.raises(AmbiguousNameError):
        lookup_actor(name, date)
