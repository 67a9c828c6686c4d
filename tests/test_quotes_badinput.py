"""Bad quote marks never break a document: mismatched, nested or typographic marks,
quotes that never close and articles that are one long quote (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redline.actors import resolve_actors
from redline.quotes import quotes_and_attributions
from redline.quotes.marks import find_quote_spans
from redline.quotes.terms import find_terms

_MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "``", "''", "‹", "›"]
_WORDS = ["Lavrov", "said", "the", "talks", "failed", "he", "told", "reporters", ":", ",",
          ".", "—", "\n\n", "\n", "We", "will", "win", "according", "to", "asked", "(AP)"]
_PIECES = st.lists(st.sampled_from(_MARKS + _WORDS), max_size=40)

CASES = [
    'Lavrov said: "The talks failed.\n\nNothing more will happen.',  # never closes
    '“We will win,” Lavrov said. ”We will not lose,“ he added.',  # marks the wrong way round
    '"He said \'we will \"never\" leave\' today," Lavrov said.',  # nested three deep
    "«Nous gagnerons», a dit Lavrov. „Wir werden siegen“, sagte er.",
    '"' + "The talks failed and nothing more will happen. " * 60 + '"',  # one long quote
    '"\n\n"\n\n"',
    "''Lavrov said ``we will win'' today.",
    '“',
]


def _check(nlp: Any, text: str) -> None:
    doc = nlp(text)
    quotes, others = quotes_and_attributions(doc, resolve_actors(doc, published="2021-12-06"))
    for q in [*quotes, *others]:
        assert text[q.content.start:q.content.end] == q.content.text
        if q.speaker_span is not None:
            assert text[q.speaker_span.start:q.speaker_span.end] == q.speaker_span.text
    for term in find_terms(text, [*quotes, *others]):
        assert text[term.start:term.end] == term.text


@given(_PIECES)
def test_quotes_badinput_marks_give_spans_inside_the_text(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for span in find_quote_spans(text):
        assert 0 <= span.outer_start <= span.start <= span.end <= span.outer_end <= len(text)


@pytest.mark.slow
@pytest.mark.parametrize("text", CASES)
def test_quotes_badinput_cases(nlp: Any, text: str) -> None:
    _check(nlp, text)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_PIECES)
def test_quotes_badinput_any_marks(nlp: Any, pieces: list[str]) -> None:
    _check(nlp, " ".join(pieces))


@pytest.mark.slow
@pytest.mark.parametrize("text", CASES)
def test_quotes_badinput_still_a_document(text: str) -> None:
    from redline.pipeline import Coder
    from redline.schema import validation_errors

    document = Coder().code_text(text, published="2021-12-06")
    assert not [e for e in document.errors if e.code == "pipeline"]
    assert validation_errors(document.to_dict()) == []
