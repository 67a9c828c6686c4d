"""Objects whose kind is in a modifier (issue 17, r11-17): a post's compound ("an observation
post", "a border post") and the object of "a total of" ("a total of 56 observation points")
tell what was set up; a post of a person ("the post of special envoy") stays a job.
Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import assert_sides, asserted_events, first_asserted

# (sentence, CAMEO prefix of an asserted event, source code or None, target code or None)
CODED: list[tuple[str, str, str | None, str | None]] = [
    ("Turkish forces have set up a new observation post in the Syrian province of Idlib.",
     "154", "TURMIL", None),
    ("The Turkish forces have established a total of 56 military observation points in "
     "northern Syria.", "154", "TURMIL", None),
    ("Russian troops set up a total of twelve bases in Syria.", "154", "RUSMIL", None),
    # a post of forces or of a border is a base, whatever its modifier (review r11)
    ("Turkish troops set up a military post near the Syrian border.", "154", "TURMIL", None),
    ("Indian forces set up a new border post in Ladakh.", "154", "INDMIL", None),
    ("Nigerian soldiers established a police post in the village.", "154", "NGAMIL", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CODED)
def test_events_triggers_kind_in_modifier_coded(nlp: Any, text: str, prefix: str, src: str | None,
                                tgt: str | None) -> None:
    assert_sides(first_asserted(nlp, text, prefix), src, tgt)


# a post that is a job, with no compound of a kind
NOT_CODED = [
    "The United Nations set up the post of special envoy for Yemen.",
    "The Kenyan president established a new post of deputy minister.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_CODED)
def test_events_triggers_job_post_not_coded(nlp: Any, text: str) -> None:
    found = [e.cameo for e in asserted_events(nlp, text)]
    assert not any(c.startswith("15") for c in found), found
