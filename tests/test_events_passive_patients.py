"""Agentless passives told in a dependent clause, and participles sharing a passive's
auxiliary (events/passive_patients.py). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, country_of

# (sentence, CAMEO prefix, source country, target country) of the passive act
CODED: list[tuple[str, str, str | None, str | None]] = [
    # a subjectless passive in a dependent clause acts on the subject it inherits
    ("The Iranian activists fear being arrested again.", "173", None, "IRN"),
    # a participle sharing the passive's auxiliary: the inherited subject is acted on
    ("Three Turkish journalists were detained and later deported.", "174", None, "TUR"),
    ("Russian diplomats were expelled and banned from returning.", "172", None, "RUS"),
]

# (sentence, CAMEO prefix, source country that must not be the inherited subject's)
NOT_SOURCE: list[tuple[str, str, str]] = [
    ("Three Turkish journalists were detained and later deported.", "174", "TUR"),
    ("Russian diplomats were expelled and banned from returning.", "172", "RUS"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CODED)
def test_passive_patients_coded(nlp: Any, text: str, prefix: str, src: str | None,
                                tgt: str | None) -> None:
    found = [(country_of(e.source), country_of(e.target)) for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix)]
    assert (src, tgt) in found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "country"), NOT_SOURCE)
def test_passive_patients_not_source(nlp: Any, text: str, prefix: str, country: str) -> None:
    found = [country_of(e.source) for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix)]
    assert found and country not in found, found


@pytest.mark.slow
def test_passive_patients_active_clause_keeps_its_subject(nlp: Any) -> None:
    """A participle coordinated with an active verb keeps the shared subject as its actor."""
    text = "Iranian troops attacked Kurdish fighters and then occupied Iraqi villages."
    found = [(country_of(e.source), country_of(e.target)) for e in asserted_events(nlp, text)
             if e.cameo.startswith("192")]
    assert ("IRN", "IRQ") in found, found
