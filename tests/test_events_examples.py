"""Event coding on the bundled example articles, through the full pipeline.

Two kinds of checks: general ones that hold for every example (no violent event asserted in a
sentence that denies, asks or states a condition; no actor taken from a dateline), and a small
table of codings read from the examples' own sentences.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from redline.model import Document, Event

VIOLENT_ROOTS = frozenset({"17", "18", "19", "20"})
# a sentence that denies, asks, or states a condition or a hypothesis
SENTENCE_CUES = re.compile(
    r"\b(den(y|ies|ied|ying|ial)|if|unless|whether|in case of|in the event)\b|\?", re.I)
# a modal right before the trigger ("could attack", "would have invaded")
MODAL_BEFORE = re.compile(r"\b(could|would|might|may)( not| never)?( have| be| been)*\s*$",
                          re.I)
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(, [A-Z][\w .'-]+)? [—–-] ")


@pytest.fixture(scope="module")
def coded(nlp: Any) -> dict[str, Document]:
    from redline.examples import load_examples
    from redline.pipeline import Coder

    coder = Coder(nlp=nlp)
    return {article.id: coder.code(article) for article in load_examples()}


def sentence_text(doc: Document, event: Event) -> str:
    sent = doc.sentences[event.sentence]
    return doc.text[sent.start:sent.end]


def violent_asserted(doc: Document) -> list[Event]:
    return [e for e in doc.events if e.cameo_root in VIOLENT_ROOTS and e.asserted]


@pytest.mark.slow
def test_events_examples_all_coded(coded: dict[str, Document]) -> None:
    assert len(coded) >= 10
    for doc_id, doc in coded.items():
        assert doc.events, doc_id


@pytest.mark.slow
def test_events_examples_no_violence_asserted_in_denials_questions_conditions(
        coded: dict[str, Document]) -> None:
    bad = []
    for doc_id, doc in coded.items():
        for event in violent_asserted(doc):
            text = sentence_text(doc, event)
            before = doc.text[max(0, event.trigger.start - 30):event.trigger.start]
            if SENTENCE_CUES.search(text) or MODAL_BEFORE.search(before):
                bad.append((doc_id, event.cameo, event.trigger.text, text))
    assert not bad


@pytest.mark.slow
def test_events_examples_denied_and_asked_violence_is_still_written(
        coded: dict[str, Document]) -> None:
    """The flags are kept, not the events dropped: users can choose."""
    flagged = [e for doc in coded.values() for e in doc.events
               if e.cameo_root in VIOLENT_ROOTS and e.modality in ("denied", "asked")]
    assert len(flagged) >= 3
    assert all(not e.asserted for e in flagged)


@pytest.mark.slow
def test_events_examples_dateline_is_no_actor(coded: dict[str, Document]) -> None:
    for doc_id, doc in coded.items():
        match = DATELINE.match(doc.text)
        if match is None:
            continue
        for event in doc.events:
            for actor in (event.source, event.target):
                assert actor is None or actor.start >= match.end() - 2, (doc_id, actor)


# (example, words of the sentence, trigger word, expected): expected keys are
# "root"/"plover" (event kind), "modality", "source"/"target" (code prefix), "date" (prefix)
CODINGS: list[tuple[str, str, str, dict[str, str]]] = [
    ("2021-12-06-biden-putin-call", "the Kremlin said on Monday", "ask",
     {"plover": "REQUEST", "modality": "intended", "source": "RUSGOV", "target": "USAGOV"}),
    ("2021-12-06-biden-putin-call", "denied that Russia planned to invade", "invade",
     {"root": "19", "modality": "denied"}),
    ("2021-12-06-biden-putin-call", "if Putin does invade?", "invade",
     {"root": "19", "modality": "asked"}),
    ("2021-12-06-biden-putin-call", "Russia fought a short war with Georgia in 2008", "fought",
     {"root": "19", "modality": "historical", "date": "2008", "source": "RUS",
      "target": "GEO"}),
    ("2021-12-06-biden-putin-call", "Blinken met Russian Foreign Minister", "met",
     {"plover": "CONSULT", "modality": "asserted", "source": "USAGOV", "target": "RUSGOV"}),
    ("2021-12-06-biden-putin-call", "urged Moscow to pull its forces back", "urged",
     {"plover": "REQUEST", "modality": "asserted", "source": "USA", "target": "RUS"}),
    ("2021-12-06-biden-putin-call", "accept anybody", "accept",
     {"root": "12", "modality": "asserted", "source": "USAGOV"}),
    ("2022-02-24-russia-invades-ukraine", "denied that it was striking cities", "striking",
     {"root": "19", "modality": "denied"}),
    ("2022-02-24-russia-invades-ukraine", "Russian forces attacked Ukraine", "attacked",
     {"plover": "ASSAULT", "modality": "asserted", "source": "RUS", "target": "UKR"}),
    ("2022-02-24-russia-invades-ukraine", "had dismissed Western warnings", "dismissed",
     {"root": "12", "modality": "asserted"}),
    # a negation inside an if-clause is supposed, not told (gold guidelines: conditionals)
    ("2008-08-12-georgia-war-ceasefire", "if Russia did not withdraw", "withdraw",
     {"root": "08", "modality": "hypothetical"}),
    ("2008-08-12-georgia-war-ceasefire", "Georgia would never accept the loss", "accept",
     {"root": "12", "modality": "asserted", "source": "GEO"}),
    ("2008-08-12-georgia-war-ceasefire", "denied that Georgia had started the war", "started",
     {"root": "19", "modality": "denied"}),
    ("2021-11-29-iran-nuclear-talks", "Washington withdrew from the deal in May 2018", "withdrew",
     {"plover": "RETREAT", "modality": "historical", "date": "2018", "source": "USA"}),
    ("2021-11-29-iran-nuclear-talks", "Iran refuses to meet American negotiators", "refuses",
     {"plover": "REJECT", "modality": "asserted", "source": "IRN", "target": "USA"}),
    ("2022-08-05-china-taiwan-drills", "sent warships and aircraft", "sent",
     {"plover": "MOBILIZE", "modality": "asserted", "source": "CHN"}),
    ("2022-08-05-china-taiwan-drills", "opening its largest military exercises", "opening",
     {"plover": "MOBILIZE", "source": "CHN"}),
]


def _matches(event: Event, expected: dict[str, str]) -> bool:
    checks = {
        "root": event.cameo_root, "plover": event.plover, "modality": event.modality,
        "date": event.date or "",
        "source": event.source.code if event.source else "",
        "target": event.target.code if event.target else "",
    }
    return all(checks[key].startswith(value) for key, value in expected.items())


@pytest.mark.slow
@pytest.mark.parametrize(("example", "words", "trigger", "expected"), CODINGS,
                         ids=[f"{c[0][:10]}-{c[2]}" for c in CODINGS])
def test_events_examples_codings(coded: dict[str, Document], example: str, words: str,
                                 trigger: str, expected: dict[str, str]) -> None:
    doc = coded[example]
    found = [e for e in doc.events if words in " ".join(sentence_text(doc, e).split())
             and e.trigger.text.lower().startswith(trigger.lower())]
    assert found, f"no event triggered by {trigger!r} in the sentence with {words!r}"
    assert any(_matches(e, expected) for e in found), [
        (e.cameo, e.modality, e.source and e.source.code, e.target and e.target.code, e.date)
        for e in found]


@pytest.mark.slow
def test_events_examples_refusal_is_not_a_negated_agreement(coded: dict[str, Document]) -> None:
    """"I don't accept anybody's red lines": a rejection, not an agreement flagged negated."""
    doc = coded["2021-12-06-biden-putin-call"]
    accept = [e for e in doc.events if e.trigger.text.lower() == "accept"]
    assert accept
    assert not any(e.plover == "AGREE" for e in accept)


@pytest.mark.slow
def test_events_examples_no_event_from_the_dateline_city(coded: dict[str, Document]) -> None:
    doc = coded["2021-12-06-biden-putin-call"]
    first = [e for e in doc.events if e.sentence == 0]
    pairs = {(e.source.code if e.source else None, e.target.code if e.target else None)
             for e in first}
    assert ("RUSGOV", "USAGOV") in pairs
    assert not any(code == "RUS" for pair in pairs for code in pair)
