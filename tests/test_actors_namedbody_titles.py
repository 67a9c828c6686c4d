"""A title of a body whose name begins with a state's is the body's, not the state's
government (issue 18, r13-18t; loads spaCy: slow)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.slow


def _codes(nlp: Any, text: str) -> dict[str, str]:
    from redline.actors import resolve_actors

    return {a.text: a.code for a in resolve_actors(nlp(text), published="2022-06-01")}


@pytest.mark.parametrize(("text", "name", "code"), [
    # "<name>, the <title> of the <State> <Body>,": the body's country and sector
    ("Ivan Petrenko, the president of the American Medical Association, said the plan hurt.",
     "Ivan Petrenko", "USAMED"),
    ("Ivan Petrenko, the president of the Russian Chamber of Commerce, said the sanctions "
     "hurt.", "Ivan Petrenko", "RUSBUS"),
    ("Ivan Petrenko, the head of the Ukrainian Football Federation, said the war hurt.",
     "Ivan Petrenko", "UKRNGO"),
    ("Ivan Petrenko, the director of the Russian Institute for Strategic Studies, said the "
     "talks failed.", "Ivan Petrenko", "RUSEDU"),
    ("Ivan Petrenko, head of the Kenya National Union of Teachers, said the strike would go "
     "on.", "Ivan Petrenko", "KENLAB"),
    # "<State> <Body> <Title> <name>"
    ("Russian Chamber of Commerce President Ivan Petrenko said the sanctions hurt.",
     "President Ivan Petrenko", "RUSBUS"),
    ("American Farm Bureau President Ivan Petrenko said the tariffs hurt farmers.",
     "President Ivan Petrenko", "USANGO"),
    ("National Rifle Association President Ivan Petrenko said the law was wrong.",
     "President Ivan Petrenko", "---NGO"),
    # a state's own body keeps the government (unchanged)
    ("Ivan Petrenko, the head of the Russian Central Bank, said rates would rise.",
     "Ivan Petrenko", "RUSGOV"),
    ("Ivan Petrenko, the spokesman of the Ukrainian government, said the talks failed.",
     "Ivan Petrenko", "UKRGOV"),
    ("Ivan Petrenko, secretary of Ukraine's security council, said the attack failed.",
     "Ivan Petrenko", "UKRGOV"),
    ("Ivan Petrenko, the chairman of the Senate Foreign Relations Committee, said the talks "
     "failed.", "Ivan Petrenko", "USALEG"),
    ("Ivan Petrenko, the president of Harvard University, said the ban hurt students.",
     "Ivan Petrenko", "USAEDU"),
    # a "union" of no one's trade is an interest group; only "Union of <workers>" is labour's
    ("Ivan Petrenko, the director of the American Civil Liberties Union, said the law was "
     "wrong.", "Ivan Petrenko", "USANGO"),
    ("Ivan Petrenko, the head of the Russian National Union of Miners, said the strike would "
     "go on.", "Ivan Petrenko", "RUSLAB"),
    # a state body read by its agent words, or by a "corps", whatever name follows it (r13-rb)
    ("Ivan Petrenko, the head of the Russian Space Agency Roscosmos, said the launch failed.",
     "Ivan Petrenko", "RUSGOV"),
    ("Ivan Petrenko, the head of the Iranian Revolutionary Guard Corps, said the drones flew.",
     "Ivan Petrenko", "IRNGOV"),
])
def test_actors_namedbody_titles_code(nlp: Any, text: str, name: str, code: str) -> None:
    assert _codes(nlp, text).get(name) == code


@pytest.mark.parametrize(("text", "code"), [
    # a body we cannot type is its state's, not the state's government
    ("Ivan Petrenko, the head of the Ukrainian Red Cross, said the war hurt.", "UKR"),
])
def test_actors_namedbody_titles_untyped_body(nlp: Any, text: str, code: str) -> None:
    assert _codes(nlp, text).get("Ivan Petrenko") == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    # a state's name opening a non-state body's name is the body, not the state
    ("The president of the American Academy of Pediatrics spoke.",
     "American Academy of Pediatrics", "USAEDU"),
    ("The head of the Russian Chamber of Commerce said the sanctions hurt.",
     "Russian Chamber of Commerce", "RUSBUS"),
    ("The president of the American Farm Bureau said the tariffs hurt farmers.",
     "American Farm Bureau", "USANGO"),
    # a state body's name keeps the state as it was
    ("The head of the Russian Central Bank said rates would rise.", "Russian", "RUS"),
])
def test_actors_namedbody_titles_state_begins_body(nlp: Any, text: str, mention: str,
                                                   code: str) -> None:
    assert _codes(nlp, text).get(mention) == code
