"""ConfliBERT reader: token tags to character spans, class lines, PentaClass of CAMEO roots."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.eval.conflibert import PENTA, read_classes, read_conflibert, read_ner, tagged_spans

TEXT = "Police in Lagos arrested two reporters on Monday."
TOKENS = [("Police", "B-S"), ("in", "O"), ("Lagos", "O"), ("arrested", "O"), ("two", "B-T"),
          ("reporters", "I-T"), ("on", "O"), ("Monday", "O"), (".", "O")]


@pytest.mark.parametrize(("role", "spans"), [
    ("S", ["Police"]),
    ("T", ["two reporters"]),
])
def test_conflibert_tagged_spans_follow_the_text(role: str, spans: list[str]) -> None:
    got = tagged_spans(TEXT, TOKENS, role)
    assert [TEXT[a:b] for a, b in got] == spans


def test_conflibert_tokens_not_in_text_give_no_spans() -> None:
    assert tagged_spans("Something else entirely.", TOKENS, "S") == ()


@pytest.mark.parametrize(("root", "klass"), [
    ("01", 0), ("02", 0), ("04", 1), ("06", 2), ("08", 2), ("11", 3), ("16", 3), ("14", 4),
    ("19", 4),
])
def test_conflibert_pentaclass_of_roots(root: str, klass: int) -> None:
    assert PENTA[root] == klass


def test_conflibert_reader_matches_ner_by_words_and_skips_bad_lines(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "cameo_class_train.tsv").write_text(
        f"Other sentence here.\t1\nno class here\n{TEXT}\t4\n", encoding="utf-8")
    (tmp_path / "cameo_ner_train.txt").write_text(
        "\n".join(f"{t} {g}" for t, g in TOKENS) + "\n\n", encoding="utf-8")
    assert len(read_ner(tmp_path / "cameo_ner_train.txt")) == 1
    sentences = read_conflibert(tmp_path)
    assert [s.gold for s in sentences] == [1, 4]
    assert sentences[0].sources == () and TEXT[slice(*sentences[1].sources[0])] == "Police"
    assert "cameo_class_train.tsv:2" in capsys.readouterr().err
    assert len(list(read_classes(tmp_path / "cameo_class_train.tsv"))) == 2
