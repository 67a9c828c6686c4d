"""'X is said to have told ...', 'X is reported to have called ...': the cue is the
infinitive and X its speaker, not words with no speaker (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import speakers


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker"), [
    ("Prime Minister Tom Baker is reported to have called the plan a “disaster” on Friday.",
     "Tom Baker"),
    ("Anna Kowalski is said to have told aides that the vote would fail.", "Anna Kowalski"),
    ("Tom Baker is believed to have warned the cabinet that the deal was dead.", "Tom Baker"),
    # negative rows: an active report, and a passive with no cue in its infinitive
    ("Reporters said Tom Baker had called the plan a “disaster”.", "Reporters"),
    ("Tom Baker is said to have left the capital, the agency reported.", "agency"),
])
def test_quotes_hearsay_speaker_is_passive_subject(nlp: Any, text: str, speaker: str) -> None:
    found = speakers(nlp, text, published="2021-12-06")
    assert found and found[0] is not None and speaker in found[0]
