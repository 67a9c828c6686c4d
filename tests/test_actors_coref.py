"""Pronouns, shared sectors, two presidents and unknown titled people (loads spaCy: slow)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors

pytestmark = pytest.mark.slow
DATE = "2022-03-01"


def _pairs(nlp: Any, text: str) -> list[tuple[str, str, str | None]]:
    return [(a.text, a.code, a.country) for a in resolve_actors(nlp(text), published=DATE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. and NATO officials met in Brussels.", [("U.S.", "USAGOV"), ("NATO officials", "NATO")]),
        ("Russia said its troops would stay.", [("its", "RUS")]),
        ("Ukrainian officials said they disagreed.", [("they", "UKRGOV")]),
        ("Chancellor Olaf Scholz said his government agreed.", [("his", "DEUGOV")]),
        ("UN officials said the mission would stay.", [("UN officials", "UN")]),
    ],
)
def test_actors_coref_rules(nlp: Any, text: str, expected: list[tuple[str, str]]) -> None:
    got = {(t, c) for t, c, _ in _pairs(nlp, text)}
    assert set(expected) <= got


def test_actors_coref_unknown_titled_person_without_country(nlp: Any) -> None:
    pairs = _pairs(nlp, "Defense Minister Karl Lepik said the cable was cut.")
    assert ("Defense Minister Karl Lepik", "---MIL", None) in pairs


def test_actors_coref_the_president_follows_the_speakers_side(nlp: Any) -> None:
    text = ("President Joe Biden will call Russian President Vladimir Putin. "
            "Kremlin spokesman Dmitry Peskov said the president wanted guarantees.")
    by_text = {a.text: a.name for a in resolve_actors(nlp(text), published=DATE)}
    assert by_text.get("president") == "Vladimir Putin"


def test_actors_coref_pronoun_outside_quote_skips_quoted_names(nlp: Any) -> None:
    text = ('Kremlin spokesman Dmitry Peskov spoke. "The talks with Joe Biden were useful," '
            "he said.")
    he = [a for a in resolve_actors(nlp(text), published=DATE) if a.text == "he"]
    assert he and he[0].name == "Dmitry Peskov"
