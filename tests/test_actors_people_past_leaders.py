"""Heads of state and government of the 1960s-1990s in the curated people data (issue 18,
r10-18k): a bare surname or a titled one on an old article's date is the leader of that date,
not a later namesake."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("name", "date", "person", "code"), [
    ("Carter", "1979-06-18", "Jimmy Carter", "USAGOV"),
    ("Carter", "2016-03-01", "Ash Carter", "USAMIL"),
    ("Brezhnev", "1979-06-18", "Leonid Brezhnev", "RUSGOV"),
    ("Trudeau", "1982-01-01", "Pierre Trudeau", "CANGOV"),
    ("Trudeau", "2018-01-01", "Justin Trudeau", "CANGOV"),
    ("Kissinger", "1974-01-01", "Henry Kissinger", "USAGOV"),
    ("Shamir", "1990-01-01", "Yitzhak Shamir", "ISRGOV"),
])
def test_actors_people_past_leaders_lookup(name: str, date: str, person: str,
                                           code: str) -> None:
    from redline.actors.lookup import lookup_actor

    found = lookup_actor(name, date)
    assert (found.name, found.code) == (person, code)


def _people(nlp: Any, text: str, date: str) -> dict[str, str]:
    from redline.actors import resolve_actors

    return {a.text: a.name for a in resolve_actors(nlp(text), published=date)
            if a.kind == "person"}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "mention", "person"), [
    ("President Carter met Soviet leader Brezhnev in Vienna.", "1979-06-18",
     "President Carter", "Jimmy Carter"),
    ("Prime Minister Begin rejected the plan.", "1979-03-01", "Prime Minister Begin",
     "Menachem Begin"),
    ("Defense Secretary Carter visited Kabul.", "2016-03-01", "Defense Secretary Carter",
     "Ash Carter"),
])
def test_actors_people_past_leaders_in_text(nlp: Any, text: str, date: str, mention: str,
                                            person: str) -> None:
    assert _people(nlp, text, date).get(mention) == person


@pytest.mark.slow
def test_actors_people_past_leaders_weak_surname(nlp: Any) -> None:
    """"Ford" alone (a weak surname: the carmaker) is no person."""
    assert _people(nlp, "Ford said it would cut jobs.", "2016-03-01") == {}
