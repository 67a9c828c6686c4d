"""Every ingestion format, and every way a file can be unreadable, yields a record."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from redline.errors import UsageError
from redline.ingest import decode_bytes, iter_articles, normalize_date, split_header, text_id

HTML = """<!doctype html><html><head><title>Talks in Geneva</title>
<meta property="article:published_time" content="2021-12-06T10:00:00Z">
<link rel="canonical" href="https://example.org/geneva-talks"></head>
<body><nav>Home | World</nav><article><h1>Talks in Geneva</h1>
<p>Russian and American diplomats met in Geneva on Monday for talks about security in Europe.</p>
<p>The Russian delegation demanded guarantees that NATO would not expand further east, while
the American side said that the alliance's open door was not up for negotiation.</p>
<p>Both sides agreed to meet again next month, officials said after the meeting ended.</p>
</article><footer>Copyright</footer></body></html>"""


def _write(path: Path, data: bytes | str) -> str:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def test_ingest_text_file_with_header(tmp_path: Path) -> None:
    body = "Russia denied it plans to invade Ukraine."
    p = _write(tmp_path / "a.txt", f"# title: Denial\n# published: 2021-12-06\n\n{body}\n")
    (art,) = iter_articles([p])
    assert (art.title, art.published, art.text.strip()) == ("Denial", "2021-12-06", body)
    assert art.id == text_id(art.text) and not art.errors


def test_ingest_html_main_text_title_date_url(tmp_path: Path) -> None:
    (art,) = iter_articles([_write(tmp_path / "page.html", HTML)])
    assert art.title == "Talks in Geneva"
    assert art.published == "2021-12-06"
    assert art.url == "https://example.org/geneva-talks"
    assert "demanded guarantees" in art.text and "Copyright" not in art.text


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_ingest_batches_keep_fields_and_flag_bad_records(tmp_path: Path, suffix: str) -> None:
    if suffix == ".jsonl":
        lines = [json.dumps({"id": "a", "text": "Iran rejected the offer.", "published": "2022-03-01"}),
                 "{broken", json.dumps({"id": "c", "title": "no text"}),
                 json.dumps({"id": "d", "html": HTML})]
        data = "\n".join(lines) + "\n"
    else:
        data = ('id,text,title,published\na,Iran rejected the offer.,T,2022-03-01\n'
                'b,,,\nc,"Quoted, text",,\nd,x,y,z,extra\n')
    arts = list(iter_articles([_write(tmp_path / f"batch{suffix}", data)]))
    assert len(arts) == 4
    assert arts[0].id == "a" and arts[0].published == "2022-03-01" and not arts[0].errors
    assert [bool(a.errors) for a in arts] == ([False, True, True, False] if suffix == ".jsonl"
                                              else [False, True, False, True])


@pytest.mark.parametrize(("name", "data", "code"), [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\t\n", "empty"),
    ("img.html", bytes(range(256)) * 8, "binary"),
    ("nul.txt", b"abc\x00\x00\x00" * 100, "binary"),
    ("data.pdf", b"%PDF-1.4 text", "unsupported"),
    ("bad.jsonl.gz", b"not gzip at all", "read"),
    ("empty.jsonl", b"\n\n", "empty"),
])
def test_ingest_unreadable_files_yield_an_error_record(tmp_path: Path, name: str, data: bytes,
                                                       code: str) -> None:
    (art,) = iter_articles([_write(tmp_path / name, data)])
    assert [e.code for e in art.errors] == [code]
    assert art.id


def test_ingest_gzip_and_directories_recursive(tmp_path: Path) -> None:
    sub = tmp_path / "deep" / "er"
    sub.mkdir(parents=True)
    _write(sub / "b.txt.gz", gzip.compress(b"China held drills near Taiwan."))
    _write(tmp_path / "a.jsonl.gz", gzip.compress(b'{"id": "x", "text": "NATO met."}\n'))
    arts = list(iter_articles([str(tmp_path)]))
    assert sorted(a.text for a in arts) == ["China held drills near Taiwan.", "NATO met."]


def test_ingest_gzip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import redline.ingest as ingest

    monkeypatch.setattr(ingest, "MAX_BYTES", 10_000)
    p = _write(tmp_path / "bomb.txt.gz", gzip.compress(b"a" * 1_000_000))
    (art,) = ingest.iter_articles([p])
    assert art.errors[0].code == "too_large"


def test_ingest_stdin_sniffs_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"id": "s1", "text": "Turkey closed the straits."}\n{"id": "s2", "text": "Yes."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [a.id for a in iter_articles(["-"])] == ["s1", "s2"]


def test_ingest_published_fallback_and_bad_dates(tmp_path: Path) -> None:
    p = _write(tmp_path / "a.jsonl", '{"text": "A."}\n{"text": "B.", "published": "2020-02-30"}\n')
    a, b = iter_articles([p], published="2021-01-05")
    assert a.published == "2021-01-05"
    assert [e.code for e in b.errors] == ["date"]
    with pytest.raises(UsageError):
        list(iter_articles([p], published="yesterday"))


def test_ingest_missing_path_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="no such file"):
        list(iter_articles(["/no/such/file.txt"]))


@pytest.mark.parametrize(("value", "expected"), [
    ("2021-12-06", "2021-12-06"), ("2021-12-06T10:00:00Z", "2021-12-06"),
    ("2021-02-29", None), ("tomorrow", None), ("", None),
])
def test_ingest_normalize_date(value: str, expected: str | None) -> None:
    assert normalize_date(value) == expected


@given(st.text(max_size=300))
def test_ingest_text_id_ignores_case_and_spacing(text: str) -> None:
    assert text_id(text) == text_id("  " + text.upper().replace(" ", "  ") + "\n") or \
        text.upper().lower() != text.lower()


@given(st.binary(max_size=2000))
def test_ingest_decode_never_raises_unexpectedly(data: bytes) -> None:
    from redline.errors import IngestError

    with contextlib.suppress(IngestError):
        assert isinstance(decode_bytes(data), str)


@pytest.mark.parametrize(("text", "meta"), [
    ("# title: T\n# published: 2020-01-31\n\nBody", {"title": "T", "published": "2020-01-31"}),
    ("# not a header line\nBody", {}),
    ("No header", {}),
])
def test_ingest_split_header(text: str, meta: dict[str, str]) -> None:
    assert split_header(text)[0] == meta


def test_ingest_utf16_with_bom(tmp_path: Path) -> None:
    p = _write(tmp_path / "u16.txt", "Kyiv said.".encode("utf-16"))
    (art,) = iter_articles([p])
    assert art.text == "Kyiv said." and not art.errors
