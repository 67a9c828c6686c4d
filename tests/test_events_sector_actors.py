"""Sector-only actors of no known country (events/sector_actors.py). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, code_of

# (sentence, CAMEO prefix, source code, target code): forces named by sector alone
CODED: list[tuple[str, str, str | None, str | None]] = [
    ("Police arrested an activist on Thursday.", "173", "---COP", "---OPP"),
    ("Police seized guns and drugs in a raid on two homes.", "171", "---COP", None),
    ("Militants hurled a grenade at a police bunker on Thursday night.", "19", "---REB",
     "---COP"),
    ("The army attacked the village and the rebels fired back.", "19", "---MIL", None),
    # r7-17c: unnamed armed doers and rioters (Phoenix agents GUNMEN, ASSAILANT, RIOTER)
    ("Gunmen opened fire on a crowded bus near the market.", "19", "---REB", None),
    ("Unknown assailants shot dead a shopkeeper in the town.", "19", "---REB", None),
    ("Rioters torched a bank and two shops overnight.", "17", "---OPP", None),
    # the only state a short text names is the country of its forces (r7-17c)
    ("Police arrested two activists in Nairobi on Monday.", "173", "KENCOP", "KEN"),
    # the people of a sector protesting (CAMEO 14)
    ("Hundreds of students marched to the ministry on Monday.", "14", "---EDU", "---GOV"),
    ("Hundreds of farmers protested outside the town hall.", "14", "---AGR", None),
]

# no event: a sector-only victim alone, a non-force act by a sector of no country, and police
# of no known country in a text that names states (likely one of theirs: not ---COP)
NONE: list[tuple[str, str]] = [
    ("France and Germany held talks while police arrested an activist.", "17"),
    ("An explosion killed three miners.", "1"),
    ("Teachers praised the new curriculum.", "05"),
    ("Gunmen opened fire on a bus while Iraq and Iran held talks.", "19"),
    ("Rioters praised the new mayor.", "05"),
    ("Students marched to the ministry while Spain and France held talks.", "14"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CODED)
def test_sector_actors_force_without_country(nlp: Any, text: str, prefix: str,
                                             src: str | None, tgt: str | None) -> None:
    found = [(code_of(e.source), code_of(e.target)) for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix)]
    assert (src, tgt) in found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), NONE)
def test_sector_actors_none(nlp: Any, text: str, prefix: str) -> None:
    assert not [e for e in asserted_events(nlp, text) if e.cameo.startswith(prefix)]
