"""Labour words of the strike senses come from the sector lexicon: the one-word nouns of the
labour sector (LAB in ``actors/data/sectors.csv``: "workers", "unions", "strikers",
"miners"), each also without its plural "s", keep a strike near them a labour strike after an
air strike (events/strike_senses.py). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import coded_events

STORY = ("An air strike hit Aleppo on Monday. {} in Athens. "
         "Greek police began a strike in the port.")

# the middle sentence names labour (a LAB noun, plural or singular): a labour strike
LABOUR: list[str] = [
    "The miners met",
    "A miner was hurt",
    "The strikers met",
    "A striker was hurt",
    "The unions met",
    "The union met",
]

# no labour word near: the strike is the air strike's sense
MILITARY: list[str] = ["The bankers met", "A banker was hurt"]


def _strike_codes(nlp: Any, middle: str) -> set[str]:
    return {e.cameo for e in coded_events(nlp, STORY.format(middle))
            if e.trigger.text.endswith("strike")}


@pytest.mark.slow
@pytest.mark.parametrize("middle", LABOUR)
def test_sector_labour_nouns_keep_the_protest(nlp: Any, middle: str) -> None:
    codes = _strike_codes(nlp, middle)
    assert "143" in codes and "195" not in codes, codes


@pytest.mark.slow
@pytest.mark.parametrize("middle", MILITARY)
def test_no_labour_noun_is_the_air_strike(nlp: Any, middle: str) -> None:
    codes = _strike_codes(nlp, middle)
    assert "195" in codes and "143" not in codes, codes
