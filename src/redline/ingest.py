"""Files, HTML pages, JSONL/CSV batches, directories and stdin -> :class:`Article`.

Every input yields at least one Article: a readable one, or one whose ``errors``
say why it could not be read. Nothing here raises for bad content; only a path
that does not exist is a usage error.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from redline.errors import IngestError, UsageError
from redline.model import Article, ErrorEntry

MAX_BYTES = 50_000_000  # per file, after decompression
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
BATCH_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | BATCH_SUFFIXES
_HEADER = re.compile(r"#\s*([A-Za-z_]+)\s*:\s*(.*)")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def iter_articles(inputs: Sequence[str], *, published: str | None = None) -> Iterator[Article]:
    """Stream the articles of every input (file, directory, ``-`` for stdin), in order.

    ``published`` is the fallback publication date for articles that carry none.
    """
    fallback = normalize_date(published) if published else None
    if published and fallback is None:
        raise UsageError(f"--published must be a date YYYY-MM-DD, got {published!r}")
    for source in inputs:
        for article in _iter_source(source):
            yield article if article.published or not fallback else replace(
                article, published=fallback
            )


def _iter_source(source: str) -> Iterator[Article]:
    if source == "-":
        yield from _from_bytes(sys.stdin.buffer.read(), name="<stdin>", suffix=None)
        return
    path = Path(source)
    if not path.exists():
        raise UsageError(f"no such file or directory: {source}")
    if path.is_dir():
        yield from _iter_dir(path)
    else:
        yield from read_file(path)


def _iter_dir(root: Path) -> Iterator[Article]:
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if not path.name.startswith("."):
            yield from read_file(path)


def read_file(path: Path) -> Iterator[Article]:
    """The articles of one file (gzip of any supported type included)."""
    suffix = _inner_suffix(path)
    try:
        with path.open("rb") as fh:
            data = _read_limited(fh, gz=path.suffix.lower() == ".gz")
    except IngestError as exc:
        yield error_article(str(path), exc.code, f"{path}: {exc.message}")
        return
    except OSError as exc:
        yield error_article(str(path), "read", f"{path}: {exc.strerror or exc}")
        return
    yield from _from_bytes(data, name=str(path), suffix=suffix)


def _inner_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _read_limited(fh: BinaryIO, *, gz: bool, limit: int | None = None) -> bytes:
    limit = MAX_BYTES if limit is None else limit
    stream: BinaryIO = gzip.GzipFile(fileobj=fh) if gz else fh  # type: ignore[assignment]
    try:
        data = stream.read(limit + 1)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise IngestError("read", f"corrupt gzip stream: {exc}") from exc
    if len(data) > limit:
        raise IngestError("too_large", f"more than {limit:,} bytes (after decompression)")
    return data


def _from_bytes(data: bytes, *, name: str, suffix: str | None) -> Iterator[Article]:
    kind = suffix if suffix is not None else _sniff(data)
    if kind not in SUPPORTED and kind != "":
        yield error_article(name, "unsupported", f"{name}: unsupported file type {kind!r}")
        return
    try:
        text = decode_bytes(data)
    except IngestError as exc:
        yield error_article(name, exc.code, f"{name}: {exc.message}")
        return
    if kind in {".jsonl", ".ndjson"}:
        yield from _from_jsonl(text, name)
    elif kind == ".csv":
        yield from _from_csv(text, name)
    elif kind in HTML_SUFFIXES:
        yield _from_html(text, name=name)
    else:
        yield _from_text(text, name=name)


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return ".html"
    if head.startswith(b"{"):
        return ".jsonl"
    return ".txt"


def decode_bytes(data: bytes) -> str:
    """Decode as UTF-8 (BOM aware) or UTF-16 with a BOM; refuse binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError("decode", "invalid UTF-16") from exc
    if _looks_binary(data):
        raise IngestError("binary", "binary content (not text)")
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd")
    if bad and bad > sum(1 for c in text if c > "\x7f") - bad:
        text = data.decode("cp1252", errors="replace")  # mostly single-byte: a Windows code page
    return text.replace("\x00", "")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if sample.count(b"\x00") > len(sample) // 100:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) // 20


def _from_text(text: str, *, name: str) -> Article:
    meta, body = split_header(text)
    known = {k: v for k, v in meta.items() if k in {"title", "published", "url", "id"}}
    return make_article(body, name=name, **known)


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Leading ``# key: value`` lines (title, published, url, id, note...) and the body after.

    Text without such lines is all body; so is text whose header names none of
    title/published/url/id (a Markdown heading is not a header).
    """
    meta: dict[str, str] = {}
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines) and (m := _HEADER.fullmatch(lines[i].strip())):
        meta[m.group(1).lower()] = m.group(2).strip()
        i += 1
    if not meta.keys() & {"title", "published", "url", "id"}:
        return {}, text
    return meta, "".join(lines[i:]).lstrip("\r\n")


def _from_html(html: str, *, name: str, **given: Any) -> Article:
    from redline.htmltext import extract_html

    try:
        page = extract_html(html)
    except IngestError as exc:
        return error_article(given.get("id") or name, exc.code, f"{name}: {exc.message}")
    meta = {k: v for k, v in page.items() if k != "text" and v}
    meta.update({k: v for k, v in given.items() if v})
    return make_article(page["text"] or "", name=name, **meta)


def _from_jsonl(text: str, name: str) -> Iterator[Article]:
    count = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        count += 1
        where = f"{name}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield error_article(where, "json", f"{where}: not valid JSON ({exc.msg})")
            continue
        yield _from_record(record, where)
    if count == 0:
        yield error_article(name, "empty", f"{name}: no records")


def _from_csv(text: str, name: str) -> Iterator[Article]:
    csv.field_size_limit(MAX_BYTES)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    count = 0
    try:
        for row in reader:
            count += 1
            where = f"{name}:{reader.line_num}"
            if None in row:
                yield error_article(where, "csv", f"{where}: more fields than the header names")
                continue
            yield _from_record({k: v for k, v in row.items() if v not in (None, "")}, where)
    except csv.Error as exc:
        yield error_article(f"{name}:{reader.line_num}", "csv", f"{name}: {exc}")
    if count == 0:
        yield error_article(name, "empty", f"{name}: no rows")


def _from_record(record: Any, where: str) -> Article:
    if not isinstance(record, dict):
        return error_article(where, "json", f"{where}: a record must be a JSON object")
    meta = {k: str(record[k]) for k in ("id", "title", "url", "published") if record.get(k)}
    if isinstance(record.get("text"), str) and record["text"].strip():
        return make_article(record["text"], name=where, **meta)
    if isinstance(record.get("html"), str) and record["html"].strip():
        return _from_html(record["html"], name=where, **meta)
    return error_article(meta.get("id") or where, "no_text", f"{where}: record has no text or html")


def make_article(text: str, *, name: str, **meta: str) -> Article:
    """An Article from text and metadata; an ``errors`` entry when empty or badly dated."""
    errors: list[ErrorEntry] = []
    published = meta.get("published")
    day = normalize_date(published) if published else None
    if published and day is None:
        errors.append(ErrorEntry("date", f"{name}: unreadable publication date {published!r}"))
    if not text.strip():
        errors.append(ErrorEntry("empty", f"{name}: the document has no text"))
    doc_id = meta.get("id") or (text_id(text) if text.strip() else path_id(name))
    return Article(
        id=doc_id,
        text=text,
        title=meta.get("title"),
        url=meta.get("url"),
        published=day,
        source_path=name,
        errors=tuple(errors),
    )


def error_article(name: str, code: str, message: str) -> Article:
    return Article(id=path_id(name), text="", source_path=name, errors=(ErrorEntry(code, message),))


def text_id(text: str) -> str:
    """A stable id: a hash of the text with Unicode, case and whitespace normalized."""
    norm = " ".join(unicodedata.normalize("NFKC", text).lower().split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def path_id(name: str) -> str:
    return "err-" + hashlib.sha1(name.encode("utf-8", "replace")).hexdigest()[:12]


def normalize_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` from a date or an ISO timestamp; None when it is not a real date."""
    if not value:
        return None
    m = _DATE.search(value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None
