"""scripts/sentence_halves.py: the stable split of sentence sets into tune and check halves."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "sentence_halves", REPO / "scripts" / "sentence_halves.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("text", [
    "Norway contributed $20 million in humanitarian aid to Yemen.",
    "The Syrian army used chlorine gas against rebels in Douma.",
    "Kenyan doctors will not end the strike until their pay is raised.",
])
def test_sentence_halves_split_by_sha1(text: str) -> None:
    digit = hashlib.sha1(text.encode("utf-8")).hexdigest()[0]
    expected = "tune" if digit < "8" else "check"
    assert _script().sentence_half(text) == expected


def test_sentence_halves_refuses_unknown_lexicon() -> None:
    with pytest.raises(SystemExit):
        _script().main(["/nonexistent", "--lexicon", "bogus"])
