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
