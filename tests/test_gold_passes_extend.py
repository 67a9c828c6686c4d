"""scripts/gold/passes.py extend: a one-pass part's documents replace their gold lines only."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "gold" / "passes.py"


def _passes() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gold_passes", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _ev(doc: str, start: int) -> dict[str, object]:
    return {"doc": doc, "start": start, "end": start + 3, "trigger": "hit", "plover": "ASSAULT"}


@pytest.mark.parametrize(("new_docs", "kept_docs"), [
    (["b"], ["a", "b", "c"]),   # b's old lines replaced, a and c kept
    (["d"], ["a", "b", "c", "d"]),  # a new document added
])
def test_gold_passes_extend_replaces_only_its_documents(
        tmp_path: Path, new_docs: list[str], kept_docs: list[str]) -> None:
    _write(tmp_path / "articles_events.jsonl", [_ev("a", 5), _ev("b", 1), _ev("b", 9), _ev("c", 2)])
    _write(tmp_path / "articles_quotes.jsonl", [{"doc": "b", "start": 0, "end": 4, "head": "x"}])
    anchored = tmp_path / "part.jsonl"
    _write(anchored, [{**_ev(d, 7), "kind": "event"} for d in new_docs])
    _passes().extend(anchored, tmp_path)
    events = [json.loads(x) for x in (tmp_path / "articles_events.jsonl").read_text().splitlines()]
    assert sorted({e["doc"] for e in events}) == kept_docs
    assert [e["start"] for e in events if e["doc"] in new_docs] == [7]
    assert all("kind" not in e for e in events)
    quotes = (tmp_path / "articles_quotes.jsonl").read_text().splitlines()
    assert len(quotes) == (0 if "b" in new_docs else 1)


@pytest.mark.parametrize(("covered", "kept_docs", "quotes_left"), [
    (["b"], ["a", "c"], 0),  # the pass read b and found nothing: b's old lines go
    (["b", "c"], ["a"], 0),
    ([], ["a", "b", "c"], 1),  # b not named: its lines stay
])
def test_gold_passes_extend_clears_a_covered_document_without_lines(
        tmp_path: Path, covered: list[str], kept_docs: list[str], quotes_left: int) -> None:
    _write(tmp_path / "articles_events.jsonl", [_ev("a", 5), _ev("b", 1), _ev("c", 2)])
    _write(tmp_path / "articles_quotes.jsonl", [{"doc": "b", "start": 0, "end": 4, "head": "x"}])
    anchored = tmp_path / "part.jsonl"
    _write(anchored, [])
    _passes().extend(anchored, tmp_path, covered)
    events = [json.loads(x) for x in (tmp_path / "articles_events.jsonl").read_text().splitlines()]
    assert sorted({e["doc"] for e in events}) == kept_docs
    assert len((tmp_path / "articles_quotes.jsonl").read_text().splitlines()) == quotes_left


@pytest.mark.parametrize(("excerpt", "trigger", "at"), [
    ("the latest test of a missile", "test", 11),   # not inside "latest"
    ("talks, then more talks", "talks", 0),
    ("a so-called cease-fire", "cease-fire", 12),
    ("no whole word: retested", "test", 17),        # falls back to the first occurrence
])
def test_gold_passes_anchor_prefers_the_whole_word(excerpt: str, trigger: str, at: int) -> None:
    assert _passes()._word_at(excerpt, trigger) == at
