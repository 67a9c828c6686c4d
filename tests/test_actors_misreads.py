"""Words the text says are something else than the lexicon read (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # Juan Carlos Jobet is a Chilean (on this date a former) minister, not King Juan Carlos
        ("Chilean minister Juan Carlos Jobet said the talks had failed.", "ESP", "CHL"),
        # particles and suffixes do not lengthen a name
        ("Crown Prince Mohammed bin Salman Al Saud met the envoy.", None, "SAU"),
        ("Joe Biden Jr. spoke on Monday.", None, "USAGOV"),
    ],
)
def test_misreads_longer_name_is_someone_else(nlp: Any, text: str, absent: str | None,
                                               present: str) -> None:
    codes = [a.code for a in resolve_actors(nlp(text), published="2022-04-01")]
    assert any(c.startswith(present) for c in codes)
    assert absent is None or not any(c.startswith(absent) for c in codes)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Russia's English-language network was banned.", "GBR"),  # a language
        ("The rally in Austin drew hundreds of teachers.", "USA"),  # a city, not Lloyd Austin
        ("Attorney General Jane Whitfield sued the company.", "---MIL"),  # no general
        # a name before "rules" after a preposition names a rule, not the body
        ("The officials spoke under Chatham House rules about the war.", "GBR"),
        ("The talks were held under the Chatham House Rule.", "GBR"),
    ],
)
def test_misreads_not_the_lexicon_reading(nlp: Any, text: str, absent: str) -> None:
    codes = [a.code for a in resolve_actors(nlp(text), published="2021-06-01")]
    assert not any(c.startswith(absent) for c in codes)


@pytest.mark.parametrize("text", [
    "Chatham House rules out a merger with the institute.",  # the body as a subject
    "Chatham House said the war would last.",
])
def test_misreads_rule_words_keep_the_body_as_subject(nlp: Any, text: str) -> None:
    codes = [a.code for a in resolve_actors(nlp(text), published="2022-01-01")]
    assert "GBREDU" in codes


@pytest.mark.parametrize(("text", "present"), [
    # a state's or a group's rule is its governance: the actor stays
    ("Crowds demanded independence from Indonesian rule.", "IDN"),
    ("Women suffered under Taliban rule for years.", "AFG"),
])
def test_misreads_governing_rule_keeps_the_actor(nlp: Any, text: str, present: str) -> None:
    codes = [a.code for a in resolve_actors(nlp(text), published="2000-01-01")]
    assert any(c.startswith(present) for c in codes), codes


def test_misreads_keeps_the_person_and_the_demonym(nlp: Any) -> None:
    text = "Defense Secretary Lloyd Austin met English officials in Tokyo."
    codes = [a.code for a in resolve_actors(nlp(text), published="2021-06-01")]
    assert "USAMIL" in codes and "GBRGOV" in codes


def test_misreads_place_surname_keeps_the_place(nlp: Any) -> None:
    """"in Lagos": not Ricardo Lagos, but still the Nigerian city."""
    actors = resolve_actors(nlp("Students rallied in Lagos on Thursday."),
                            published="2000-01-01")
    assert [(a.text, a.country) for a in actors if a.text == "Lagos"] == [("Lagos", "NGA")]


@pytest.mark.parametrize(
    ("text", "date", "absent", "present"),
    [
        # a known surname as the given name of an unknown name the tagger calls an organisation
        ("Analyst Volker Kessler met Sudanese generals on Monday.", "2019-06-01", "USA", "SDN"),
        # a known surname before a known name or a common noun stays its bearer
        ("The Biden White House said on Monday it would act.", "2022-06-01", None, "USAGOV"),
        ("The Trump administration imposed tariffs on China.", "2019-06-01", None, "USAGOV"),
        ("Sondland told Volker that Zelenskiy had agreed.", "2019-06-01", None, "UKRGOV"),
    ],
)
def test_misreads_surname_as_given_name_of_unknown(nlp: Any, text: str, date: str,
                                                   absent: str | None, present: str) -> None:
    codes = [a.code for a in resolve_actors(nlp(text), published=date)]
    assert any(c.startswith(present) for c in codes)
    assert absent is None or not any(c.startswith(absent) for c in codes)
