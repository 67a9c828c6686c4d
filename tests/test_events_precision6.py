"""Event precision, sixth round: generic bare plurals, warnings of a risk, verbal attacks on
people and between politicians, things closing by themselves, avoidance and reluctance, and
the 'anchored' confidence feature. Each rule with the side where it must not fire.
Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events import confidence as conf
from redline.events.anaphora import generic
from redline.model import Document, Event


def coded(coder: Any, text: str) -> Document:
    return coder.code_text(text, published="2019-11-20")


def asserted_types(coder: Any, text: str) -> set[str]:
    return {e.plover or "" for e in coded(coder, text).events if e.asserted}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Tariffs are a tax on consumers.", "Tariffs", True),
    ("Consumers are the primary victims of tariffs.", "tariffs", True),
    ("Tariffs, like any tax, introduce an inefficiency.", "Tariffs", True),
    ("Talks continued on Tuesday in Geneva.", "Talks", False),          # an episode
    ("Talks will resume in Geneva.", "Talks", False),                   # a future episode
    ("Reporters asked about complaints by the minister that China cheats.", "complaints",
     False),                                                            # its own author
    ("Sanctions imposed last week hurt the economy.", "Sanctions", False),  # its own clause
])
def test_anaphora_generic_bare_plurals(nlp: Any, text: str, word: str, expected: bool) -> None:
    tok = next(t for t in nlp(text) if t.text == word)
    assert generic(tok) is expected


@pytest.mark.slow
def test_anaphora_generic_plural_takes_no_earlier_roles(coder: Any) -> None:
    text = ("The United States imposed tariffs on China on Monday. Economists say that "
            "consumers are the primary victims of tariffs.")
    later = [e for e in coded(coder, text).events if e.sentence == 1 and e.plover == "SANCTION"]
    assert not later, [(e.trigger.text, e.source) for e in later]


# (sentence, whether it stays a threat)
WARNINGS = [
    ("Senator Ted Cruz warned that the incident could foreshadow a war with Iran.", False),
    ("Iran warned that the deal could collapse.", False),
    ("Blinken warned that new sanctions would follow within days.", True),
    ("China warned that the army could intervene in Hong Kong.", True),
    ("China warned that it could attack Taiwan.", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "threat"), WARNINGS)
def test_resolution_warning_of_a_risk_is_no_threat(coder: Any, text: str, threat: bool) -> None:
    assert ("THREATEN" in asserted_types(coder, text)) is threat


# (sentence, PLOVER type kept)
ATTACKS = [
    ("The Democrats attacked Trump's wife, children and businesses every day.", "ACCUSE"),
    ("The senator deflected Republican attacks on his loyalty and his career.", "ACCUSE"),
    ("Democrats attacked President Trump on Monday.", "ACCUSE"),
    ("Militants attacked the president's palace with rockets.", "ASSAULT"),
    ("Rebels attacked the governor's convoy near the city.", "ASSAULT"),
    ("Police attacked the senator's supporters with tear gas.", "ASSAULT"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), ATTACKS)
def test_review_verbal_attacks_on_people_and_between_politicians(coder: Any, text: str,
                                                                 plover: str) -> None:
    types = asserted_types(coder, text) & {"ACCUSE", "ASSAULT"}
    assert types == {plover}


# (sentence, whether a coercion is coded)
CLOSINGS = [
    ("Nearly 300 school districts in Kentucky closed because of the rally.", False),
    ("Schools in Tehran shut down after the protests.", False),
    ("Police closed the main square in Minsk on Sunday.", True),
    ("The main square in Minsk was closed by police on Sunday.", True),
    ("The government shut down the internet in Tehran.", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "coerced"), CLOSINGS)
def test_unaccusative_closing_by_itself_is_no_coercion(coder: Any, text: str,
                                                       coerced: bool) -> None:
    assert ("COERCE" in {e.plover for e in coded(coder, text).events}) is coerced


# (sentence, CAMEO root, modality)
AVOIDED = [
    ("France hesitated to send troops to Mali.", "07", "negated"),
    ("Germany refrained from sending weapons to Ukraine.", "07", "negated"),
    ("Russia avoided sending troops to Syria.", "07", "negated"),
    ("Beijing is balking at committing to a specific amount of purchases.", "03", "negated"),
    ("Russia is reluctant to send troops to Syria.", "07", "hypothetical"),
    ("Some White House advisers would like to see China agree to large purchases.", "03",
     "hypothetical"),
    ("Germany sent weapons to Ukraine.", "07", "asserted"),             # done
    ("China saw Russia agree to the deal.", "03", "asserted"),          # seen, not wished
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "modality"), AVOIDED)
def test_hedges_avoidance_reluctance_and_wishes(coder: Any, text: str, root: str,
                                                modality: str) -> None:
    events = [e for e in coded(coder, text).events if e.cameo_root == root]
    assert events and {e.modality for e in events} == {modality}


def _anchored(nlp: Any, event: Event, text: str) -> float:
    doc = nlp(text)
    return conf.features(event, conf.trigger_root(doc, event))["anchored"]


# (sentence, PLOVER type, source name word, whether it is anchored)
ANCHORED = [
    ("U.S. Defense Secretary Mark Esper accused China of using coercion.", "ACCUSE", "Esper",
     1.0),
    ("NATO's secretary general called on North Korea to abandon its weapons.", "REQUEST",
     "NATO", 1.0),
    ("Johnson and Corbyn attacked each other's policies on Brexit.", "ACCUSE", "Corbyn",
     0.0),                                                 # the target is the subject
    ("Officials urged the government to expand the military.", "REQUEST", "Officials", 0.0),
    ("The memo that Volker handed to Zelensky criticised Biden.", "ACCUSE", None, 0.0),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "word", "expected"), ANCHORED)
def test_confidence_anchored_needs_named_sides_found_by_the_parse(
        coder: Any, nlp: Any, text: str, plover: str, word: str | None,
        expected: float) -> None:
    events = [e for e in coded(coder, text).events if e.plover == plover and (
        word is None or (e.source is not None and word in e.source.text))]
    if expected:
        assert events and all(_anchored(nlp, e, text) == expected for e in events)
    else:
        assert all(_anchored(nlp, e, text) == 0.0 for e in events)
