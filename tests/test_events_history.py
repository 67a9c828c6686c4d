"""Background events: past-anchored clauses are historical and carry their own date; a date that
belongs to a noun does not date the clause. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events.history import older_than_a_year
from redline.model import Document

PUBLISHED = "2019-11-20"


def coded(coder: Any, text: str) -> Document:
    return coder.code_text(text, published=PUBLISHED)


@pytest.mark.parametrize(("value", "published", "older"), [
    ("2014", PUBLISHED, True),
    ("2018", PUBLISHED, True),
    ("2018-11", PUBLISHED, True),
    ("2018-12-05", PUBLISHED, False),
    ("2019-03", PUBLISHED, False),
    ("2019", PUBLISHED, False),
    ("2020", PUBLISHED, False),
    (None, PUBLISHED, False),
    ("2014", None, False),
    ("abcd", PUBLISHED, False),
])
def test_events_history_older_than_a_year(value: str | None, published: str | None,
                                          older: bool) -> None:
    assert older_than_a_year(value, published) is older


# (sentence, CAMEO root, expected modality, expected date prefix or None for no date)
HISTORY = [
    ("Residents fear Beijing is eroding the rights granted when Britain returned the territory"
     " to China.", "08", "historical", None),
    ("Revenue is far higher than before Washington began imposing tariffs on China.", "16",
     "historical", None),
    ("The shift started in 2014, when Germany's president urged a larger role for the"
     " country.", "02", "historical", "2014"),
    ("Israel seized the Golan Heights from Syria in the 1967 war.", "17", "historical", "1967"),
    ("France and Germany signed the treaty decades ago.", "05", "historical", None),
    ("Russia invaded Ukraine two years ago.", "19", "historical", None),
    ("Russia annexed Crimea in March 2014.", "19", "historical", "2014-03"),
    ("Turkey attacked Kurdish fighters in Syria on Monday.", "19", "asserted", "2019-11"),
    ("Trump met Kim at the 2018 summit in Singapore.", "04", "historical", "2018"),
    ("Ukrainian police fired tear gas at protesters when they marched on the parliament in"
     " Kyiv.", "14", "asserted", "2019-11-20"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "modality", "date"), HISTORY)
def test_events_history_background_clauses(coder: Any, text: str, root: str, modality: str,
                                           date: str | None) -> None:
    events = [e for e in coded(coder, text).events if e.cameo_root == root]
    assert events, text
    ev = events[0]
    assert ev.modality == modality
    if date is None:
        assert ev.date is None or ev.date_precision != "publication"
    else:
        assert ev.date and ev.date.startswith(date)


# a date inside a noun phrase does not date the event of the clause
NOUN_DATES = [
    "Sweden asked Britain on Tuesday to hand over the documents from 2010.",
    "Sweden asked Britain to hand over the 2010 documents.",
    "Sweden asked Britain to name the authors of the 2010 documents.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOUN_DATES)
def test_events_history_noun_dates_stay_with_the_noun(coder: Any, text: str) -> None:
    asks = [e for e in coded(coder, text).events if e.cameo_root == "02"]
    assert asks
    assert all(e.modality == "asserted" and not str(e.date).startswith("2010") for e in asks)


# (sentence, the verb, in a past tense) -- one past() for history and modality
PAST = [
    ("Britain handed the territory back.", "handed", True),
    ("The convoy was attacked near the border.", "attacked", True),
    ("Russia did attack the convoy.", "attack", True),
    ("Rebels were attacking the base.", "attacking", True),
    ("Rebels had attacked the base.", "attacked", True),
    ("Rebels have attacked the base.", "attacked", False),
    ("Rebels attack the base every night.", "attack", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "verb", "expected"), PAST)
def test_events_history_past_tense(nlp: Any, text: str, verb: str, expected: bool) -> None:
    from redline.events.history import past

    tok = next(t for t in nlp(text) if t.text == verb)
    assert past(tok) is expected


# (text, trigger, the date it carries): a date taken from a day named just before in the story
# ("Tuesday" is 2019-11-19) when it is 1-4 days before publication
BORROWED = [
    ("Johnson and Corbyn met in a televised debate on Tuesday. Corbyn criticized Johnson's "
     "Brexit plan.", "criticized", "2019-11-19"),
    ("The two leaders met in Paris on November 1. Macron criticized Merkel's Brexit plan.",
     "criticized", "2019-11-20"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "date"), BORROWED)
def test_events_history_undated_clauses_borrow_a_date(coder: Any, text: str, trigger: str,
                                                      date: str) -> None:
    dates = {e.date for e in coded(coder, text).events if e.trigger.text == trigger}
    assert dates == {date}, dates
