"""A quote whose words end in a quote nested inside it ('“I heard him ask, ‘Is it done?’”
Holmes testified.') still takes the cue after it (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.quotes.assign import last_char
from tests.conftest import speakers


@pytest.mark.parametrize(("text", "last"), [
    ("I heard him ask, ‘Is it done?’", "?"),
    ("He said ‘never,’", ","),
    ('We said "no."', "."),
    ("It is done.", "."),
    ("It is done", "e"),
    ("’”", ""),
])
def test_quotes_nested_end_last_char(text: str, last: str) -> None:
    assert last_char(text, 0, len(text)) == last


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker"), [
    ("“I then heard the minister ask, ‘So is he going to sign it?’” Holmes testified.",
     "Holmes"),
    ("“She told me, ‘We will never sign,’” Anna Kowalski said.", "Anna Kowalski"),
    # negative rows: no nested quote, and a question with no cue after it
    ("“I heard the minister ask whether he would sign it,” Holmes testified.", "Holmes"),
    ("“Is he going to sign it?” Holmes testified.", "Holmes"),
])
def test_quotes_nested_end_takes_next_cue(nlp: Any, text: str, speaker: str) -> None:
    assert speakers(nlp, text, published="2021-12-06") == [speaker]


@pytest.mark.slow
def test_quotes_nested_end_question_alone_has_no_speaker(nlp: Any) -> None:
    assert speakers(nlp, "“Did you hear him say, ‘We will sign?’” The room fell silent.",
                    published="2021-12-06") in ([], [None])
