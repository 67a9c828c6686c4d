"""A hyphenated office after a name ("secretary-general", "vice-president") is one title:
the person is coded by the body after its "of" (issue 18, r13-18t; loads spaCy: slow)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.slow


def _codes(nlp: Any, text: str) -> dict[str, str]:
    from redline.actors import resolve_actors

    return {a.text: a.code for a in resolve_actors(nlp(text), published="2022-06-01")}


@pytest.mark.parametrize(("text", "code"), [
    ("Ivan Petrenko, the secretary-general of NATO, said the talks failed.", "NATO"),
    ("Ivan Petrenko, the vice-president of the Russian Chamber of Commerce, said the "
     "sanctions hurt.", "RUSBUS"),
    ("Ivan Petrenko, the secretary-general of the Russian Security Council, said the talks "
     "failed.", "RUSGOV"),
])
def test_actors_office_hyphen_titles_code(nlp: Any, text: str, code: str) -> None:
    assert _codes(nlp, text).get("Ivan Petrenko") == code


@pytest.mark.parametrize("text", [
    # a hyphenated word that is no office keeps the words no office
    "Ivan Petrenko, a well-known critic of Russia's president, said the attack failed.",
])
def test_actors_office_hyphen_titles_not_an_office(nlp: Any, text: str) -> None:
    assert _codes(nlp, text).get("Ivan Petrenko", "") == ""
