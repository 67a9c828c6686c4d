"""An initialism joined to a word by a hyphen ("U.S.-led", "U.N.-backed", "U.S.-China") is
split as "Saudi-led" is, so the state or body it names is read (``nlp.split_dotted_hyphens``,
issue 18, sixteenth round). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import country_of, first_asserted

# (text, the tokens it must give)
TOKENS: list[tuple[str, list[str]]] = [
    ("the U.S.-led coalition", ["the", "U.S.", "-", "led", "coalition"]),
    ("U.N.-backed talks", ["U.N.", "-", "backed", "talks"]),
    ("U.S.-China trade", ["U.S.", "-", "China", "trade"]),
    ("the Saudi-led coalition", ["the", "Saudi", "-", "led", "coalition"]),
    # no hyphen after the full stop, or none before a letter: as before
    ("the U.S. embassy", ["the", "U.S.", "embassy"]),
    ("in 2015-16", ["in", "2015", "-", "16"]),
    ("a well-known fact", ["a", "well", "-", "known", "fact"]),
    # an abbreviation ending in a small letter, or a hyphen before a digit: as before
    ("sales rose in Jan.-March", ["sales", "rose", "in", "Jan.-March"]),
    ("from 2 p.m.-3 p.m.", ["from", "2", "p.m.-3", "p.m."]),
    ("Inc.-owned firms", ["Inc.-owned", "firms"]),
    # an initialism that ends a clause before a dash keeps its full stop
    ("he left the U.S.-and never returned",
     ["he", "left", "the", "U.S.", "-", "and", "never", "returned"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "tokens"), TOKENS)
def test_dotted_hyphen_tokens(nlp: Any, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


# (text, CAMEO root, source country, target country)
SIDES: list[tuple[str, str, str, str]] = [
    ("Moscow condemned U.S.-led airstrikes in Syria.", "11", "RUS", "USA"),
    ("Beijing criticized the U.S.-led exercises near its coast.", "11", "CHN", "USA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "src", "tgt"), SIDES)
def test_dotted_hyphen_side_is_read(nlp: Any, text: str, root: str, src: str, tgt: str) -> None:
    event = first_asserted(nlp, text, root)
    assert (country_of(event.source), country_of(event.target)) == (src, tgt), event


# the actor lexicon keys its phrases with the same rules, so a name holding such a hyphen is
# still one name
NAMES: list[tuple[str, str]] = [
    ("Japan said the U.S.-Japan alliance remains strong.", "US_JAPAN"),
    ("China criticized the U.S.-South Korea alliance.", "US_ROK"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), NAMES)
def test_dotted_hyphen_names_still_read(nlp: Any, text: str, code: str) -> None:
    from redline import Coder

    actors = Coder(nlp=nlp).code_text(text, published="2016-01-01").actors
    assert code in [a.code for a in actors], [(a.text, a.code) for a in actors]
