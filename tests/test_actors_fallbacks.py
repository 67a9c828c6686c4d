"""Resolution rules for wire copy of the 1980s-2000s: misspelt state names, titles on the
wrong date, "the X administration", shared demonyms, "anti-X", unknown officials placed by
their sentence, peoples named by where they live, and pronouns that point at the clause's
subject. Sentences written by us (slow: spaCy)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors
from redline.actors.fuzzy import one_edit

pytestmark = pytest.mark.slow

DATE = "2000-01-01"


def _codes(nlp: Any, text: str, date: str = DATE) -> dict[str, str]:
    return {a.text: a.code for a in resolve_actors(nlp(text), published=date)}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a misspelt state name: one edit from one state's name or demonym
        ("Ethopia agreed to reopen the border.", "Ethopia", "ETH"),
        ("Pakistan rejected an offer from Afganistan on Monday.", "Afganistan", "AFG"),
        ("The Phillippines army shelled the camp.", "Phillippines army", "PHLMIL"),
        ("The Ghanian government protested.", "Ghanian government", "GHAGOV"),
        # a title the person held at another time than the article's date
        ("President Bush threatened new measures against Cuba.", "President Bush", "USAGOV"),
        # the government of a leader's country, whenever the leader led it
        ("The Bush administration rejected the plan.", "Bush administration", "USAGOV"),
        # a demonym two states share: the document decides, else the preferred one
        ("A camp for Congolese refugees was shelled.", "Congolese refugees", "CODREF"),
        ("Congolese soldiers in Brazzaville mutinied.", "Congolese soldiers", "COGMIL"),
        # a capital that is also another state's city
        ("Militias clashed in Tripoli, the main port of north Lebanon.", "Tripoli", "LBN"),
        ("Libyan officials met in Tripoli.", "Tripoli", "LBY"),
        # an unknown official takes the one state the sentence names
        ("Judge Maria Okonkwo ordered the release of 12 Kenyan students.", "Judge Maria Okonkwo",
         "KENJUD"),
        ("President Tomas Verlaine imposed a curfew in Algiers.", "President Tomas Verlaine",
         "DZAGOV"),
        ("Interior Minister Jaspal Rendor banned the rally in Lahore.",
         "Interior Minister Jaspal Rendor", "PAKGOV"),
        # a people named by where they live
        ("The Hungarians of northern Serbia demanded schools.", "Hungarians of northern Serbia",
         "SRBETH"),
        # a generic peacekeeping force with no state named
        ("Rebels opposed the arrival of a peacekeeping force.", "peacekeeping force", "IGO"),
        # "they" in a reported clause: the reporting verb's subject
        ("Kurdish rebels rejected a Turkish offer and said they would fight on.", "they",
         "TURREB"),
        # a named news outlet with no country of its own takes the state named before it
        ("Kenya's government closed the newspaper Daily Nation.", "newspaper Daily Nation",
         "KENMED"),
        ("Police in Turkey raided the opposition newspaper Zaman.", "newspaper Zaman", "TURMED"),
        # "pro-X" names a patron; the group's own name codes it
        ("Pro-Iranian Hezbollah fighters fired rockets.", "Hezbollah fighters", "LBNREB"),
    ],
)
def test_actors_fallbacks_codes(nlp: Any, text: str, mention: str, code: str) -> None:
    assert _codes(nlp, text).get(mention) == code, _codes(nlp, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # names one edit from a state's, which are people or known places
        ("Roland met Angela in Columbia.", "ARG"),
        ("Roland met Angela in Columbia.", "COL"),
        ("Farmers in Indiana protested.", "IND"),
        ("Frances Okafor spoke.", "FRA"),
        # an ordinary word at the start of a sentence
        ("Hungry crowds looted shops.", "HUN"),
        # a word one letter short of a state's name at its start is a word ('Inland')
        ('A sign read, "The Inland Empire supports the plan."', "FIN"),
        # short names are never matched fuzzily
        ("Omar visited Mali.", "OMN"),
        # "anti-X" says what they oppose, not who they are
        ("An anti-Syrian journalist was shot.", "SYR"),
        # "pro-X" says whom they back, not who they are
        ("Pro-Iranian militants attacked a base in Iraq.", "IRN"),
        ("Pro-Russian separatists shelled the town.", "RUS"),
        # an unnamed newspaper is no actor
        ("Kenya's government closed the newspaper on Monday.", "KENMED"),
        # a state's own troops are not a generic force
        ("Nigerian peacekeeping troops arrived.", "IGO"),
    ],
)
def test_actors_fallbacks_no_false_match(nlp: Any, text: str, absent: str) -> None:
    codes = _codes(nlp, text)
    assert not any(c.startswith(absent) for c in codes.values()), codes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("ethopia", "ethiopia", True), ("quatar", "qatar", True), ("sweeden", "sweden", True),
     ("kenya", "kneya", True), ("poland", "poland", False), ("ghana", "ghanaian", False),
     ("austria", "australia", False)],
)
def test_actors_fallbacks_one_edit(a: str, b: str, expected: bool) -> None:
    assert one_edit(a, b) is expected
    assert one_edit(b, a) is expected
