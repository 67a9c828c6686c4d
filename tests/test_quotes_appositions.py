"""A description and the name set beside it in apposition: the name is the speaker, not the
holder of the description's office on the day (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import speakers


def _speakers(nlp: Any, text: str) -> list[str | None]:
    return speakers(nlp, text, published="2021-12-06")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker"), [
    ("The White House spokesman, Andrew Bates, said the report was false.", "Andrew Bates"),
    ("The State Department spokesman, Ned Price, said Washington would respond.",
     "Ned Price"),
    ("The Vatican spokesman, Matteo Bruni, said the pope was resting.", "Matteo Bruni"),
    # negative rows: one mention the actors stage reads itself, a name first, no name beside
    ("White House spokesman Andrew Bates said the report was false.", "Andrew Bates"),
    ("Andrew Bates, a White House spokesman, said the report was false.", "Andrew Bates"),
    ("Ned Price, Antony Blinken's spokesman, said Washington would respond.", "Ned Price"),
    ("Lavrov's spokesman, Maria Zakharova, said the minister would not attend.",
     "Maria Zakharova"),
    ("Her chief policy aide, Tom Baker, said the plan was ready.", "Tom Baker"),
    ("Joe Biden spoke in Ohio. One of his advisers, Tom Baker, said the plan was ready.",
     "Tom Baker"),
    ("Lavrov's spokesman said the minister would not attend.", "Sergei Lavrov"),
])
def test_quotes_appositions_name_beside_a_description(nlp: Any, text: str,
                                                      speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_speaker"), [
    ("The White House spokesman, who met Andrew Bates, said the report was false.",
     "Andrew Bates"),
    ("The spokesman, in Rome, said the pope was resting.", "Rome"),
    ("Joe Biden spoke in Ohio. One, a farmer, said the plan was ready.", "Joe Biden"),
])
def test_quotes_appositions_no_name_in_apposition(nlp: Any, text: str,
                                                  not_speaker: str) -> None:
    assert not_speaker not in _speakers(nlp, text)
