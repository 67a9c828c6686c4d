"""Lexicon rows of r7-16: a bill blocked is a veto, tear gas fired at a crowd is repression.
(Shooting at a gas field or with cannon stays shooting.)
Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest


def _codes(coder: Any, text: str) -> set[tuple[str, str]]:
    doc = coder.code_text(text, published="2019-11-20")
    return {(e.cameo, e.plover) for e in doc.events if e.asserted}


# (sentence, (CAMEO, PLOVER) it must hold, PLOVER type it must not hold)
CASES = [
    ("Senate Republicans blocked the nomination for months.", ("129", "REJECT"), "PROTEST"),
    ("Democrats blocked a vote on the measure.", ("129", "REJECT"), "PROTEST"),
    ("Hong Kong police fired tear gas at protesters on Sunday.", ("175", "COERCE"), "ASSAULT"),
    ("Police fired teargas and water cannon at the crowd.", ("175", "COERCE"), "ASSAULT"),
    # must not fire: a road blocked is an obstruction, rockets and live fire are fighting
    ("Farmers blocked the highway to Paris with tractors.", ("144", "PROTEST"), "REJECT"),
    ("Syrian forces fired rockets at the town.", ("193", "ASSAULT"), "COERCE"),
    ("Troops fired on the protesters, killing three.", ("193", "ASSAULT"), "COERCE"),
    ("Syrian forces used chlorine gas against civilians in Douma.", ("2041", "ASSAULT"),
     "COERCE"),
    ("Police fired water cannon at protesters outside parliament.", ("175", "COERCE"),
     "ASSAULT"),
    # must not fire: gas or cannon in a compound, a nested object or beside a real shot
    ("Militants fired rockets at a gas field in northern Iraq.", ("193", "ASSAULT"), "COERCE"),
    ("Houthi rebels fired missiles at a Saudi gas facility.", ("193", "ASSAULT"), "COERCE"),
    ("Russian warships fired cannon at Ukrainian boats.", ("193", "ASSAULT"), "COERCE"),
    ("Syrian troops fired tear gas and live rounds at protesters.", ("193", "ASSAULT"),
     "COERCE"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "holds", "not_held"), CASES)
def test_events_lexicon_senses_table(coder: Any, text: str, holds: tuple[str, str],
                                     not_held: str) -> None:
    codes = _codes(coder, text)
    assert holds in codes and not_held not in {p for _, p in codes}
