""""this weekend" with a past-tense verb on a weekday is the weekend just gone, not the
coming one (``dates_rules.r_rel_period``, r16-16d). The blank pipeline has no parse, so the
tense comes from the words around the phrase. Sentences written by us."""

from __future__ import annotations

import pytest
import spacy

from redline.dates import find_dates

NLP = spacy.blank("en")


def _value(text: str, published: str) -> str | None:
    (found,) = [d for d in find_dates(NLP(text), published=published) if "weekend" in d.text]
    return found.value


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Monday 2019-11-18 and Wednesday 2019-11-20: the weekend of 16-17 November
        ("Troops cleared barricades this weekend.", "2019-11-18", "2019-11-16"),
        ("Police arrested two protesters this weekend.", "2019-11-20", "2019-11-16"),
        # a future, and a past verb read on the weekend itself: this weekend
        ("Protesters will march this weekend.", "2019-11-18", "2019-11-23"),
        ("Police arrested two protesters this weekend.", "2019-11-17", "2019-11-16"),
    ],
)
def test_dates_past_weekend(text: str, published: str, expected: str) -> None:
    assert _value(text, published) == expected
