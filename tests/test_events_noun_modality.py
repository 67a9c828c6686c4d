"""Event nouns told as still to come are not asserted news (events/noun_modality.py).
Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events

# (sentence, CAMEO prefix): a noun event still to come, so no asserted event of that kind
TO_COME: list[tuple[str, str]] = [
    ("The upcoming talks between Iran and Oman worry Israel.", "04"),
    ("The scheduled meeting between Kenya and Somalia worried Ethiopia.", "04"),
    # a clause that schedules the event or tells it taking place later
    ("Talks between Kenya and Somalia will begin on Monday.", "04"),
    ("Talks between Kenya and Somalia are scheduled to begin on Monday.", "04"),
    ("A meeting between Kenya and Somalia is due on Monday.", "04"),
    # a frame that leaves the event open or denies it
    ("The threat of sanctions against Russia worried investors.", "16"),
    ("Hopes for talks between Iran and Oman faded.", "04"),
    ("Kenya and Somalia ended the year without talks between Kenya and Somalia.", "04"),
    ("The lack of talks between Iran and Oman worried Israel.", "04"),
]

# (sentence, CAMEO prefix): the same nouns told as done stay asserted
DONE: list[tuple[str, str]] = [
    ("The talks between Iran and Oman worried Israel.", "04"),
    ("Reporters described the meeting between Kenya and Somalia.", "04"),
    ("Talks between Kenya and Somalia began on Monday.", "04"),
    # "set" with an object is something the talks did, not a schedule
    ("The talks between Kenya and Somalia set a deadline.", "04"),
]

# (sentence, CAMEO prefix): an event under way that someone means to end took place
UNDER_WAY: list[tuple[str, str]] = [
    ("China has the power to end Hong Kong unrest.", "14"),
    ("Russia wants to halt the Turkish shelling of Afrin.", "19"),
    ("Qatar will try to end the Saudi blockade of Qatar.", "19"),
    # a condition on the ending is no sign the event has not begun; "until" tells how long
    ("Egypt could halt the Israeli shelling of Gaza if it wanted.", "19"),
    ("Egypt wants to halt the Israeli blockade of Gaza until talks resume.", "19"),
    ("Egypt vowed to stop the attacks by Hamas.", "19"),
    # an ending done: what it ended took place, "new" or not
    ("Egypt halted the new Israeli shelling of Gaza.", "19"),
]

# (sentence, CAMEO prefix): what is to be stopped is still to come, so not asserted
NOT_UNDER_WAY: list[tuple[str, str]] = [
    ("Turkey vowed to stop any future attacks by Kurdish rebels.", "19"),
    ("Turkey wants to stop further attacks by Kurdish rebels.", "19"),
    ("Turkey wants to stop more Kurdish attacks on Turkish troops.", "19"),
    ("The deal would end the planned strike by French unions.", "14"),
    # named as possible ("imminent", "alleged"), or not yet begun ("before it begins")
    ("Egypt wants to stop the imminent Israeli invasion of Gaza.", "19"),
    ("Egypt hopes to end the alleged Israeli shelling of Gaza.", "19"),
    ("Egypt wants to stop Israel's invasion of Gaza before it begins.", "19"),
    # a vow (asserted itself) to stop acts still to come
    ("Egypt vowed to stop further attacks by Hamas.", "19"),
    ("Sisi vowed to stop further Islamist attacks on Egyptian troops.", "19"),
    ("Egypt vowed to stop new attacks on its soldiers.", "19"),
    # a done ending of acts that never came
    ("Egypt stopped further Israeli attacks on Gaza.", "19"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), UNDER_WAY)
def test_noun_modality_under_way_asserted(nlp: Any, text: str, prefix: str) -> None:
    assert [e for e in asserted_events(nlp, text) if e.cameo.startswith(prefix)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), NOT_UNDER_WAY)
def test_noun_modality_not_under_way_not_asserted(nlp: Any, text: str, prefix: str) -> None:
    found = [e.cameo for e in asserted_events(nlp, text) if e.cameo.startswith(prefix)]
    assert not found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), TO_COME)
def test_noun_modality_to_come_not_asserted(nlp: Any, text: str, prefix: str) -> None:
    found = [e.cameo for e in asserted_events(nlp, text) if e.cameo.startswith(prefix)]
    assert not found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), DONE)
def test_noun_modality_done_asserted(nlp: Any, text: str, prefix: str) -> None:
    assert [e for e in asserted_events(nlp, text) if e.cameo.startswith(prefix)]


@pytest.mark.parametrize(("word", "expected"), [("upcoming", True), ("planned", True),
                                                ("recent", False), ("failed", False)])
def test_noun_modality_prospective_words(word: str, expected: bool) -> None:
    from redline.events.noun_modality import PROSPECTIVE

    assert (word in PROSPECTIVE) is expected
