"""A labour federation named "[State] Labour Congress", "[State] Trades Union Congress" or
"Congress of [State] Trade Unions" is no mention of the US Congress nor of that state's
legislature, though a state is named with it: a word naming a body of society (labour, trades,
workers, farmers ...) right before the institution word, or in an "of" phrase after it, makes it
a longer organisation's name; composition codes the federation LAB. A state's own
legislature or court ("the Peruvian Congress", "the Sri Lankan Supreme Court") stays. Our own
sentences and phrases."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors.compose import compose_phrase


def _codes(nlp: Any, text: str, date: str) -> list[str]:
    from redline.actors import resolve_actors

    return [a.code for a in resolve_actors(nlp(text), published=date)]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # failed before: the US Congress (USALEG) or the state's legislature
    "The Zambian Labour Congress called a general strike on Monday.",
    "The Nigeria Labour Congress called a general strike on Monday.",
    "Leaders of the Ghana Trades Union Congress met the minister.",
    "The Nigerian Farmers Congress rejected the new tax.",
    "The Congress of South African Trade Unions called a strike on Monday.",
    "The Zimbabwe Congress of Trade Unions called a strike on Monday.",
    "The Student Union Parliament voted on the budget.",
])
def test_society_congress_is_no_legislature(nlp: Any, text: str) -> None:
    codes = _codes(nlp, text, "2022-06-01")
    assert not any(c.endswith("LEG") for c in codes), codes


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), [
    # failed before (review r14-rb): a state's name ending in "Union" is no society word
    ("The Soviet Union Supreme Court upheld the sentence.", "RUSJUD"),
    # as before
    ("The Soviet Union Parliament met in Moscow.", "RUSLEG"),
    ("The Peruvian Congress voted to remove the president.", "PERLEG"),
    ("The Sri Lankan Supreme Court ruled the decree illegal.", "LKAJUD"),
    ("The Nigerian Senate passed the bill on Monday.", "NGALEG"),
    ("Congress passed the bill on Monday.", "USALEG"),
    ("The Congress of the United States passed the bill.", "USALEG"),
])
def test_state_body_after_a_state_stays(nlp: Any, text: str, code: str) -> None:
    assert code in _codes(nlp, text, "2022-06-01")


@pytest.mark.parametrize(("phrase", "code"), [
    # failed before: "congress" read as the legislature (LEG)
    ("Zambian Labour Congress", "ZMBLAB"),
    ("Kenyan Labor Congress", "KENLAB"),
    # as before
    ("Ghanaian Trades Union Congress", "GHALAB"),
    ("Malawian Trade Union Congress", "MWILAB"),
    ("Peruvian Congress", "PERLEG"),
    ("Ghanaian trade unions", "GHALAB"),
])
def test_compose_labour_congress(phrase: str, code: str) -> None:
    found = compose_phrase(phrase, "2021-06-01")
    assert found is not None and found.code == code
