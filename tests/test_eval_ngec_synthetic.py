"""NGEC synthetic stories: the stable tune/check split and the per-half figures."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from redline.eval.ngec_synthetic import _figures, select_stories, story_half

ROWS = [
    {"text": "Rebels in the north called off their attacks.", "title": "Rebels stand down",
     "label": "RETREAT"},
    {"text": "Teachers went on strike for higher pay.", "title": "{country_1} teachers strike",
     "label": "PROTEST"},
    {"text": "", "title": "no text", "label": "AGREE"},  # skipped: a row needs text
    {"text": "The two states opened a joint factory.", "title": "", "label": "COOPERATE"},
]


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "synthetic_events.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["text", "title", "label"])
        writer.writeheader()
        writer.writerows(ROWS)
    return path


@pytest.mark.parametrize(("text", "half"), [
    ("Rebels called off their attacks.", "tune"),  # SHA-1 2...
    ("", "check"),  # SHA-1 da39a3...
    ("ünïcode story", "check"),  # SHA-1 c...
])
def test_ngec_synthetic_half_is_the_sha1_first_digit(text: str, half: str) -> None:
    assert story_half(text) == half


def test_ngec_synthetic_halves_partition_the_stories(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = _csv(tmp_path)
    every = select_stories(path)
    halves = select_stories(path, half="tune") + select_stories(path, half="check")
    assert sorted(s.text for s in halves) == sorted(s.text for s in every)
    assert len(every) == 3 and "a row needs text" in capsys.readouterr().err
    assert every[0].text.startswith("Rebels stand down\n\n")  # a title without slots leads
    assert every[1].text == ROWS[1]["text"]  # a templated title is left out


def test_ngec_synthetic_figures_report_both_halves() -> None:
    total = Counter({"CONCEDE": 3, "PROTEST": 1, "~tune": 2, "~check": 2})
    hits = Counter({"CONCEDE": 1, "PROTEST": 1, "~tune": 2})
    out = _figures(total, hits, 4)
    assert out["type_share"] == 0.5 and out["stories"] == 4
    assert out["type_share_tune"] == 1.0 and out["type_share_check"] == 0.0
    assert out["type_CONCEDE"] == pytest.approx(1 / 3, abs=1e-4)
