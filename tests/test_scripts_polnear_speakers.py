"""scripts/polnear_speakers.py: the article gold's PolNeAR documents are left out of train."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_script

_HEADER = "id\tsource\tkey\tpublished\tsplit\tchars\tsha1\n"


@pytest.mark.parametrize(("rows", "names"), [
    ([], frozenset()),
    ([("nyt_a", "polnear", "check"), ("wp_b", "polnear", "tune2")], {"nyt_a", "wp_b"}),
    ([("0a1b", "news_html", "check"), ("huff_c", "polnear", "tune")], {"huff_c"}),
])
def test_polnear_speakers_article_gold_names(tmp_path: Path, rows: list[tuple[str, str, str]],
                                             names: set[str]) -> None:
    table = tmp_path / "articles_docs.tsv"
    lines = [f"{i}\t{src}\tk\t2016-01-01\t{split}\t10\tab\n" for i, src, split in rows]
    table.write_text(_HEADER + "".join(lines), encoding="utf-8")
    assert load_script("polnear_speakers").article_gold_names(table) == names


def test_polnear_speakers_article_gold_names_no_table(tmp_path: Path) -> None:
    assert load_script("polnear_speakers").article_gold_names(tmp_path / "none.tsv") == set()


def test_polnear_speakers_repository_table_lists_polnear_documents() -> None:
    assert load_script("polnear_speakers").article_gold_names()  # the shipped gold table


@pytest.mark.parametrize(("split", "listed"), [
    # failed before: --show listed the first split's wrong speakers whatever the split
    ("dev", False),
    ("dev,train", False),
    # as before
    ("train", True),
    ("train,dev", True),
])
def test_polnear_speakers_show_lists_train_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str], split: str,
                                                listed: bool) -> None:
    mod = load_script("polnear_speakers")
    wrong = mod.Judged(doc="wash-post_x", gold="the senator", ours="he", actor="", cue="said",
                       content="we will see", right=False, klass="pronoun")
    monkeypatch.setattr(mod, "run_split", lambda *args, **kw: [wrong])
    assert mod.main(["--data", str(tmp_path), "--split", split, "--show", "5"]) == 0
    assert ("[wash-post_x]" in capsys.readouterr().out) == listed


@pytest.mark.parametrize("limit", ["0", "-1", "-30"])  # failed before: -1 dropped the last
def test_polnear_speakers_limit_is_a_count(tmp_path: Path, limit: str) -> None:
    mod = load_script("polnear_speakers")
    with pytest.raises(SystemExit):
        mod.main(["--data", str(tmp_path), "--split", "train", "--limit", limit])
