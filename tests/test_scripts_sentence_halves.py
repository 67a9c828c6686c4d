"""scripts/sentence_halves.py: the stable split of sentence sets into tune and check halves."""

from __future__ import annotations

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


@pytest.mark.parametrize(("text", "half"), [
    ("Rebels called off their attacks.", "tune"),  # SHA-1 2...
    ("Norway contributed $20 million in humanitarian aid to Yemen.", "check"),  # SHA-1 d...
    ("The Syrian army used chlorine gas against rebels in Douma.", "check"),  # SHA-1 9...
])
def test_sentence_halves_split_by_sha1(text: str, half: str) -> None:
    assert _script().sentence_half(text) == half


def test_sentence_halves_refuses_unknown_lexicon() -> None:
    with pytest.raises(SystemExit):
        _script().main(["/nonexistent", "--lexicon", "bogus"])
