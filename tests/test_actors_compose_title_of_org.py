"""A phrase "TITLE of [the] ORGANISATION" is the organisation's (``actors/compose.py``,
``title_of_org``): coded by the organisation named after the title, not by the title's own
sector (our own phrases)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import lookup_actor, resolve_actors
from redline.actors.compose import compose_phrase, org_agent, title_of_org
from redline.actors.phrase import complete


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # the title's sector (GOV, SPY) gave way to nothing before: the organisation's agent
        ("President of the Kenyan Human Rights League", "KENNGO"),  # as "human rights group"
        ("director of the Iranian Atomic Energy Organization", "IRNGOV"),  # not SPY
        ("head of the Russian Orthodox Church", "RUSREL"),  # the noun's own sector
        ("spokesman for the Kenya National Farmers Union", "KENAGR"),
        ("chairman of the Ugandan Students Union", "UGAEDU"),
        ("leader of the Nigerian Labour Congress", "NGALAB"),  # not the legislature
        ("professor at Harvard University", "USAEDU"),
    ],
)
def test_title_of_org_organisation_codes_the_phrase(phrase: str, code: str) -> None:
    found = compose_phrase(phrase, "2023-01-01")
    assert found is not None and found.code == code
    assert found.layer == "composition"


@pytest.mark.parametrize(
    "phrase",
    [
        "Secretary of State",  # no organisation noun: the title's reading stands
        "Minister of Defence",
        "President of the European Commission",  # a known body: its own row answers
        "secretary general of the Arab League",
        "Speaker of the US Congress",  # the organisation names no agent
        "a member of the Muslim Brotherhood",  # not a title
        "Kenyan Human Rights League",  # no title before it
        # an international body names itself: its own code, not the body plus a sector
        # (failed before: "AULAB", the union read as a labour union)
        "President of the African Union",
        "chairman of the African Union Commission",
        # a bare "union" names no sector: a state, a party, a broadcasters' body (failed
        # before: RUSLAB, ---LAB, ---LAB)
        "head of the Soviet Union",
        "leader of the National Union",
        "President of the European Broadcasting Union",
    ],
)
def test_title_of_org_leaves_other_phrases(phrase: str) -> None:
    assert title_of_org(phrase, "2023-01-01") is None


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        (["HUMAN", "RIGHTS", "LEAGUE"], "NGO"),
        (["ATOMIC", "ENERGY", "ORGANIZATION"], "GOV"),
        (["ORTHODOX", "CHURCH"], "REL"),
        (["NATIONAL", "FARMERS", "UNION"], "AGR"),
        (["ATOMIC", "ENERGY"], None),  # no organisation noun
        (["LEAGUE"], None),  # the noun alone names no agent
        (["SOVIET", "UNION"], None),  # nor does a union (failed before: LAB)
        (["NATIONAL", "STUDENTS", "UNION"], "EDU"),
    ],
)
def test_title_of_org_org_agent(words: list[str], sector: str | None) -> None:
    assert org_agent(words) == sector


def test_title_of_org_lookup_says_composition() -> None:
    found = lookup_actor("director of the Iranian Atomic Energy Organization", "2023-01-01")
    assert found.code == "IRNGOV" and found.layer == "composition"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("phrase", "code", "layer"),
    [
        # the actor stage reads the body named after the state (r13-18t, actors/namedbody.py;
        # the composition answered before, the actor stage reading a president: GOV)
        ("President of the Kenyan Human Rights League", "KENNGO", "resolver"),
        # where the actor stage already codes it so, its answer stands
        ("head of Iran's Atomic Energy Organization", "IRNGOV", "resolver"),
        ("Afghan police", "AFGCOP", "resolver"),
        # the organisation names no country: the actor stage's country stands (failed
        # before: ---SPY, ---LEG, ---GOV)
        ("Director of the Central Intelligence Agency", "USASPY", "resolver"),
        ("Speaker of the Federation Council", "RUSLEG", "resolver"),
        ("Secretary of the National Security Council", "USAGOV", "resolver"),
        # the actor stage knows the organisation by its name: its answer stands (the first
        # failed before: SYRLEG; the second was ---LAB on main)
        ("head of the Syrian National Council", "SYROPP", "resolver"),
        ("leader of the Christian Democratic Union", "DEUPTY", "resolver"),
    ],
)
def test_title_of_org_complete_prefers_the_organisation(nlp: Any, phrase: str, code: str,
                                                    layer: str) -> None:
    found = complete(resolve_actors(nlp(phrase), published="2023-01-01"), phrase,
                     "2023-01-01")
    assert found is not None and (found.code, found.layer) == (code, layer)
