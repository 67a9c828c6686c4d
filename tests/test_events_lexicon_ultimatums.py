"""Deadlines given to someone (139), proposals weighed (014) and cyber warfare (170): the
r11-17 lexicon block (issue 17, eleventh round). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events.lexicon import load_lexicon
from tests.conftest import assert_sides, asserted_events, first_asserted

# (sentence, CAMEO prefix of an asserted event, source code or None, target code or None)
CODED: list[tuple[str, str, str | None, str | None]] = [
    ("Britain gave Russia a midnight deadline to explain the poisoning.", "139", "GBR", "RUS"),
    ("The Kenyan government issued the striking doctors a deadline to return to work.", "139",
     "KENGOV", None),
    ("Germany is weighing a French proposal on migration.", "014", "DEU", None),
    ("The Japanese prime minister is considering a Chinese proposal for talks.", "014",
     "JPNGOV", None),
    ("Russia launched cyber warfare against Estonia.", "170", "RUS", "EST"),
    ("The rebels waged warfare against the Colombian army for decades.", "19", None, None),
    ("The Arab League set a deadline for Syria to withdraw its troops.", "139", None, None),
    ("Britain set Russia a midnight deadline.", "139", "GBR", "RUS"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CODED)
def test_events_lexicon_ultimatum_block_coded(nlp: Any, text: str, prefix: str, src: str | None,
                               tgt: str | None) -> None:
    assert_sides(first_asserted(nlp, text, prefix), src, tgt)


# a deadline given is no gift (before: 070, aid)
@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Britain gave Russia a midnight deadline to explain the poisoning.",
    "France gave Iran a deadline of one week.",
])
def test_events_lexicon_deadline_is_no_aid(nlp: Any, text: str) -> None:
    found = [e.cameo for e in asserted_events(nlp, text)]
    assert not any(c.startswith("07") for c in found), found


# a deadline set for no one is a schedule, and warfare of words or trade no fighting
# (review r11)
@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The European Union set a deadline of June for a trade deal with Britain.",
    "Congress set a deadline of Friday to pass the budget.",
    "Russia is waging psychological warfare against Ukraine.",
    "China accused the United States of waging economic warfare.",
])
def test_events_lexicon_no_ultimatum_or_fighting(nlp: Any, text: str) -> None:
    found = [e.cameo for e in asserted_events(nlp, text)]
    assert not any(c.startswith(("13", "19")) for c in found), found


@pytest.mark.parametrize(("pos", "lemma", "classes", "code"), [
    ("verb", "give", {"DEADLINE"}, "139"),
    ("verb", "set", {"DEADLINE"}, "139"),
    ("verb", "give", set(), "070"),
    ("verb", "consider", {"PROPOSAL"}, "014"),
    ("verb", "study", {"PROPOSAL"}, "014"),
    ("noun", "warfare", set(), "190"),
    ("noun", "warfare", {"CYBER"}, "170"),
    ("noun", "war", {"CYBER"}, "170"),
])
def test_events_lexicon_ultimatum_block_lexicon(pos: str, lemma: str, classes: set[str],
                                 code: str | None) -> None:
    entry = load_lexicon().match(pos, lemma, set(), classes)
    assert (entry.code if entry is not None else None) == code
