"""Roles in the constructions of real prose (issue 17): reports wrapping events, groups of
states and pairs named again, first-person speech in quotes, relative clauses, passives,
sector-only actors, event nouns named again. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events.sector_actors import story_country
from redline.model import Actor, Event
from tests.conftest import country_of

REPORTED = ("say", "predicted", "warned", "signalled")


def _events(coder: Any, text: str) -> list[Event]:
    return list(coder.code_text(text, published="2021-12-06").events)


def _find(events: list[Event], plover: str) -> Event:
    found = [e for e in events if e.plover == plover]
    assert found, [(e.plover, e.cameo) for e in events]
    return found[0]


@pytest.mark.slow
@pytest.mark.parametrize("verb", REPORTED)
def test_reports_wrapping_events_keep_the_reported_request(coder: Any, verb: str) -> None:
    that = "" if verb == "say" else " that"
    text = (f"Officials in Beijing {verb}{that} the president will demand assurances that "
            "Washington will stop arms sales to Taiwan.")
    event = _find(_events(coder, text), "REQUEST")
    assert (country_of(event.source), country_of(event.target)) == ("CHN", "USA")
    assert event.modality == "intended"
    assert country_of(event.attributed_to) == "CHN"


# (text, PLOVER type, source country, target country)
CASES: list[tuple[str, str, str | None, str | None]] = [
    # groups of states
    ("The West imposed sanctions on Russia.", "SANCTION", "WST", "RUS"),
    ("Western nations condemned Russia.", "ACCUSE", "WST", "RUS"),
    ("Western allies condemned Iran.", "ACCUSE", "WST", "IRN"),
    # a pair named again
    ("Armenia and Azerbaijan fought a war in 2020. Both countries accused each other of "
     "violating the truce.", "ACCUSE", "ARM", "AZE"),
    ("Russia and Ukraine held talks in Istanbul. The two sides agreed to a ceasefire.",
     "AGREE", "RUS", "UKR"),
    # first-person speech in a direct quote is the speaker's
    ("\"We strongly oppose violations by China,\" said Philippine President Rodrigo "
     "Duterte.", "ACCUSE", "PHL", "CHN"),
    ("\"I will not accept their ultimatum,\" Ukrainian President Volodymyr Zelensky said.",
     "REJECT", "UKR", None),
    ("Ukrainian President Volodymyr Zelensky spoke on Monday. \"Russia wants a surrender. "
     "I will not accept their ultimatum. We condemn the attacks,\" Zelensky said.", "REJECT",
     "UKR", "RUS"),
    # relative clauses: the antecedent acts
    ("The Taliban, who have refused to negotiate with Kabul, attacked the city.", "REJECT",
     "AFG", "AFG"),
    ("Japan condemned the nuclear test that North Korea conducted last night.", "ACCUSE",
     "JPN", "PRK"),
    # passives with and without agents
    ("Iranian officials were denied visas by the U.S.", "REJECT", "USA", "IRN"),
    ("Three opposition leaders were indicted by a grand jury in Moscow.", "ACCUSE", "RUS",
     None),
    ("Two French journalists were arrested in Iran on Monday.", "COERCE", "IRN", "FRA"),
    # a measure taking effect is imposed
    ("US tariffs on Chinese goods took effect on Sunday.", "SANCTION", "USA", "CHN"),
    ("New tariffs imposed by Washington on Chinese goods took effect on Sunday.", "SANCTION",
     "USA", "CHN"),
    ("Canada's sanctions against Russia came into force on Monday.", "SANCTION", "CAN", "RUS"),
    # sector-only actors take the story's country
    ("Kenya's government raised fuel prices. Kenya's unions were angry. Thousands of "
     "teachers went on strike over pay.", "PROTEST", "KEN", None),
    ("Protests spread across Kenya. In Kenya, police arrested dozens of protesters.",
     "COERCE", "KEN", "KEN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "src", "tgt"), CASES)
def test_prose_roles_found(coder: Any, text: str, plover: str, src: str | None,
                           tgt: str | None) -> None:
    event = _find([e for e in _events(coder, text) if e.asserted], plover)
    assert country_of(event.source) == src
    if tgt is not None:
        assert country_of(event.target) == tgt


@pytest.mark.slow
def test_anaphora_talks_named_again_take_the_earlier_parties(coder: Any) -> None:
    text = ("China and the United States held talks in Beijing on Monday. The talks, set to "
            "end on Tuesday, also cover security.")
    talks = [e for e in _events(coder, text) if e.trigger.text == "talks"]
    assert talks and {country_of(talks[0].source), country_of(talks[0].target)} == {"CHN", "USA"}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "A meeting was held on Monday.",                      # no earlier event, no actor
    "Teachers went on strike over pay.",                  # no state in the story: no country
    "The new law took effect on Monday.",                 # a law is no sanction
])
def test_prose_roles_leave_unknown_parties_out(coder: Any, text: str) -> None:
    assert all(e.source is None or e.source.country is None for e in _events(coder, text))


def _state(country: str, start: int) -> Actor:
    return Actor(country, start, start + 3, country, country, country, None, "state")


@pytest.mark.parametrize(("countries", "expected"), [
    (["KEN", "KEN", "UGA"], "KEN"),          # named most, in at least half of the mentions
    (["KEN"], None),                          # once is not a story
    (["USA", "USA", "RUS", "SYR", "CHN"], None),  # no state dominates
    ([], None),
])
def test_sector_actors_story_country(countries: list[str], expected: str | None) -> None:
    actors = [_state(c, 10 * i) for i, c in enumerate(countries)]
    assert story_country(actors) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "pronoun", "kind"), [
    ("\"I will not accept their ultimatum,\" Ukrainian President Volodymyr Zelensky said.",
     "I", "person"),
    ("\"We strongly oppose violations by China,\" said Philippine President Rodrigo Duterte.",
     "We", "state"),
])
def test_first_person_pronouns_in_a_quote_are_the_speaker(coder: Any, text: str, pronoun: str,
                                                         kind: str) -> None:
    sources = [e.source for e in _events(coder, text) if e.source is not None]
    assert any(s.text == pronoun and s.kind == kind for s in sources), sources


STORY = "Egypt's government raised prices in Egypt on Monday. "


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Workers staged a sit-in outside the ministry.",
    "Teachers went on strike.",
    "Thousands of students marched to parliament.",
    "Protesters blocked roads in the capital.",
    "Activists staged a demonstration outside the embassy of Russia.",
    "The protests spread to the south on Tuesday.",          # an event noun with no actor
])
def test_protests_of_every_kind_are_the_story_country_s_people(coder: Any, text: str) -> None:
    event = _find([e for e in _events(coder, STORY + text) if e.asserted], "PROTEST")
    assert country_of(event.source) == "EGY"


@pytest.mark.slow
def test_prose_roles_documents_hold_the_schema(coder: Any) -> None:
    from redline.schema import validation_errors

    text = (STORY + "Teachers went on strike. \"We will not accept their ultimatum,\" said "
            "Egyptian Prime Minister Mostafa Madbouly. The two sides met on Friday.")
    doc = coder.code_text(text, published="2021-12-06")
    assert doc.events
    assert validation_errors(doc.to_dict()) == []
