"""Sources and targets of events on constructions met in real news (issue 18, article
gold): the party a person serves, "between" before a place, and others. Sentences written
by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, country_of

# (sentence, CAMEO prefix, source country, target country); None: no actor on that side
CODED: list[tuple[str, str, str | None, str | None]] = [
    # an impeachment is aimed at the own head, a veto of a bill at the own legislature
    ("Senator Ann Lowe's impeachment inquiry began in Washington.", "09", "USA", "USA"),
    ("Brazilian lawmakers narrowed their impeachment inquiry to the Paraguay deal.", "09",
     "BRA", "BRA"),
    ("President Emmanuel Macron threatened to veto the bill on pensions.", "13", "FRA",
     "FRA"),
]

# (sentence, CAMEO prefix, target code): the sector the implicit target takes
IMPLICIT: list[tuple[str, str, str | None]] = [
    ("Senator Ann Lowe's impeachment inquiry began in Washington.", "09", "USAGOV"),
    ("President Emmanuel Macron threatened to veto the bill on pensions.", "13", "FRALEG"),
    ("Russia vetoed the resolution in the council.", "12", None),  # no bill of its own
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CODED)
def test_events_actor_sides_coded(nlp: Any, text: str, prefix: str, src: str | None,
                                  tgt: str | None) -> None:
    found = [(country_of(e.source), country_of(e.target)) for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix)]
    assert (src, tgt) in found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "code"), IMPLICIT)
def test_events_actor_sides_implicit_target(nlp: Any, text: str, prefix: str,
                                            code: str | None) -> None:
    found = [e.target.code if e.target else None for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix)]
    assert found and found[0] == code, found


# (sentence, CAMEO prefix, target code): an implicit target is named by no words of the text:
# empty text and a zero-width span at the source's start, not a copy of the source's words
UNNAMED: list[tuple[str, str, str]] = [
    ("Nigerian police fired tear gas on Sunday.", "17", "NGA"),
    ("Chilean unions called off the strike on Monday.", "08", "CHLGOV"),
    ("Senator Ann Lowe's impeachment inquiry began in Washington.", "09", "USAGOV"),
    ("President Emmanuel Macron threatened to veto the bill on pensions.", "13", "FRALEG"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "code"), UNNAMED)
def test_events_actor_sides_implicit_target_has_no_words(nlp: Any, text: str, prefix: str,
                                                         code: str) -> None:
    event = next(e for e in asserted_events(nlp, text) if e.cameo.startswith(prefix))
    assert event.target is not None and event.source is not None
    assert (event.target.code, event.target.text) == (code, "")
    assert event.target.start == event.target.end == event.source.start
