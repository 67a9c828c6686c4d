"""The bundled example articles: header, body and loader."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from redline.examples import (
    example_header,
    example_paths,
    load_example,
    load_examples,
    split_header,
)

PATHS = example_paths()
_BY = "Written by the redline authors in their own words for testing; "
NOTE_REAL = _BY + "not a published article."
NOTE_INVENTED = _BY + "about an invented event"


def test_examples_at_least_twelve_files() -> None:
    assert len(PATHS) >= 12
    assert all(path.suffix == ".txt" and path.is_file() for path in PATHS)


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_examples_header_has_title_date_and_note(path: Path) -> None:
    header = example_header(path)
    assert header.get("title")
    published = dt.date.fromisoformat(header["published"])
    assert path.stem.startswith(published.isoformat()[:7])
    note = header.get("note", "")
    assert note == NOTE_REAL or note.startswith(NOTE_INVENTED)


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_examples_body_shape(path: Path) -> None:
    article = load_example(path)
    paragraphs = [p for p in re.split(r"\n\s*\n", article.text) if p.strip()]
    words = len(article.text.split())
    assert 5 <= len(paragraphs) <= 14
    assert 250 <= words <= 650
    assert not article.text.startswith("#")
    assert '"' in article.text and "\u201c" in article.text  # straight and curly quotes
    assert "?" in article.text and re.search(r"\b(19|20)\d\d\b", article.text)


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_examples_load_as_article(path: Path) -> None:
    article = load_example(path)
    assert article.id == path.stem
    assert article.title == example_header(path)["title"]
    assert article.published == example_header(path)["published"]
    assert article.text.strip() and article.source_path == str(path)


def test_examples_load_examples_matches_paths() -> None:
    assert [a.id for a in load_examples()] == [p.stem for p in PATHS]


@pytest.mark.parametrize(
    ("raw", "header", "body"),
    [
        (
            "# title: T\n# published: 2020-01-01\n\nBody.",
            {"title": "T", "published": "2020-01-01"},
            "Body.",
        ),
        ("No header\n\nSecond.", {}, "No header\n\nSecond."),
        ("# title: a: b\r\n# note: n\r\n\r\nX", {"title": "a: b", "note": "n"}, "X"),
        ("# A heading\n\nX", {}, "# A heading\n\nX"),
        ("", {}, ""),
    ],
)
def test_examples_split_header(raw: str, header: dict[str, str], body: str) -> None:
    assert split_header(raw) == (header, body)
