"""scripts/actor_sides.py: how an event side reads and how it compares with the gold's."""

from __future__ import annotations

import pytest

from tests.conftest import load_script


@pytest.mark.parametrize(("text", "reading"), [
    ("Hong Kong police", "name"),
    ("President Donald Trump", "name"),
    ("protesters", "noun"),
    ("the ministry", "description"),
    ("The government", "description"),
    ("the Kremlin", "name"),  # a name after "the" is no description
    ("He", "pronoun"),
    ("their", "pronoun"),
    (None, "none"),
    ("", "none"),  # no words
    ("   ", "none"),
    ("this", "pronoun"),  # a demonstrative alone points back
    ("Those", "pronoun"),
    ("this plan", "description"),
])
def test_actor_sides_reading(text: str | None, reading: str) -> None:
    assert load_script("actor_sides").reading(text) == reading


@pytest.mark.parametrize(("got", "gold", "cls"), [
    ("USA", "USA", "right"),
    (None, None, "right"),  # a gold null side matched by none
    (None, "CHN", "missing"),
    ("CHN", None, "extra"),
    ("CHN", "HKG", "wrong"),
])
def test_actor_sides_side_class(got: str | None, gold: str | None, cls: str) -> None:
    assert load_script("actor_sides").side_class(got, gold) == cls


@pytest.mark.parametrize(("cameo", "roots", "kept"), [
    ("111", frozenset({"11"}), True),
    ("1121", frozenset({"11", "12"}), True),
    ("120", frozenset({"11"}), False),
    ("190", frozenset(), True),  # no root given: every event
])
def test_actor_sides_in_roots(cameo: str, roots: frozenset[str], kept: bool) -> None:
    assert load_script("actor_sides").in_roots(cameo, roots) is kept


def _side(text: str, code: str, country: str) -> object:
    from types import SimpleNamespace

    return SimpleNamespace(text=text, code=code, country=country)


@pytest.mark.parametrize(("source", "gold_source", "marks"), [
    (("Kremlin", "RUSGOV", "RUS"), "RUSGOV", ("src ok", "tgt XX")),
    (("Warsaw", "POL", "POL"), "USAGOV", ("src XX", "tgt XX")),
])
def test_actor_sides_item_line(source: tuple[str, str, str], gold_source: str,
                               marks: tuple[str, str]) -> None:
    """``--items`` (r12-18): one line per tune item, each side marked ok or XX."""
    from types import SimpleNamespace

    text = "x" * 80 + " accused " + "y" * 80
    event = SimpleNamespace(source=_side(*source), target=None, cameo="112")
    gold = SimpleNamespace(source=gold_source, target="UKRGOV", start=81, end=88)
    line = load_script("actor_sides").item_line("doc1", text, event, gold)
    assert "[doc1] 112" in line and "accused" in line
    assert all(m in line for m in marks), line
