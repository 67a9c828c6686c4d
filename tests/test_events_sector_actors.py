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
    # the singular of an unnamed armed doer
    ("A gunman shot dead a shopkeeper in the town.", "19", "---REB", None),
    ("A terrorist stabbed a shopkeeper in the town.", "18", "---REB", None),
    ("A jihadist stabbed a shopkeeper in the town.", "18", "---REB", None),
    ("A rioter torched a bank overnight.", "17", "---OPP", None),
    ("An attacker stabbed a shopkeeper in the town.", "18", "---REB", None),
    ("A lone assailant stabbed a shopkeeper in the town.", "18", "---REB", None),
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
    # protesters and activists are no doers of force by their sector alone (rioters are)
    ("Protesters attacked a police station overnight.", "19"),
    ("Activists seized the town hall on Monday.", "17"),
]

# (sentence, CAMEO prefix, source code it must not have): the only state named is the
# victim's, not the doer's
VICTIM_STATE: list[tuple[str, str, str]] = [
    ("Militants fired rockets into Israel overnight.", "19", "ISRREB"),
    ("Gunmen kidnapped two Chinese engineers in the oil region.", "18", "CHNREB"),
    ("Police arrested a French journalist on Monday.", "173", "FRACOP"),
    ("Troops killed three Pakistani fishermen near the border.", "19", "PAKMIL"),
    ("Rioters torched the American embassy.", "17", "USAOPP"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "wrong"), VICTIM_STATE)
def test_sector_actors_victim_state_not_doer(nlp: Any, text: str, prefix: str,
                                             wrong: str) -> None:
    assert not [e for e in asserted_events(nlp, text) if e.cameo.startswith(prefix)
                and code_of(e.source) == wrong]


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
