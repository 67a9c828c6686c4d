"""Acts approved or authorised are the approving body's acts: "approve", "authorize" and
"authorise" are light verbs (the r14-17c lexicon block, issue 17, fourteenth round). The
event noun had no actor of its own, so "approved the extradition of X" made no event.
Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events.lexicon import load_lexicon
from tests.conftest import assert_sides, asserted_events, first_asserted

# (sentence, CAMEO prefix of an asserted event, source code or None, target code or None)
APPROVED: list[tuple[str, str, str | None, str | None]] = [
    ("The German parliament approved the deployment of 600 soldiers to Mali.", "154", "DEU",
     None),
    ("A Spanish court approved the extradition of a Russian businessman to the United States.",
     "063", "ESP", None),
    ("The Kenyan cabinet has authorized the release of emergency food aid to Somalia.", "0",
     "KEN", None),
    ("The French president authorised air strikes against the rebels in Mali.", "19", "FRA",
     None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), APPROVED)
def test_events_lexicon_approved_act_coded(nlp: Any, text: str, prefix: str, src: str | None,
                                           tgt: str | None) -> None:
    event = first_asserted(nlp, text, prefix)
    assert event.source is not None and (event.source.code or "").startswith(src or "")
    assert_sides(event, None, tgt)


# an approval of a thing that is no act stays no event
@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The Japanese cabinet approved a new budget on Friday.",
    "The committee authorised the payment of its staff.",
])
def test_events_lexicon_approved_thing_no_event(nlp: Any, text: str) -> None:
    assert asserted_events(nlp, text) == [], [e.cameo for e in asserted_events(nlp, text)]


@pytest.mark.parametrize("lemma", ["approve", "authorize", "authorise"])
def test_events_lexicon_approval_verbs_are_light(lemma: str) -> None:
    assert lemma in load_lexicon().light
