"""A state's name before an adviser's or envoy's title is their subject, not their employer;
a person of no known country in a one-state story is that state's (loads spaCy: slow)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors

pytestmark = pytest.mark.slow
DATE = "2019-11-19"


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # a curated row since the fifth round: she left the NSC in July 2019, so a former
        # official (ELI) of the United States, not Russia's
        ("Former White House Russia adviser Fiona Hill testified on Friday.", "Fiona Hill",
         "USAELI"),
        ("The State Department's Iran envoy Brian Hook spoke in Oslo.", "Brian Hook", "USAGOV"),
        ("Iran envoy Brian Hook spoke in Oslo.", "Brian Hook", "---GOV"),
        # a demonym, a possessive and a head of state keep their country
        ("Russian adviser Ivan Petrov spoke in Oslo.", "Ivan Petrov", "RUSGOV"),
        ("Ukraine President Volodymyr Zelenskiy spoke in Oslo.", "Volodymyr Zelenskiy",
         "UKRGOV"),
    ],
)
def test_actors_topics_country_of_the_subject(nlp: Any, text: str, word: str,
                                              code: str) -> None:
    found = [a for a in resolve_actors(nlp(text), published=DATE) if a.text.endswith(word)]
    assert found and found[0].code == code, found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Former White House Russia adviser Helen Marsh testified on Friday. Russia was angry, "
         "said Marsh, who spoke for hours.", "USAGOV"),
        ("White House Russia adviser Helen Marsh spoke in Oslo on Monday. \"Moscow is angry,\" "
         "said Marsh, who left the job in July.", "USAGOV"),
    ],
)
def test_actors_topics_named_again_keeps_the_employer(nlp: Any, text: str, code: str) -> None:
    """The surname named again takes the first mention's corrected country, not the subject's."""
    people = [a for a in resolve_actors(nlp(text), published=DATE) if a.kind == "person"]
    assert len(people) >= 2 and {a.code for a in people} == {code}, people


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # the story is about Austria: an unknown minister is Austria's
        ("Austria's interior minister spoke in Vienna. Austria will sell the house. "
         "Interior Minister Karl Hubmer said the police would move in.", "Karl Hubmer",
         "AUTGOV"),
        # two states, none dominant: no country is guessed
        ("Austria, Hungary and Germany met in Rome. Interior Minister Karl Hubmer said the police "
         "would move in.", "Karl Hubmer", "---GOV"),
    ],
)
def test_actors_topics_story_country_for_stateless_people(nlp: Any, text: str, word: str,
                                                          code: str) -> None:
    found = [a for a in resolve_actors(nlp(text), published=DATE) if a.text.endswith(word)]
    assert found and found[0].code == code, found
