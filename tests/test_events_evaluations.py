"""Praise and criticism voiced in quotes (events/evaluations.py). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events

# (text, CAMEO code, source country, target country): the speaker judges a named actor
JUDGED: list[tuple[str, str, str, str | None]] = [
    ('"Iran is a reckless, dangerous regime," Defence Minister Benny Gantz of Israel said.',
     "111", "ISR", "IRN"),
    ('"Pakistan has been irresponsible," Indian Prime Minister Narendra Modi said.',
     "111", "IND", "PAK"),
    ('"Norway has done a wonderful job," German Chancellor Angela Merkel said on Monday.',
     "051", "DEU", "NOR"),
    ('"Kenya has been a great partner," French President Emmanuel Macron said.',
     "051", "FRA", "KEN"),
    ('"Syria is in clear breach of the treaty," the Turkish foreign ministry said.',
     "112", "TUR", "SYR"),
    ('"The rebels are criminals," Colombian President Ivan Duque said on Friday.',
     "1121", "COL", None),  # rebels of no named country: "---REB"
]

# no judgement: negated, conditional, modal, asked, the speaker's own side, no actor judged
NOT_JUDGED: list[str] = [
    '"Iran is not a dangerous country," Israeli Defence Minister Benny Gantz said.',
    '"If Pakistan attacks, Pakistan is reckless," Indian Prime Minister Narendra Modi said.',
    '"Kenya would be a great partner," French President Emmanuel Macron said.',
    '"Is Syria a reckless regime?" Turkish President Recep Tayyip Erdogan asked.',
    '"France has been a great partner," French President Emmanuel Macron said.',
    '"The weather was terrible," French President Emmanuel Macron said.',
    '"It is dangerous," French President Emmanuel Macron said of the storm.',
]


def _judgements(nlp: Any, text: str) -> list[Any]:
    return [e for e in asserted_events(nlp, text) if e.id.endswith(":q") and e.cameo[:2] in (
        "05", "11")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cameo", "source", "target"), JUDGED)
def test_evaluations_speaker_judges_actor(nlp: Any, text: str, cameo: str, source: str,
                                          target: str | None) -> None:
    found = [(e.cameo, e.source.country, e.target.country) for e in _judgements(nlp, text)]
    assert (cameo, source, target) in found, found


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_JUDGED)
def test_evaluations_no_judgement(nlp: Any, text: str) -> None:
    found = _judgements(nlp, text)
    assert not found, [(e.cameo, e.trigger.text) for e in found]


def test_evaluations_word_lists_are_disjoint() -> None:
    """No word of evaluations.txt is praise and criticism (or crime) at once."""
    from redline.events import evaluations

    lists = [evaluations.NEGATIVE, evaluations.POSITIVE, evaluations.CRIMES]
    assert all(lists) and all(not a & b for i, a in enumerate(lists) for b in lists[i + 1:])
