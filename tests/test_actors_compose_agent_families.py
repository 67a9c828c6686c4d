"""Agent families of the PLOVER agent list in composition (r15-18a): PLOVER's medical code is
CAMEO's health (HLH) and its journalists CAMEO's media (MED); herders are farmers (AGR); a
criminal word before armed men makes them criminals (CRM); indigenous and community leaders
speak for people (CVL); a congress of labour organisations is a labour federation (LAB);
billionaires are business (BUS). Our own phrases."""

from __future__ import annotations

import pytest

from redline.actors.compose import compose_phrase, find_agent


@pytest.mark.parametrize(("words", "sector"), [
    # failed before
    (["NURSES"], "HLH"),  # PLOVER's MED (medical): was our MED (media)
    (["PARAMEDICS"], "HLH"),
    (["HEALTH", "WORKERS"], "HLH"),  # was LAB ("workers")
    (["MEDICAL", "PERSONNEL"], "HLH"),
    (["COLUMNISTS"], "MED"),  # PLOVER's JRN: was JRN, no code of ours
    (["BLOGGERS"], "MED"),
    (["HERDERS"], "AGR"),  # was no agent
    (["PASTORALISTS"], "AGR"),
    (["CARTEL", "GUNMEN"], "CRM"),  # was REB (the head noun)
    (["GANG", "FIGHTERS"], "CRM"),
    (["MAFIA", "GUNMEN"], "CRM"),
    (["INDIGENOUS", "LEADERS"], "CVL"),  # was GOV ("leaders")
    (["BILLIONAIRES"], "BUS"),  # was no agent
    # review r15-rb: the people modifiers leave an office as it was (were HLH, CVL)
    (["HEALTH", "SPOKESMAN"], "GOV"),
    (["CIVIC", "OFFICIALS"], "GOV"),
    (["CIVIC", "LEADERS"], "CVL"),
    # as before
    (["COMMUNITY", "LEADERS"], "CVL"),  # PLOVER's COMMUNITY_LEADER
    (["JOURNALISTS"], "MED"),
    (["GUNMEN"], "REB"),
    (["REBEL", "FIGHTERS"], "REB"),
    (["GANG", "MEMBERS"], "CRM"),
    (["RELIGIOUS", "LEADERS"], "REL"),
    (["HERDSMEN"], "AGR"),
])
def test_agent_family_sector(words: list[str], sector: str) -> None:
    found = find_agent(words)
    assert found is not None and found[0] == sector


@pytest.mark.parametrize(("text", "code"), [
    # failed before
    ("Zambian nurses", "ZMBHLH"),
    ("Malian herders", "MLIAGR"),
    ("Honduran cartel gunmen", "HNDCRM"),
    ("Peruvian indigenous leaders", "PERCVL"),
    ("the Congress of Industrial Organizations", "---LAB"),  # was ---LEG
    # as before
    ("Peruvian Congress", "PERLEG"),
    ("the Congress of the United States", "USALEG"),
    ("Cuban state media", "CUBMED"),
])
def test_agent_family_composed(text: str, code: str) -> None:
    answer = compose_phrase(text, "2022-06-01")
    assert answer is not None and answer.code == code
