"""A subject the parser hangs on the verb's auxiliary is the verb's own (events/roles.py,
``aux_subjects``, r14-18): in "Israel complained that both Russia and Iran had armed X" the
parser puts "Russia" (and "that") under "had", and the arming was read as Israel's, the
subject of the clause above. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import coded_events

# (sentence, trigger word, the sources of its events)
CASES: list[tuple[str, str, set[str]]] = [
    ("Israel complained that both Russia and Iran had armed Hezbollah.", "armed",
     {"RUS", "IRN"}),
    ("Israel complained that both Russia and Iran had been arming Hezbollah.", "arming",
     {"RUS", "IRN"}),
    # a subject on the verb itself, as before
    ("The United States complained that Russia and Iran had armed the militias.", "armed",
     {"RUS", "IRN"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "sources"), CASES)
def test_subject_on_the_auxiliary(nlp: Any, text: str, word: str, sources: set[str]) -> None:
    found = {e.source.code for e in coded_events(nlp, text) if e.trigger.text == word
             and e.source is not None}
    assert found == sources


def _parsed(words: list[str], heads: list[int], deps: list[str]) -> Any:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps)


@pytest.mark.parametrize(("heads", "deps", "subjects"), [
    # "Russia had armed X": the subject under the auxiliary "had"
    ([1, 2, 2, 2], ["nsubj", "aux", "ROOT", "dobj"], ["Russia"]),
    # the subject on the verb: not read from the auxiliary
    ([2, 2, 2, 2], ["nsubj", "aux", "ROOT", "dobj"], []),
])
def test_aux_subjects(heads: list[int], deps: list[str], subjects: list[str]) -> None:
    from redline.events.roles import aux_subjects

    doc = _parsed(["Russia", "had", "armed", "X"], heads, deps)
    assert [t.text for t in aux_subjects(doc[2])] == subjects
