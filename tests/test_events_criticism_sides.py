"""Who is criticised (events/criticism_sides.py, r9-17m): the author of a condemned act, not
its victim; the owner of a criticised decision or policy; the accused of "accused X of";
never the place the criticism was voiced in. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

# (sentence, source code, target code or None) of the asserted criticism (root 11)
SIDES: list[tuple[str, str, str | None]] = [
    # a condemned act: its author, not its victim
    ("France condemned the attack on Ukraine by Russia.", "FRA", "RUS"),
    ("Germany condemned Russia's attack on Ukraine.", "DEU", "RUS"),
    ("Japan denounced the Russian invasion of Ukraine.", "JPN", "RUS"),
    ("Britain condemned the killing of Iranian protesters by security forces.", "GBR", None),
    ("Canada condemned the attack on Israel.", "CAN", None),  # no author named: none
    ("Spain condemned the bombing of Syrian hospitals.", "ESP", None),
    # a criticised decision or policy: its owner
    ("Turkey criticised the decision by Sweden.", "TUR", "SWE"),
    ("China criticised Japan's decision.", "CHN", "JPN"),
    ("India criticised the Pakistani government's policy.", "IND", "PAKGOV"),
    # accused, blamed: the one accused
    ("Iran accused Israel of sabotaging the talks.", "IRN", "ISR"),
    ("Russia blamed Ukraine for the blast.", "RUS", "UKR"),
    # the place a complaint is voiced in is no side
    ("Poland criticised the new rules in Brussels.", "POL", None),
    ("Mexico condemned the wall at a meeting in Canada.", "MEX", None),
    ("Brazil lashed out at Argentina.", "BRA", "ARG"),  # "at" the one criticised
]


def _criticism(doc: Any) -> Any:
    return next((e for e in doc.events if e.asserted and e.cameo[:2] == "11"), None)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "tgt"), SIDES)
def test_criticism_sides(nlp: Any, text: str, src: str, tgt: str | None) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="own").code_text(text, published="2023-06-01")
    event = _criticism(doc)
    assert event is not None, [(e.cameo, e.trigger.text) for e in doc.events]
    assert event.source is not None and event.source.code == src
    got = event.target.code if event.target is not None else None
    assert got == tgt, (event.target, [(e.cameo, e.target) for e in doc.events])


@pytest.mark.parametrize(("lemma", "harm"), [
    ("attack", True), ("invasion", True), ("killing", True), ("crackdown", True),
    ("decision", False), ("policy", False), ("remark", False),
])
def test_criticism_sides_harm_acts(lemma: str, harm: bool) -> None:
    from redline.events.criticism_sides import HARM_ACTS

    assert (lemma in HARM_ACTS) is harm
