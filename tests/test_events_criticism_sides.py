"""Who is criticised (events/criticism_sides.py, r9-17m): the author of a condemned act, not
its victim; the owner of a criticised decision or policy; the accused of "accused X of";
never the place the criticism was voiced in. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import code_of, first_asserted

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
    # an act blamed on someone: the one blamed, not the victim (review r9, finding 2)
    ("Serbia blamed the bombing on Albanian militants.", "SRB", "ALBREB"),
    ("Iraq blamed the attack on Iran.", "IRQ", "IRN"),
    # a place hung on the object is a side (finding 3)
    ("Hungary criticised the treatment of minorities in Romania.", "HUN", "ROU"),
    ("Austria criticised the election law in Serbia.", "AUT", "SRB"),
    # the author in a "by" phrase inside the noun phrase or a relative clause (finding 18)
    ("Norway condemned the detention of a Norwegian sailor by Iranian guards.", "NOR", "IRN"),
    ("Poland condemned the attack, which was carried out by Belarus.", "POL", "BLR"),
    # the place a complaint is voiced in is no side
    ("Poland criticised the new rules in a speech in Brussels.", "POL", None),
    ("Mexico condemned the wall at a meeting in Canada.", "MEX", None),
    ("Brazil lashed out at Argentina.", "BRA", "ARG"),  # "at" the one criticised
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "tgt"), SIDES)
def test_criticism_sides(nlp: Any, text: str, src: str, tgt: str | None) -> None:
    event = first_asserted(nlp, text, "11", published="2023-06-01")
    assert (code_of(event.source), code_of(event.target)) == (src, tgt), event


@pytest.mark.slow
@pytest.mark.parametrize(("text", "tgt"), [
    ("The attack was blamed on Ukraine.", "UKR"),
    ("The shooting was blamed on Serbia.", "SRB"),
])
def test_criticism_sides_passive_blame(nlp: Any, text: str, tgt: str) -> None:
    event = first_asserted(nlp, text, "11", published="2023-06-01")
    assert code_of(event.target) == tgt, event


@pytest.mark.slow
@pytest.mark.parametrize(("text", "harm"), [
    ("Chile condemned the attack.", "attack"),
    ("Peru denounced the invasion.", "invasion"),
    ("The killing was condemned by Peru.", "killing"),
    ("Chile criticised the decision.", None),
    ("Peru condemned the remark.", None),
])
def test_criticism_sides_harm_acts(nlp: Any, text: str, harm: str | None) -> None:
    from redline.events.criticism_sides import harm_object

    verb = next(t for t in nlp(text) if t.pos_ == "VERB")
    act = harm_object(verb)
    assert (act.lower_ if act is not None else None) == harm
