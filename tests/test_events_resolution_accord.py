""""Agree with X that ..." is CAMEO's "express accord" (019), not an intent to cooperate
(030): issue 17, r11-17. An act agreed to stays an intent or an agreement. Sentences
written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import assert_sides, asserted_events, first_asserted

# (sentence, CAMEO code of an asserted event, source code or None, target code or None)
ACCORD: list[tuple[str, str, str | None, str | None]] = [
    ("French officials said they agree with Germany that Russia broke the treaty.", "019",
     "FRAGOV", "DEU"),
    ("Kenya agrees with the recommendation of the African Union.", "019", "KEN", None),
    ("Brazil agreed with Argentina that the summit was a success.", "019", "BRA", "ARG"),
    # a duty of someone else is a view agreed with (review r11)
    ("Germany agreed with France that Greece should leave the euro.", "019", "DEU", "FRA"),
    ("Republicans agreed with the Senate that the law must stand.", "019", None, None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code", "src", "tgt"), ACCORD)
def test_events_resolution_agree_with_is_accord(nlp: Any, text: str, code: str, src: str | None,
                              tgt: str | None) -> None:
    event = first_asserted(nlp, text, code)
    assert event.cameo == code
    assert_sides(event, src, tgt)
    assert not any(e.cameo == "030" for e in asserted_events(nlp, text))


# an act agreed to: an infinitive, a promised clause, a topic ("on a ceasefire"), or negated
INTENT: list[tuple[str, str]] = [
    ("Saudi Arabia agreed with Russia to cut oil output.", "030"),
    ("Israel and Egypt agreed that they would hold talks in Cairo.", "03"),
    ("Israel and Egypt agreed that they should hold talks in Cairo.", "03"),
    ("China agreed with India on a border deal.", "030"),
    ("Germany did not agree with France that the euro was in danger.", "12"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), INTENT)
def test_events_resolution_agree_to_act_is_no_accord(nlp: Any, text: str, prefix: str) -> None:
    codes = [e.cameo for e in asserted_events(nlp, text)]
    assert any(c.startswith(prefix) for c in codes) and "019" not in codes, codes
