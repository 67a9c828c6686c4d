"""Bare surnames on real pages (issue 18, r11-18). A surname a weak bearer shares (a common
family name) is read as its strong bearer only while that bearer is in office ("Sanders" in a
2016 headline is not Sarah Sanders, press secretary from 2017); a surname inside another
proper name is nobody's ("told The Hill", "Roe v. Wade", "Condé Nast Traveller", "Glenn Harlan
Reynolds"); "Hill" and "Williams" are weak."""

from __future__ import annotations

from typing import Any

import pytest


def _people(nlp: Any, text: str, date: str) -> dict[str, str]:
    from redline.actors import resolve_actors

    return {a.text: a.name for a in resolve_actors(nlp(text), published=date)
            if a.kind == "person"}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "surname"), [
    ("Clinton and Sanders face the voters in New Hampshire.", "2016-02-01", "Sanders"),
    ("Reynolds said the budget would pass.", "2016-06-01", "Reynolds"),  # Albert: 1992-1994
    ("Seth McKee, a political scientist, told The Hill that turnout would fall.",
     "2016-08-19", "Hill"),
    ("She is an outspoken supporter of Roe v. Wade.", "2016-02-07", "Wade"),
    ("From The New York Times to Condé Nast Traveller, outlets covered it.", "2019-10-01",
     "Condé"),
    ("Williams said the talks would resume.", "2021-01-10", "Williams"),
])
def test_actors_surnames_read_as_nobody(nlp: Any, text: str, date: str, surname: str) -> None:
    assert surname not in _people(nlp, text, date)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "surname", "name"), [
    ("Blair said the war was right.", "2005-06-01", "Blair", "Tony Blair"),  # in office
    ("Senator Bernie Sanders spoke in Iowa. Sanders said the bill would pass.", "2016-02-01",
     "Sanders", "Bernie Sanders"),
    ("Fiona Hill testified on Monday. Hill said the aid was withheld.", "2019-11-21", "Hill",
     "Fiona Hill"),
    ("Rudolph W. Giuliani, the former mayor, spoke. Giuliani said the party would unite.",
     "2016-08-18", "Giuliani", "Rudy Giuliani"),
    ("Glenn Harlan Reynolds, a law professor, wrote that Obama erred.", "2016-07-07", "Obama",
     "Barack Obama"),
    ("Defense Secretary Carter visited Kabul.", "2016-03-01", "Defense Secretary Carter",
     "Ash Carter"),  # a title's word before the surname is no other name
    # a capital "The" opening a quote or after a colon opens a sentence, no title
    ('"The Trump campaign lied to voters," Clinton said.', "2016-05-01", "Trump",
     "Donald Trump"),
    ("His verdict: The Obama plan failed.", "2016-05-01", "Obama", "Barack Obama"),
    # a title-case headline: capitalised words say nothing
    ("Ted Cruz Hints Trump Would Get Border Wall Contract", "2016-02-07", "Trump",
     "Donald Trump"),
])
def test_actors_surnames_still_read(nlp: Any, text: str, date: str, surname: str,
                                    name: str) -> None:
    assert _people(nlp, text, date).get(surname) == name
