"""People named again (surname, "the president", "they", a home town): actors/repeats.py
(loads spaCy: slow)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors

pytestmark = pytest.mark.slow
DATE = "2019-11-19"


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # a surname named again alone, then a pronoun after it
        ("U.S. Ambassador Gordon Sondland testified on Monday. Later Sondland said he had "
         "spoken with the minister.", "Sondland", "USAGOV"),
        ("U.S. Ambassador Gordon Sondland testified on Monday. Later Sondland said he had "
         "spoken with the minister.", "he", "USAGOV"),
        # a titled surname later in the text is the person named first, not its sentence's
        ("U.S. Ambassador Gordon Sondland testified. Ambassador Sondland told Zelensky's aides "
         "that Kyiv must act.", "Ambassador Sondland", "USAGOV"),
        ("Defence Minister Karl Lepik of Estonia spoke in Tallinn. Lepik said the cable was "
         "cut.", "Lepik", "ESTMIL"),
    ],
)
def test_actors_repeats_surname_is_the_person_named_first(nlp: Any, text: str, word: str,
                                                          code: str) -> None:
    found = [a for a in resolve_actors(nlp(text), published=DATE) if a.text == word]
    assert found and found[-1].code == code


def test_actors_repeats_another_given_name_is_someone_else(nlp: Any) -> None:
    text = ("Ambassador Gordon Sondland testified. His brother Peter Sondland, a banker, "
            "said nothing.")
    found = [a for a in resolve_actors(nlp(text), published=DATE)
             if a.text.endswith("Peter Sondland")]
    assert not found or found[0].code != "USAGOV"


def test_actors_repeats_the_president_is_the_one_named_most(nlp: Any) -> None:
    text = ("President Donald Trump spoke on Monday. Trump said he had called the president "
            "of Ukraine about his plan. Critics faulted the president's call.")
    found = [a for a in resolve_actors(nlp(text), published=DATE) if a.text == "president"]
    assert found and found[-1].name == "Donald Trump", found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "they": the actor named by a plural noun, not the state named last
        ("Nearly 150 Indians returned home after entering the United States illegally. "
         "As they stepped outside the airport, they looked sad.", "IND"),
        ("Ukrainian officials said they disagreed.", "UKRGOV"),
    ],
)
def test_actors_repeats_they_is_the_plural_actor(nlp: Any, text: str, code: str) -> None:
    found = [a for a in resolve_actors(nlp(text), published=DATE) if a.text == "they"]
    assert found and found[0].code == code, found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a person the article places by a home town or country is that state's civilian
        ("Maria Lopez, 45, of Caracas, said she was afraid.", "VENCVL"),
        ("Ravi Kumar, from Delhi, said the police beat him.", "INDCVL"),
    ],
)
def test_actors_repeats_hometown_gives_the_country(nlp: Any, text: str, code: str) -> None:
    name = text.split(",")[0]
    found = [a for a in resolve_actors(nlp(text), published=DATE) if a.text == name]
    assert found and found[0].code == code, found


def test_actors_repeats_a_body_is_no_hometown(nlp: Any) -> None:
    text = "Ahmed Ali, of the Syrian army, said he was afraid."
    found = [a for a in resolve_actors(nlp(text), published=DATE) if a.text == "Ahmed Ali"]
    assert not found or found[0].code != "SYRCVL", found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a place travelled through is no antecedent: the state named as an actor is
        ("Rahul Verma said he paid an agent to help him enter the US. \"He sent me to Mexico "
         "via Moscow and Paris. They caught me at the border,\" he said.", "USA"),
    ],
)
def test_actors_repeats_they_is_no_place_travelled(nlp: Any, text: str, code: str) -> None:
    found = [a for a in resolve_actors(nlp(text), published=DATE) if a.text == "They"]
    assert found and found[0].code == code, found
