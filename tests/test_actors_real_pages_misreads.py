"""Misreads found on real pages outside the gold (issue 18, r11-18): a Phoenix armed group
named by a day or date ("Black Friday", "17 November", "May 15") is a day in running text; a
US state's postal code after a town ("Allentown, PA") is an address, not the Palestinian
Authority; an expert at a non-state body is that body's ("a senior fellow at the Brookings
Institution": USAEDU); US unions and advocacy bodies head their officers' codes ("AFL-CIO
President X": USALAB)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("name", "calendar"), [
    ("BLACK FRIDAY", True), ("17 NOVEMBER", True), ("MAY 15", True), ("21 JUNE", True),
    ("BLACK DECEMBER", True),
    # a group's name going on with more words, and names with no day or month, stay
    ("APRIL 19 MOVEMENT", False), ("BLACK SEPTEMBER ORGANIZATION", False),
    ("23RD OF SEPTEMBER COMMUNIST LEAGUE", False), ("HAMAS", False), ("BLACK HAND", False),
])
def test_actors_background_calendar_names(name: str, calendar: bool) -> None:
    from redline.actors.background import calendar_name

    assert calendar_name(tuple(name.split())) is calendar


def _codes(nlp: Any, text: str, date: str = "2016-06-10") -> dict[str, str]:
    from redline.actors import resolve_actors

    return {a.text: a.code for a in resolve_actors(nlp(text), published=date)}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "absent"), [
    ("Black Friday deals are live on laptops.", "Black Friday"),
    ("The show runs June 26 at the PPL Center, Allentown, PA, and June 27 in Camden, NJ.", "PA"),
    ("Visit the horse show in Harrisburg, PA, in October.", "PA"),
    # a list that goes on with a US state or a US town is of US places, not of parties (r14-18)
    ("Officials from Lebanon, PA, and Ohio met on Tuesday.", "PA"),
    ("Officials from Lebanon, PA, and Ohio met on Tuesday.", "Lebanon"),
    ("Fans came from Moscow, PA, and Camden, NJ.", "PA"),
    ("Fans came from Jordan, PA, and New Jersey.", "Jordan"),
    # a state's or capital's name before a US state is a US town
    ("Students in Moscow, Idaho, protested the fees.", "Moscow"),
    ("Voters in Lebanon, Ohio, were angry.", "Lebanon"),
    ("A fair in Mexico, Mo., opened on Friday.", "Mexico"),
    ("A fair in Mexico, Mo., and a rodeo in Texas opened.", "Mexico"),  # a town's list
])
def test_actors_real_pages_no_actor(nlp: Any, text: str, absent: str) -> None:
    assert absent not in _codes(nlp, text, "2019-11-20")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "phrase", "code"), [
    # people of the countries' lists whose given name is a day or month keep their names
    ("Sunday Nkonde criticised the opposition.", "2004-05-01", "Sunday Nkonde", "ZMBGOV"),
    ("Friday Jumbe criticised the opposition.", "2004-05-01", "Friday Jumbe", "MWIGOV"),
])
def test_actors_background_people_named_by_a_day(nlp: Any, text: str, date: str, phrase: str,
                                                 code: str) -> None:
    assert _codes(nlp, text, date).get(phrase) == code


@pytest.mark.slow
@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("The PA said Israel must stop building.", "PA", "PSEGOV"),  # the Authority stays
    ("Moscow, Washington and Beijing disagreed on the plan.", "Moscow", "RUS"),
    # a state's name going on a list: the name before it is a member, no town
    ("Israel, Texas and Florida signed a water deal.", "Israel", "ISR"),
    ("Officials from Mexico, New Mexico or Arizona may attend.", "Mexico", "MEX"),
    # a code after a state's name with the list going on is a party, not a town's state
    ("Leaders of Israel, PA and Jordan met in Aqaba.", "PA", "PSEGOV"),
    ("Israel, PA and Jordan signed the water accord.", "Israel", "ISR"),
    ("Envoys from Egypt, PA, Jordan and Qatar met on Sunday.", "PA", "PSEGOV"),
    ('"The deal is bad," said Michael Hanlon, a senior fellow at the Brookings Institution.',
     "Michael Hanlon", "USAEDU"),
    ("Jane Doe, a professor at Yale University, criticized the plan.", "Jane Doe", "USAEDU"),
    ("Bob Roe, an economist at Goldman Sachs, said rates would rise.", "Bob Roe", "USABUS"),
    # the post's field before the body ("of law", "of history")
    ("Jane Doe, a professor of law at Yale University, criticized the plan.", "Jane Doe",
     "USAEDU"),
    ("Ann Lee, a professor of history at Moscow State University, said so.", "Ann Lee",
     "RUSEDU"),
    ("AFL-CIO President Richard Trumka issued a memo.", "AFL-CIO President Richard Trumka",
     "USALAB"),
    ('"We won," CWA President Chris Shelton said.', "CWA President Chris Shelton", "USALAB"),
])
def test_actors_real_pages_codes(nlp: Any, text: str, phrase: str, code: str) -> None:
    assert _codes(nlp, text).get(phrase) == code


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Ann Lee, a professor at Moscow's university, said so.",  # a state's city: no body
    "Ken Poe, an analyst at the State Department, said so.",  # a state body: no expert post
    "Ken Poe, an analyst at the State Department in Washington, said so.",
])
def test_actors_real_pages_expert_at_state_not_coded(nlp: Any, text: str) -> None:
    name = text.split(",")[0]
    assert name not in _codes(nlp, text)
