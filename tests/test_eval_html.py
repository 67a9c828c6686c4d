"""redline.eval.html on a tiny benchmark built in a temporary folder (no shared data needed)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from redline.errors import UsageError
from redline.eval.html import format_html_report, score_html, token_prf


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("a b c", "a b c", (1.0, 1.0, 1.0)),
        ("A b", "a B", (1.0, 1.0, 1.0)),  # lowercased
        ("a b c d", "a b", (0.5, 1.0, 2 / 3)),  # extra tokens cost precision
        ("a", "a b c d", (1.0, 0.25, 0.4)),  # missing tokens cost recall
        ("a a a", "a", (1 / 3, 1.0, 0.5)),  # a bag: repeats count once per gold occurrence
        ("", "a b", (0.0, 0.0, 0.0)),
        ("x y", "a b", (0.0, 0.0, 0.0)),
        ("a\nb\tc", "a b c", (1.0, 1.0, 1.0)),  # any whitespace splits
        ("a, b", "a b", (0.5, 0.5, 0.5)),  # punctuation stays attached to its token
    ],
)
def test_eval_html_token_prf(predicted: str, gold: str, expected: tuple[float, float, float]) -> None:
    assert token_prf(predicted, gold) == pytest.approx(expected)


ARTICLE = (
    "The council of ministers approved the new border agreement on Monday after a long debate. "
    "Delegates from the northern provinces voted against it, citing fears about grazing rights. "
    "The agreement now goes to the regional assembly, which must ratify it within ninety days."
)


def _page(title: str, body: str, date: str) -> str:
    return (f"<html><head><title>{title}</title>"
            f"<meta property='article:published_time' content='{date}'></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/about'>About us</a></nav>"
            f"<article><h1>{title}</h1><p>{body}</p></article>"
            f"<footer>Contact the newsroom</footer></body></html>")


def _bench(root: Path) -> Path:
    (root / "html").mkdir(parents=True)
    pages = {
        "good": (_page("Border deal approved", ARTICLE, "2020-05-04"), ARTICLE,
                 "https://example.org/2020/05/04/border-deal"),
        "blank": ("<html><body><script>var a = 1;</script></body></html>", ARTICLE,
                  "https://example.org/blank"),
        "nogold": (_page("Other", ARTICLE, "2020-05-04"), "", "https://example.org/x"),
    }
    truth = {}
    for pid, (html, body, url) in pages.items():
        (root / "html" / f"{pid}.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
        truth[pid] = {"articleBody": body, "url": url}
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    (root / "politics_intl_subset.tsv").write_text("id\turl\ngood\thttps://example.org\n")
    return root


def test_eval_html_scores_pages_and_subset(tmp_path: Path) -> None:
    report = score_html(_bench(tmp_path / "news_html"))
    assert report.all.pages == 2  # the page without a ground-truth body is left out
    by_id = {p.id: p for p in report.pages}
    assert by_id["good"].f1 > 0.9 and by_id["good"].has_title and by_id["good"].has_date
    assert by_id["good"].date_matches_url is True and by_id["good"].politics
    assert by_id["blank"].empty and by_id["blank"].f1 == 0.0
    assert by_id["blank"].date_matches_url is None
    assert report.all.empty_share == pytest.approx(0.5)
    assert report.all.f1 == pytest.approx(by_id["good"].f1 / 2)
    assert report.politics.pages == 1 and report.politics.f1 == by_id["good"].f1
    assert report.all.url_dated == 1 and report.all.date_url_agreement == 1.0


def test_eval_html_accepts_the_parent_data_folder(tmp_path: Path) -> None:
    _bench(tmp_path / "news_html")
    assert score_html(tmp_path).all.pages == 2


def test_eval_html_report_text(tmp_path: Path) -> None:
    text = format_html_report(score_html(_bench(tmp_path / "news_html")))
    assert "politics/international" in text and "ms/page" in text
    assert "https://example.org/blank" in text.split("lowest F1")[1]


@pytest.mark.parametrize("make", ["missing", "no_truth", "bad_json"])
def test_eval_html_bad_folder_is_a_usage_error(tmp_path: Path, make: str) -> None:
    root = tmp_path / "bench"
    if make != "missing":
        (root / "html").mkdir(parents=True)
    if make == "bad_json":
        (root / "ground-truth.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(UsageError):
        score_html(root)
