"""Named political parties of many states in the curated bodies (r15-18a): a party's name
gives its state and PTY; lower-case words of the same spelling name nothing. Our own
sentences."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import lookup_actor


@pytest.mark.parametrize(("name", "code"), [
    # failed before (no row, or a misread: "Democratic Alliance" was NATO, "Law and Justice"
    # a court)
    ("Law and Justice", "POLPTY"),
    ("Fidesz", "HUNPTY"),
    ("Kuomintang", "TWNPTY"),
    ("ZANU-PF", "ZWEPTY"),
    ("Syriza", "GRCPTY"),
    ("Sweden Democrats", "SWEPTY"),
    ("Economic Freedom Fighters", "ZAFPTY"),
    ("Democratic Alliance", "ZAFPTY"),
    ("National League for Democracy", "MMRPTY"),
    # as before
    ("Likud", "ISRPTY"),
    ("United Russia", "RUSPTY"),
])
def test_party_names(name: str, code: str) -> None:
    assert lookup_actor(name, "2022-06-01").code == code


@pytest.mark.slow
@pytest.mark.parametrize(("text", "codes"), [
    ("Fidesz and Law and Justice criticised the commission.", ["HUNPTY", "POLPTY"]),
    ("The ministry of law and justice issued a statement.", []),
    # review r15-rb: a party's name inside a state office's name, a news agency's acronym
    ("India's Ministry of Law and Justice rejected the petition.", []),
    ("Pakistan's Law and Justice Commission issued a report.", []),
    ("Law and Justice won the election, the Commission said.", ["POLPTY"]),
    ("AAP reported that the minister would visit Jakarta.", []),
    ("The Minister of Law and Justice resigned.", []),
    ("Law and Justice Minister Jan Nowak resigned.", ["POLPTY"]),  # the party's minister
])
def test_party_names_in_text(nlp: Any, text: str, codes: list[str]) -> None:
    from redline.actors import resolve_actors

    found = [a.code for a in resolve_actors(nlp(text), published="2022-06-01")]
    assert [c for c in found if c.endswith("PTY")] == codes


def test_state_code_is_the_state() -> None:
    """An ISO code that is also a party's acronym ("NLD") names the state (review r15-rb)."""
    assert lookup_actor("NLD", "2022-06-01").code == "NLD"
