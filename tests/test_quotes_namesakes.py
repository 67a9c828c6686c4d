"""A bare surname is the person the article names in full, not a namesake the knowledge base
holds (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import speakers


def _speakers(nlp: Any, text: str) -> list[str | None]:
    return speakers(nlp, text, published="2016-02-01")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speakers"), [
    ("Sen. Bernie Sanders spoke in Iowa on Monday. Sanders said the economy was rigged. "
     "He said banks were to blame.", ["Bernie Sanders", "Bernie Sanders"]),
    ("Bernie Sanders toured Iowa. Mr. Sanders said the race was close.", ["Bernie Sanders"]),
    ("William J. Clinton spoke in Iowa. Mr. Clinton said the economy was strong.",
     ["Bill Clinton"]),
    # a sitting official who heads no state or government is no sure reading of a bare surname
    ("Luis Rubio, who heads a think tank, spoke in Mexico City. Mr. Rubio said the peso would "
     "fall.", ["Luis Rubio"]),
])
def test_quotes_namesakes_surname_is_the_person_named_in_full(nlp: Any, text: str,
                                                              speakers: list[str]) -> None:
    assert _speakers(nlp, text) == speakers


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_speaker"), [
    # no one named in full; two named in full; the given name written in the article
    ("Sanders said the economy was rigged.", "Bernie Sanders"),
    ("Sarah Sanders met Bernie Sanders and Jane Sanders. Sanders said the talks went well.",
     "Jane Sanders"),
    ("Sarah Sanders spoke on Monday. Bernie Sanders disagreed. Sanders said it was fine.",
     "Bernie Sanders"),
    ("Sarah Sanders spoke on Monday. Jane Sanders disagreed. Sanders said it was fine.",
     "Jane Sanders"),
    ("Maria Bush toured the school. George W. Bush spoke later. Bush said the plan worked.",
     "George W. Bush"),
])
def test_quotes_namesakes_not_when_unsure(nlp: Any, text: str, not_speaker: str) -> None:
    assert not_speaker not in _speakers(nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "speaker"), [
    # a titled mention of the head of state, a term on the date: a relative is no namesake
    ("President Bush spoke in Texas on Monday. Bush said the war was right. "
     "Jeb Bush, his brother, attended.", "2006-05-01", "George W. Bush"),
    ("President Obama spoke in Ohio. Obama said the economy was strong. "
     "Michelle Obama also attended.", "2012-05-01", "Barack Obama"),
])
def test_quotes_namesakes_titled_or_sitting_person_kept(nlp: Any, text: str, date: str,
                                                        speaker: str) -> None:
    assert speakers(nlp, text, published=date) == [speaker]
