"""A bare "strike" named again after a military strike is that attack (195), never a labour
strike (143); with workers, a union or pay near it, it stays a protest. Issue 16, fifteenth
round (16s). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, coded_events

# (story, trigger word of a strike that is an air strike, never 143)
MILITARY: list[tuple[str, str]] = [
    ("Three people died in an air strike near Tikrit. The strike destroyed two houses.",
     "strike"),
    ("A drone strike hit a convoy in northern Yemen on Monday. The strike killed four men.",
     "strike"),
    ("Missile strikes pounded Donetsk overnight. Officials said the strikes hit a school.",
     "strikes"),
    ("Nigerian jets carried out an airstrike on a camp in Borno. The strike killed ten "
     "fighters.", "strike"),
    # joined modifiers, which the lexicon's modifier class misses
    ("The United States is conducting air and missile strikes against Serbian forces.",
     "conducting"),
    # relief workers killed are no strikers
    ("An Israeli air strike hit Rafah on Sunday. Two aid workers were among the dead. "
     "Israel said the strike targeted militants.", "strike"),
]

# (story, trigger word of a strike that stays a labour strike, 143)
LABOUR: list[tuple[str, str]] = [
    ("Rail workers in France began a strike over pay. The strike closed dozens of stations.",
     "strike"),
    ("An air strike hit Aleppo on Monday. In Athens, the union said the strike would go on "
     "until wages rise.", "strike"),
    ("Syrian jets carried out an air strike on Idlib. Separately, a general strike paralysed "
     "Beirut on Tuesday.", "strike"),
]


def _strike_codes(events: list[Any], word: str) -> set[str]:
    return {e.cameo for e in events if e.trigger.text.split()[0].lower() == word}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word"), MILITARY)
def test_strike_named_again_is_an_attack(nlp: Any, text: str, word: str) -> None:
    codes = _strike_codes(coded_events(nlp, text), word)
    assert "143" not in codes, codes
    assert not codes or codes <= {"190", "195"}, codes


@pytest.mark.slow
def test_joined_modifiers_are_an_air_strike(nlp: Any) -> None:
    text = MILITARY[4][0]
    assert "195" in _strike_codes(asserted_events(nlp, text), "conducting")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word"), LABOUR)
def test_labour_strike_stays_a_protest(nlp: Any, text: str, word: str) -> None:
    codes = _strike_codes(coded_events(nlp, text), word)
    assert "195" not in codes, codes
