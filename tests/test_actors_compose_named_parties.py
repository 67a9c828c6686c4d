"""A capitalised "Party" heading a phrase names a party (r16-18a): the words of the party's
name are no agent ("Workers' Party", "Justice and Development Party"), and a country in an
"of" phrase after it is the party's state. Our own phrases."""

from __future__ import annotations

import pytest

from redline.actors import lookup_actor
from redline.actors.compose import compose_phrase, named_party


@pytest.mark.parametrize(("text", "code"), [
    # failed before
    ("Workers' Party of Brazil", "BRAPTY"),  # was BRALAB ("workers")
    ("Justice and Development Party of Turkey", "TURPTY"),  # was TURJUD ("justice")
    ("Socialist Party of Albania", "ALBPTY"),  # was ALB, no sector
    ("National Party of Honduras", "HNDPTY"),
    ("People's Party of Spain", "ESPPTY"),  # was ESPCVL ("people")
    ("Freedom and Justice Party", "---PTY"),  # was ---JUD
    # as before
    ("Democratic Party of Albania", "ALBPTY"),
    ("Kenyan ruling party", "KENGOV"),  # lower case: no party's name
])
def test_named_party(text: str, code: str) -> None:
    assert lookup_actor(text, "2022-06-01").code == code


@pytest.mark.parametrize(("text", "head"), [
    ("Workers' Party of Brazil", True),
    ("Freedom and Justice Party", True),
    ("Party officials", False),  # the title after the noun decides
    ("Communist Party chief", False),
    ("a birthday party", False),  # lower case
    ("the party of Albania", False),
])
def test_party_heads_the_phrase(text: str, head: bool) -> None:
    from redline.actors.bgformat import words

    assert (named_party(text, list(words(text))) is not None) is head


def test_composed_party_keeps_its_country() -> None:
    answer = compose_phrase("Labour Party of Norway", "2022-06-01")
    assert answer is not None and answer.code == "NORPTY"
