"""A body named with "of" and a state takes that state (loads spaCy: slow)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.slow


def _codes(nlp: Any, text: str) -> dict[str, str]:
    from redline.actors import resolve_actors

    return {a.text: a.code for a in resolve_actors(nlp(text), published="2022-06-01")}


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The Supreme Court of Pakistan disqualified the prime minister.", "Supreme Court of Pakistan",
     "PAKJUD"),
    ("The Senate of Nigeria passed the bill.", "Senate of Nigeria", "NGALEG"),
    ("The Ministry of Defence of Russia said the drills were over.",
     "Ministry of Defence of Russia", "RUSMIL"),
    ("The parliament of Ukraine passed the bill.", "parliament of Ukraine", "UKRLEG"),
    ("The army of Russia advanced on the town.", "army of Russia", "RUSMIL"),
])
def test_actors_bodyof_body_takes_the_state(nlp: Any, text: str, mention: str, code: str) -> None:
    assert _codes(nlp, text).get(mention) == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    # no "of <state>": the bare name keeps its default
    ("The Supreme Court ruled on Monday.", "Supreme Court", "USAJUD"),
    # the same state: nothing to change
    ("The Supreme Court of the United States ruled.", "Supreme Court", "USAJUD"),
    # an organisation after "of" is no state; a state word opening a name is no place
    ("The parliament of the European Union voted.", "European Union", "EU"),
    # a place word is no agent: the state stays alone
    ("Russian forces shelled the capital of Ukraine.", "Ukraine", "UKR"),
])
def test_actors_bodyof_state_not_taken(nlp: Any, text: str, mention: str, code: str) -> None:
    assert _codes(nlp, text).get(mention) == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    # known limitations (wrong today, pinned so a fix shows): a place after "in" is not read as
    # the court's state (a state word opening an organisation's name, fixed in r13-18t:
    # tests/test_actors_namedbody_titles.py)
    pytest.param("The Supreme Court in Islamabad ruled on Monday.", "Supreme Court", "PAKJUD",
                 marks=pytest.mark.xfail(strict=True, reason="known limitation: 'in <city>'")),
])
def test_actors_bodyof_known_limitations(nlp: Any, text: str, mention: str,
                                         code: str | None) -> None:
    assert _codes(nlp, text).get(mention) == code
