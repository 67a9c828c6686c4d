"""A title's "of" phrase naming a body of a state, not the state (loads spaCy: slow)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.slow


def _actors(nlp: Any, text: str) -> dict[str, tuple[str, str]]:
    from redline.actors import resolve_actors

    return {a.text: (a.code, a.name) for a in resolve_actors(nlp(text), published="2022-06-01")}


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The leader of the Syrian rebels rejected the deal.", "leader of the Syrian rebels", "SYRREB"),
    ("The leader of the Kenyan opposition called for protests.",
     "leader of the Kenyan opposition", "KENOPP"),
    ("The president of the Kenyan senate resigned.", "president of the Kenyan senate", "KENLEG"),
    ("The leader of the opposition in Kenya called for protests.",
     "leader of the opposition in Kenya", "KENOPP"),
])
def test_actors_ofgroup_body_not_office_holder(
        nlp: Any, text: str, mention: str, code: str) -> None:
    found = _actors(nlp, text)
    assert found.get(mention, ("", ""))[0] == code, found
    assert all(name not in ("Bashar al-Assad", "Uhuru Kenyatta") for _, name in found.values())


@pytest.mark.parametrize(("text", "mention", "name"), [
    # the state alone, or its government: the office holder
    ("The president of Kenya called for calm.", "president of Kenya", "Uhuru Kenyatta"),
    ("The foreign minister of the Syrian government spoke.", "foreign minister of the Syrian",
     "Faisal Mekdad"),
    # a verb spelt like a group noun is no body: "forces" here is the sentence's verb
    ("The president of Ukraine forces Russia to retreat.", "president of Ukraine",
     "Volodymyr Zelensky"),
])
def test_actors_ofgroup_state_keeps_holder(nlp: Any, text: str, mention: str, name: str) -> None:
    assert _actors(nlp, text).get(mention, ("", ""))[1] == name


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "not_name"), [
    # r9-18k: a group noun of no sector between "of" and the state names a body of the state
    ("The leader of the party in Kenya said the vote was rigged.", "2022-06-01",
     "Uhuru Kenyatta"),
    ("The leader of the movement in Venezuela said the vote was rigged.", "2022-06-01",
     "Nicolás Maduro"),
])
def test_actors_ofgroup_group_noun_not_holder(nlp: Any, text: str, date: str,
                                              not_name: str) -> None:
    from redline.actors import resolve_actors

    names = [a.name for a in resolve_actors(nlp(text), published=date)]
    assert not_name not in names, names
