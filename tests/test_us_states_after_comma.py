"""The one reading of "a US state after a comma" shared by the places stage and the actor
stage's misreads (:mod:`redline.us_states`), and the gazetteer's index of states by code."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from redline.gazetteer import load_gazetteer
from redline.us_states import StateAfter, code_after_town, state_after_comma

_NLP = spacy.blank("en")


def _doc(text: str) -> Doc:
    return _NLP(text)


@pytest.mark.parametrize(("text", "k", "expected"), [
    ("They met in Boise , ID today", 4, StateAfter("ID")),
    ("They met in Columbia , Mo. today", 4, StateAfter("MO")),
    ("They met in Salem , New Hampshire today", 4,
     StateAfter(None, (("New Hampshire", 7), ("New", 6)))),
    ("They met in Boise , friends", 4, StateAfter(None, (("friends", 7), ("friends", 6)))),
    ("They met in Boise today", 4, None),  # no comma at the token
    ("They met in Boise ,", 4, None),  # nothing after the comma
])
def test_state_after_comma(text: str, k: int, expected: StateAfter | None) -> None:
    assert state_after_comma(_doc(text), k) == expected


@pytest.mark.parametrize(("text", "i", "expected"), [
    ("Shreveport , LA said", 2, "LA"),
    ("in Jordan , NY", 3, "NY"),
    ("in jordan , NY", 3, None),  # no capitalised word before the comma
    ("Jordan NY", 1, None),  # no comma
    (", NY", 1, None),  # too near the start
])
def test_code_after_town(text: str, i: int, expected: str | None) -> None:
    assert code_after_town(_doc(text), i) == expected


@pytest.mark.parametrize(("code", "name"), [("ID", "Idaho"), ("LA", "Louisiana"),
                                            ("NY", "New York"), ("TX", "Texas")])
def test_gazetteer_admin_codes(code: str, name: str) -> None:
    gz = load_gazetteer()
    assert gz.admin_codes[code].name == name
    assert gz.admin_codes[code] is gz.admins[name.lower()]


def test_gazetteer_admin_codes_read_only() -> None:
    codes = load_gazetteer().admin_codes
    assert "ZZ" not in codes
    with pytest.raises(TypeError):
        codes["ZZ"] = codes["ID"]  # type: ignore[index]
