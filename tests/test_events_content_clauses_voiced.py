"""A content clause the parser hangs on a noun as a participle ("expressed concern that troops
had fired on protesters") is an event of its own, not a reduced relative (issue 17, thirteenth
round: ``events/content_clauses.py``). Its modality is the noun's (``hedges.py``,
``told_as_fact.py``). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from redline.events.content_clauses import own_clause, voiced_clause
from tests.conftest import coded_events

# (text, CAMEO root of the voiced act)
VOICED: list[tuple[str, str]] = [
    ("The UN expressed concern that Syrian troops had fired on protesters.", "19"),
    ("The UN expressed concern that troops had fired on protesters.", "19"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), VOICED)
def test_events_content_clause_is_coded(nlp: Any, text: str, root: str) -> None:
    assert any(e.cameo_root == root for e in coded_events(nlp, text))


@pytest.mark.slow
def test_events_content_clause_told_elsewhere_is_asserted(nlp: Any) -> None:
    text = ("Syrian troops fired on protesters on Monday. The UN expressed concern that Syrian "
            "troops had fired on protesters.")
    assert any(e.cameo_root == "19" and e.sentence == 1 and e.asserted
               for e in coded_events(nlp, text))


@pytest.mark.slow
def test_events_reduced_relative_stays_background(nlp: Any) -> None:
    events = coded_events(nlp, "The curfew imposed in 1990 angered Iraq.")
    assert not any(e.trigger.text == "imposed" for e in events)


@pytest.mark.parametrize(("words", "heads", "deps", "expected"), [
    (["concern", "that", "troops", "had", "fired"], [0, 4, 4, 4, 0],
     ["ROOT", "mark", "nsubj", "aux", "acl"], True),
    (["curfew", "imposed", "in", "1990"], [0, 0, 1, 2], ["ROOT", "acl", "prep", "pobj"], False),
    (["plant", "that", "was", "seized"], [0, 3, 3, 0], ["ROOT", "nsubjpass", "auxpass", "acl"],
     False),
])
def test_events_content_clause_own_subject(words: list[str], heads: list[int], deps: list[str],
                                           expected: bool) -> None:
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    clause = next(t for t in doc if t.dep_ == "acl")
    assert own_clause(clause) is expected


@pytest.mark.parametrize(("noun", "expected"), [
    ("concern", True),
    ("claim", True),
    ("announcement", False),  # "the announcement that X had reached a deal": left as it was
])
def test_events_content_clause_voiced_nouns(noun: str, expected: bool) -> None:
    words = [noun, "that", "troops", "had", "fired"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 4, 4, 4, 0],
              deps=["ROOT", "mark", "nsubj", "aux", "acl"], pos=["NOUN", "SCONJ", "NOUN",
                                                              "AUX", "VERB"],
              lemmas=[noun, "that", "troop", "have", "fire"])
    assert voiced_clause(doc[4]) is expected
