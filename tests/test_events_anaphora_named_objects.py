"""An event noun told again takes the roles of the earlier event of its kind only when its own
phrase names nothing new (events/anaphora.py, r14-18): "the shelling of Kyiv" after a US-China
clash is another shelling, not China's against the United States; "the talks in Beijing" after
talks in Beijing are the same talks. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import coded_events

CLASH = "China retaliated against the United States on Monday. "
ATTACK = "China attacked Taiwan on Monday. "
TALKS = "Russia and China held talks in Beijing on Monday. "

# (text, trigger word, (source code, target code) of the told-again noun, or None: no event)
CASES: list[tuple[str, str, tuple[str, str] | None]] = [
    # the noun's own object names a place or party its earlier event's sentence does not
    (CLASH + "The United States condemned the shelling of Kyiv.", "shelling", None),
    (ATTACK + "Japan deplored the shelling of Kyiv.", "shelling", None),
    # named before, or nothing named: the same event
    (ATTACK + "Japan deplored the shelling of Taiwan.", "shelling", ("CHN", "TWN")),
    (ATTACK + "Japan deplored the shelling.", "shelling", ("CHN", "TWN")),
    (TALKS + "The talks in Beijing also covered trade.", "talks", ("CHN", "RUS")),
    (TALKS + "The talks also covered trade.", "talks", ("CHN", "RUS")),
    # a place within a side's country, named before by its country: the same event (r14-ra)
    ("Russia attacked Ukraine on Monday. The attack on Kyiv killed five people.", "attack",
     ("RUS", "UKR")),
    ("Israel bombed Gaza on Monday. The bombing of Rafah killed ten people.", "bombing",
     ("ISR", "PSE")),
]


def _codes(event: Any) -> tuple[str | None, str | None]:
    return (event.source.code if event.source else None,
            event.target.code if event.target else None)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "roles"), CASES)
def test_told_again_only_when_nothing_new_is_named(nlp: Any, text: str, word: str,
                                                   roles: tuple[str, str] | None) -> None:
    found = [e for e in coded_events(nlp, text, "2022-03-01")
             if e.trigger.text == word and e.sentence == 1]
    if roles is None:
        assert not found, found
    else:
        assert found and _codes(found[0]) in (roles, roles[::-1]), found


# (text, trigger word, whether it takes the earlier event's roles): only proper nouns after
# the noun's own prepositions ("of", "in", "near", ...) count as named, not after "after"
TOLD_AGAIN: list[tuple[str, str, bool]] = [
    (ATTACK + "The shelling near Kyiv killed five people.", "shelling", False),
    (ATTACK + "The shelling after Easter was the worst in years.", "shelling", True),
    (ATTACK + "The shelling was the worst in years.", "shelling", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "told_again"), TOLD_AGAIN)
def test_names_another_needs_a_named_object(nlp: Any, text: str, word: str,
                                            told_again: bool) -> None:
    found = [_codes(e) for e in coded_events(nlp, text, "2022-03-01")
             if e.trigger.text == word and e.sentence == 1]
    assert (("CHN", "TWN") in found) == told_again, found
