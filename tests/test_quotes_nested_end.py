"""A quote whose words end in a quote nested inside it ('“I heard him ask, ‘Is it done?’”
Holmes testified.') still takes the cue after it (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.quotes.assign import ends_in, last_char
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


@pytest.mark.parametrize(("text", "marks", "ends"), [
    ("’”", ",.?!…", False),  # only marks: no last word character, not clausal
    ("  ", ",.?!;:…", False),
    ("It is done.", ",.?!…", True),
    ("It is done", ",.?!…", False),
])
def test_quotes_nested_end_ends_in(text: str, marks: str, ends: bool) -> None:
    assert ends_in(text, 0, len(text), marks) is ends


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker"), [
    ("“At the depot a driver kept shouting, ‘Where have all the buses gone?’” Priya Nair "
     "told the council.", "Priya Nair"),
    ("“She told me, ‘We will never sign,’” Anna Kowalski said.", "Anna Kowalski"),
    # negative rows: no nested quote, and a question with no cue after it
    ("“A driver asked where the buses had gone,” Priya Nair told the council.", "Priya Nair"),
    ("“Where have all the buses gone?” Priya Nair told the council.", "Priya Nair"),
])
def test_quotes_nested_end_takes_next_cue(nlp: Any, text: str, speaker: str) -> None:
    assert speakers(nlp, text, published="2021-12-06") == [speaker]


@pytest.mark.slow
def test_quotes_nested_end_question_alone_has_no_speaker(nlp: Any) -> None:
    assert speakers(nlp, "“Did you hear him say, ‘We will sign?’” The room fell silent.",
                    published="2021-12-06") in ([], [None])
