"""A month named as a noun's modifier after a determiner dates that noun (issue 16m)."""

from __future__ import annotations

import pytest
import spacy

from redline.dates import find_dates

NLP = spacy.blank("en")
PUBLISHED = "2021-12-06"


def _dates(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {d.text: (d.value, d.precision) for d in find_dates(NLP(text), published=PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He witnessed a key September conversation.", {"September": ("2021-09", "month")}),
        ("Voters cast ballots in the November election.", {"November": ("2021-11", "month")}),
        ("She recalled an October TV interview.", {"October": ("2021-10", "month")}),
        ("Leaders prepare for a February summit.", {"February": ("2022-02", "month")}),
        ("They met at their June meeting in Geneva.", {"June": ("2021-06", "month")}),
        # a name between the month and its noun is no name of the month's (review r12-ra)
        ("Officials recalled the December Kremlin meeting.", {"December": ("2021-12", "month")}),
        ("Rioters stormed the building in the January Capitol riot.",
         {"January": ("2021-01", "month")}),
    ],
)
def test_dates_attributive_month_is_found(
    text: str, expected: dict[str, tuple[str, str]]
) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He criticized the May government.",  # a name, not a month
        "She joined the March on Washington.",  # a month-like noun before a function word
        "The September of that year was dry.",
        "He met them in a room.",
        # a month in a name (review r12-ra): no date of this year
        "Lenin led the October Revolution in Russia.",
        "They toured the August Palace.",
        "It began with the February Revolution.",
    ],
)
def test_dates_attributive_month_needs_a_noun_after_it(text: str) -> None:
    assert _dates(text) == {}


def test_dates_attributive_month_span_is_the_month_alone() -> None:
    text = "They held a key September conversation."
    (found,) = find_dates(NLP(text), published=PUBLISHED)
    assert text[found.start : found.end] == "September"


def test_dates_day_of_month_still_wins() -> None:
    assert _dates("He described the July 10 meeting.") == {"July 10": ("2021-07-10", "day")}
