"""A background person whose office the text states right after the name yields to that
office (r16-18a): the Phoenix file's namesakes ("John Williams", "David Thompson", officials
of Barbados there) no longer code a central banker of New York or a Canadian spokesman. Our
own sentences."""

from __future__ import annotations

from typing import Any

import pytest


def _codes(nlp: Any, text: str, name: str) -> list[str]:
    from redline.actors import resolve_actors

    return [a.code for a in resolve_actors(nlp(text), published="2019-06-01") if a.text == name]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "code"), [
    # failed before (BRBELI, BRBGOV: the background's namesakes)
    ("John Williams, the president of the Federal Reserve Bank of New York, said growth "
     "would slow.", "John Williams", "USAGOV"),
    ("David Thompson, a spokesman for the Canadian foreign ministry, said the talks would "
     "go on.", "David Thompson", "CANGOV"),
    # as before: the stated office agrees, or none is stated
    ("Michael Brown, the British ambassador to Kenya, met the minister.", "Michael Brown",
     "GBRGOV"),
    ("John Williams said growth would slow.", "John Williams", "BRBELI"),
])
def test_stated_office_beats_background_namesake(nlp: Any, text: str, name: str,
                                                 code: str) -> None:
    assert _codes(nlp, text, name) == [code]


@pytest.mark.slow
def test_curated_person_keeps_row(nlp: Any) -> None:
    """A curated person's dated row is not read from an appositive."""
    text = "Antony Blinken, a spokesman for the Canadian foreign ministry, said so."
    assert _codes(nlp, text, "Antony Blinken") == ["USAELI"]  # out of office in 2019
