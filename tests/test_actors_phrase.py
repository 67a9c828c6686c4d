"""A phrase on its own: the actor stage's reading completed from the whole knowledge, and a
curated person found after title words (our own phrases)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import lookup_actor, resolve_actors
from redline.actors.phrase import complete, titled_person


@pytest.mark.parametrize(
    ("phrase", "date", "code", "name"),
    [
        ("President Joe Biden", "2022-01-01", "USAGOV", "Joe Biden"),
        ("Chancellor Angela Merkel", "2015-01-01", "DEUGOV", "Angela Merkel"),
        ("Foreign Minister Nobody Atall", "2022-01-01", None, None),
    ],
)
def test_phrase_titled_person(phrase: str, date: str, code: str | None,
                              name: str | None) -> None:
    found = titled_person(phrase, date)
    assert (found.code if found else None) == code
    assert (found.name if found else None) == name


def test_phrase_lookup_answers_a_titled_person_as_curated() -> None:
    found = lookup_actor("President Joe Biden", "2022-01-01")
    assert (found.code, found.layer) == ("USAGOV", "curated")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("phrase", "code", "layer"),
    [
        ("Saudi National Guard", "SAUMIL", "composition"),  # "Saudi" alone has no agent
        ("Ukrainian farmers", "UKRAGR", "resolver"),  # sectors.csv knows farmers
        ("Ukrainian fishermen", "UKRAGR", "composition"),
        ("Nigerian smugglers", "NGACRM", "composition"),
        ("Afghan police", "AFGCOP", "resolver"),
        ("Vladimir Putin", "RUSGOV", "resolver"),
        ("Yemeni rebels", "YEMREB", "resolver"),
        ("the cat sat on the mat", None, None),
        ("the PAN Mexico", "MEXPTY", "resolver"),  # the country's body, not the country
        ("Kachin State Christians", "MMRREL", "resolver"),  # a region of Myanmar
        # fifth round: "former"/"deputy" before the chain is not the office holder of the date
        ("the former Brazilian president", "BRAELI", "resolver"),
        ("the former president of Egypt", "EGYELI", "resolver"),
        ("the deputy prime minister of Italy", "ITAGOV", "resolver"),
        ("the Brazilian president", "BRAGOV", "resolver"),
        # "Organization" alone is no Phoenix actor inside a longer name
        ("head of Iran's Atomic Energy Organization", "IRNGOV", "resolver"),
        # the Tigray Defense Forces are the TPLF's (armed opposition), as its row says
        ("Tigrayan forces", "ETHREB", "resolver"),
        ("Amhara forces", "ETHMIL", "resolver"),  # a group adjective + forces, as before
        ("the Sultan of Oman", "OMNGOV", "resolver"),
    ],
)
def test_phrase_complete(nlp: Any, phrase: str, code: str | None, layer: str | None) -> None:
    found = complete(resolve_actors(nlp(phrase), published="2021-06-01"), phrase,
                     "2021-06-01")
    assert (found.code if found else None) == code
    assert (found.layer if found else None) == layer


@pytest.mark.slow
@pytest.mark.parametrize(("phrase", "name"), [
    ("the former Brazilian president", None),  # not Bolsonaro, the holder on the date
    ("the deputy prime minister of Italy", None),  # not Draghi
    ("the Brazilian president", "Jair Bolsonaro"),
])
def test_phrase_lead_modifier_is_not_the_holder(nlp: Any, phrase: str, name: str | None) -> None:
    found = complete(resolve_actors(nlp(phrase), published="2021-06-01"), phrase,
                     "2021-06-01")
    assert found is not None
    assert (found.name if found.office else None) == name
