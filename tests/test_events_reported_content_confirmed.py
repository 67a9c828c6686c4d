"""What a confirmed or denied report says is an event of its own, framed by the verb
(issue 16, fifteenth round: ``events/reported_content.py``). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from redline.events.reported_content import denied_report, report_frame
from tests.conftest import coded_events

# (text, CAMEO root of the reported act, modality, attributed to the framing actor)
FRAMED: list[tuple[str, str, str, bool]] = [
    ("Moscow confirmed reports that Russian jets had bombed a hospital.", "18", "asserted", True),
    ("Israel confirmed reports that its troops had arrested two Palestinian activists.", "17",
     "asserted", True),
    ("Moscow denied reports that Russian jets had bombed a hospital.", "18", "denied", False),
    ("The Kremlin dismissed reports that Russian troops had shelled the city.", "19", "denied",
     False),
    ("Moscow did not confirm reports that Russian jets had bombed a hospital.", "18", "negated",
     False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "modality", "attributed"), FRAMED)
def test_events_reported_content_is_framed(nlp: Any, text: str, root: str, modality: str,
                                           attributed: bool) -> None:
    events = [e for e in coded_events(nlp, text) if e.cameo_root == root]
    assert events and all(e.modality == modality for e in events)
    if attributed:
        assert all(e.attributed_to is not None for e in events)


@pytest.mark.slow
def test_events_reduced_relative_under_report_stays_background(nlp: Any) -> None:
    events = coded_events(nlp, "Moscow confirmed the report released in 2019.")
    assert not any(e.trigger.text == "released" for e in events)


def _clause(verb: str, noun: str, subject: bool = True) -> Doc:
    """``VERB NOUN that troops had fired`` (or ``VERB NOUN fired in 2019``) as parsed."""
    if subject:
        words = ["Moscow", verb, noun, "that", "troops", "had", "fired"]
        heads, deps = [1, 1, 1, 6, 6, 6, 2], ["nsubj", "ROOT", "dobj", "mark", "nsubj", "aux",
                                              "acl"]
    else:
        words = ["Moscow", verb, noun, "fired", "in", "2019"]
        heads, deps = [1, 1, 1, 2, 3, 4], ["nsubj", "ROOT", "dobj", "acl", "prep", "pobj"]
    lemmas = [verb if i == 1 else noun if i == 2 else w for i, w in enumerate(words)]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)


@pytest.mark.parametrize(("verb", "noun", "subject", "framed", "denied"), [
    ("confirm", "report", True, True, False),
    ("deny", "report", True, True, True),
    ("dismiss", "news", True, True, True),
    ("cite", "report", True, False, False),  # "cited reports that": left as it was
    ("confirm", "announcement", True, False, False),
    ("confirm", "report", False, False, False),  # "the report released in 2019": a relative
])
def test_events_report_frame(verb: str, noun: str, subject: bool, framed: bool,
                             denied: bool) -> None:
    doc = _clause(verb, noun, subject)
    clause = next(t for t in doc if t.dep_ == "acl")
    assert (report_frame(clause) is not None) is framed
    assert denied_report(clause) is denied
