"""Composition of country + agent from a phrase's words, and the layered ``lookup_actor``."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import lookup_actor, resolve_actors
from redline.actors.compose import compose_phrase, find_agent
from redline.errors import NotFoundError


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        (["SOLDIERS"], "MIL"),
        (["TAXI", "DRIVERS"], "CVL"),
        (["A", "TEAM", "OF", "ARMED", "POLICE"], "COP"),
        (["MERCENARIES"], "REB"),  # PLOVER's UAF is our REB
        (["AGRICULTURAL", "WORKERS"], "AGR"),  # a generic person noun: the word before it
        (["MILITARY", "PERSONNEL"], "MIL"),
        (["OPPOSITION", "FIGURES"], "OPP"),
        (["DOCK", "WORKERS"], "LAB"),  # no sector word before: the noun's own
        (["PARAMILITARY", "FORCES"], "REB"),  # PLOVER's PRM is our REB, as a militia
        # an agent noun before a generic person noun gives its sector
        (["GANG", "MEMBERS"], "CRM"),
        (["CARTEL", "MEMBERS"], "CRM"),
        (["EMBASSY", "STAFF"], "GOV"),
        (["SENIOR", "OFFICIALS"], "GOV"),  # no agent word before: the noun's own
        (["TOP", "LEADERS"], "GOV"),
        (["INTERIOR", "MINISTRY"], "GOV"),  # CAMEO's and PLOVER's agents (was COP)
    ],
)
def test_compose_find_agent(words: list[str], sector: str) -> None:
    found = find_agent(words)
    assert found is not None and found[0] == sector


@pytest.mark.parametrize("words", [["MONDAY"], ["THE", "BORDER"], ["EARTHQUAKE"]])
def test_compose_find_agent_non_actors(words: list[str]) -> None:
    assert find_agent(words) is None  # PLOVER's NON and JNK words name no actor


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Ukrainian farmers", "UKRAGR"),
        ("Yemeni rebels", "YEMREB"),
        ("Afghan police", "AFGCOP"),
        ("Pentagon officials", "USAMIL"),  # the seat's sector beats the generic "officials"
        ("a former CIA official", "USAELI"),
        ("crowd control police", "---COP"),
        ("Republican counsel Steve Castor", "USALEG"),  # a party's staff: the legislature
        ("Norway's central bank", "NORGOV"),  # PLOVER's GOVBUS: its first agent
        ("Democratic Republic of Congo soldiers", "CODMIL"),  # a state, not the party
        ("two men", "---"),
        # small words that spell an ISO code are words ("and": not Andorra)
        ("caught by police and deported", "---COP"),
        ("USA police", "USACOP"),
        # British spellings of PLOVER's American agent words ("Defence Force" was "People": CVL)
        ("Uganda People's Defence Force", "UGAMIL"),
        ("Botswana Defence Force", "BWAMIL"),
        ("Ugandan labour unions", "UGALAB"),
        ("Israeli defense forces", "ISRMIL"),  # the American spelling as before
    ],
)
def test_compose_phrase_codes(phrase: str, code: str) -> None:
    found = compose_phrase(phrase, "2021-06-01")
    assert found is not None and found.code == code and found.layer == "composition"


def test_compose_phrase_nothing() -> None:
    assert compose_phrase("a cat named Frank", "2021-06-01") is None


@pytest.mark.parametrize(
    ("name", "date", "code", "layer"),
    [
        ("Vladimir Putin", "2001-01-01", "RUSGOV", "curated"),
        ("Eugenijus Gentvilas", "2001-06-25", "LTUGOV", "background"),
        ("Eugenijus Gentvilas", "2000-01-01", "LTUELI", "background"),
        ("Iranian state media", "2020-01-01", "IRNMED", "composition"),
    ],
)
def test_lookup_actor_layers(name: str, date: str, code: str, layer: str) -> None:
    ans = lookup_actor(name, date)
    assert (ans.code, ans.layer) == (code, layer)


def test_lookup_actor_unknown_still_raises() -> None:
    with pytest.raises(NotFoundError):
        lookup_actor("a cat named Frank", "2021-01-01")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("A former CIA official criticised the plan.", "CIA official", "USAELI"),
        # every word that puts the office in the past, in both the composed and the titled path
        ("A onetime CIA official criticised the plan.", "CIA official", "USAELI"),
        ("The ex-French president criticised the plan.", "French president", "FRAELI"),
        ("The French president criticised the plan.", "French president", "FRAGOV"),
        # a disgraced holder may still hold the office: no elite
        ("The disgraced French president criticised the plan.", "French president", "FRAGOV"),
        ("The disgraced Afghan police chief criticised the plan.", "Afghan police chief",
         "AFGCOP"),
        # a capitalised single word is part of a name, not an agent
        ("Troops entered West Darfur State.", "West Darfur", "SDN"),
    ],
)
def test_compose_in_text(nlp: Any, text: str, span: str, code: str) -> None:
    codes = {a.text: a.code for a in resolve_actors(nlp(text), published="2021-06-01")}
    assert codes.get(span) == code
