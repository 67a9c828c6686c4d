"""Bad input: names in all caps, with diacritics stripped or in Cyrillic or Greek script still
match the knowledge base (our own spellings of well-known names)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import lookup_actor, resolve_actors
from redline.actors.translit import latin, needs_latin


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Владимир Путин", "Vladimir Putin"),
        ("Зеленский", "Zelensky"),  # the English "-sky"
        ("Κυριάκος Μητσοτάκης", "Kyriakos Mitsotakis"),
        ("Angela Merkel", "Angela Merkel"),  # Latin script: unchanged
        ("Путин said", "Putin said"),
    ],
)
def test_translit_latin(text: str, expected: str) -> None:
    assert latin(text) == expected


def test_translit_needs_latin_only_for_cyrillic_and_greek() -> None:
    assert needs_latin("Лавров") and needs_latin("Τσίπρας")
    assert not needs_latin("Erdoğan") and not needs_latin("习近平")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("VLADIMIR PUTIN", "RUSGOV"),  # all caps
        ("EMMANUEL MACRON", "FRAGOV"),
        ("Recep Tayyip Erdogan", "TURGOV"),  # diacritics stripped
        ("Sebastian Pinera", "CHLGOV"),
        ("SEBASTIAN PINERA", "CHLGOV"),
        ("Владимир Путин", "RUSGOV"),  # Cyrillic
        ("Сергей Лавров", "RUSGOV"),  # "Sergey": the surname decides
        ("Володимир Зеленський", "UKRGOV"),  # Ukrainian Cyrillic
        ("Κυριάκος Μητσοτάκης", "GRCGOV"),  # Greek
    ],
)
def test_translit_lookup_matches_bad_input(name: str, code: str) -> None:
    assert lookup_actor(name, "2021-06-01").code == code


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Владимир Путин met Emmanuel Macron in Paris.", ["RUSGOV", "FRAGOV", "FRA"]),
        ("VLADIMIR PUTIN MET EMMANUEL MACRON.", ["RUSGOV", "FRAGOV"]),
        ("Recep Tayyip Erdogan spoke to reporters.", ["TURGOV"]),
    ],
)
def test_translit_running_text(nlp: Any, text: str, codes: list[str]) -> None:
    found = resolve_actors(nlp(text), published="2021-06-01")
    assert [a.code for a in found] == codes
