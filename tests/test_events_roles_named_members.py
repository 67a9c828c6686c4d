"""A group noun named by its members ("candidates like X", "several countries, including X")
stands for those members as a side (events/roles.py, ``NP_PREPS``, r14-18). Sentences written
by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import code_of, coded_events, first_asserted

# (sentence, CAMEO root of the event, source code, target code)
SIDES: list[tuple[str, str, str | None, str | None]] = [
    ("Several countries, including France, condemned Russia.", "11", "FRA", "RUS"),
    ("Leaders like Angela Merkel have criticized Iran.", "11", "DEUGOV", "IRN"),
    ("Russia criticized countries like Poland.", "11", "RUS", "POL"),
    ("Nations including Japan praised India.", "05", "JPN", "IND"),
    ("Countries like Japan praised India.", "05", "JPN", "IND"),
    # a group noun with no member named: as before
    ("Several countries condemned Russia.", "11", None, "RUS"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "src", "tgt"), SIDES)
def test_members_named_after_a_group_noun(nlp: Any, text: str, root: str, src: str | None,
                                          tgt: str | None) -> None:
    event = first_asserted(nlp, text, root, published="2019-06-01")
    assert (code_of(event.source), code_of(event.target)) == (src, tgt), event


# the objects of "including"/"like" are no actors themselves: their own phrases name no side
# (r14-ra; "trade with China" is not China)
NO_MEMBERS: list[tuple[str, str]] = [
    ("They discussed issues including trade with China.", "CHN"),
    ("The ministers discussed topics like security in Syria.", "SYR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), NO_MEMBERS)
def test_members_are_named_outright(nlp: Any, text: str, code: str) -> None:
    sides = [code_of(a) for e in coded_events(nlp, text, "2019-06-01")
             for a in (e.source, e.target)]
    assert code not in sides, sides

