"""Bare surnames after titles and after a full name (ninth-round review, findings 1-4).

A "~"-marked weak surname is not lifted by an honorific alone; a rank prefers holders who fit
it but drops no one when none fits, and fits a head of state or government; a title's role
picks its one holder over someone named earlier; a weak surname used as an ordinary word or a
title ('The Shah of Iran') is not the person named before."""

from __future__ import annotations

from typing import Any

import pytest


def _found(nlp: Any, text: str, date: str) -> dict[str, str]:
    from redline.actors import resolve_actors

    return {a.text: a.name for a in resolve_actors(nlp(text), published=date)}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "word"), [
    ("Mr. Davis said the bridge would be rebuilt.", "2022-06-01", "Mr. Davis"),
    ("Dr. Henry said the patient was stable.", "2022-06-01", "Dr. Henry"),
    ("Mr. Little said the park would reopen.", "2022-06-01", "Mr. Little"),
    ("Ms. Smith said the school had failed its pupils.", "2008-06-01", "Ms. Smith"),
    ("Amit Shah visited Kashmir. The Shah of Iran was deposed in 1979.", "2022-06-01", "Shah"),
    ("The port was shelled, Ronen Bar said. Bar owners in Tel Aviv closed early.",
     "2022-06-01", "Bar"),
])
def test_mentions_weak_titles_no_person(nlp: Any, text: str, date: str, word: str) -> None:
    assert word not in _found(nlp, text, date)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "mention", "name"), [
    ("General Burhan said the army would hand over power.", "2022-06-01", "General Burhan",
     "Abdel Fattah al-Burhan"),
    ("General Kelly said the president was angry.", "2018-06-01", "General Kelly",
     "John Kelly"),
    ("Opposition leader Netanyahu said the government would fall.", "2021-10-01",
     "Opposition leader Netanyahu", "Benjamin Netanyahu"),
    ("Colonel Gaddafi said the rebels would be crushed.", "2011-03-01", "Colonel Gaddafi",
     "Muammar Gaddafi"),
    ("Florida Governor Jeb Bush met reporters in Miami. President Bush said the war in Iraq "
     "was going well.", "2003-06-01", "President Bush", "George W. Bush"),
    ("Irish Prime Minister Simon Harris met Biden. Harris said the talks went well. Vice "
     "President Harris said she agreed.", "2024-06-01", "Vice President Harris",
     "Kamala Harris"),
    ("Mr. Johnson said the deal was done.", "2022-06-01", "Mr. Johnson", "Boris Johnson"),
])
def test_mentions_weak_titles_person(nlp: Any, text: str, date: str, mention: str,
                                     name: str) -> None:
    assert _found(nlp, text, date).get(mention) == name
