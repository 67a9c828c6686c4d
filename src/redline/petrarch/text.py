"""Line reading and word splitting shared by the dictionary parsers.

The dictionary formats are line based: ``#`` starts a comment (outside ``[...]``), ``<!-- -->``
blocks are comments, ``_`` joins words that must be adjacent. Words are split the way spaCy's
English tokenizer splits running text, so that dictionary words and parsed tokens compare equal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from redline.petrarch.model import LoadWarning, Phrase

_HYPHEN = re.compile(r"(?<=[A-Z0-9])(-)(?=[A-Z])")
_CLITIC = re.compile(r"^(.+?)(N'T|'S|'RE|'LL|'VE|'D|'M)$")
_DATE6 = re.compile(r"^\d{6}$")
_DATE8 = re.compile(r"^\d{8}$")


def read_lines(path: Path, warnings: list[LoadWarning]) -> Iterator[tuple[int, str]]:
    """(line number, text without comments) for each non-blank line, XML comments removed."""
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        warnings.append(LoadWarning(str(path), 0, f"cannot read: {exc}"))
        return
    in_xml = False
    for number, line in enumerate(raw.splitlines(), start=1):
        stripped = line.strip()
        if in_xml:
            in_xml = "-->" not in stripped
            continue
        if stripped.startswith("<!"):
            in_xml = "-->" not in stripped
            continue
        text = strip_comment(line)
        if text.strip():
            yield number, text.rstrip()


def strip_comment(line: str) -> str:
    """The line up to its first ``#`` that is not inside brackets."""
    depth = 0
    for index, char in enumerate(line):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == "#" and depth == 0:
            return line[:index]
    return line


def split_token(word: str) -> list[str]:
    """One dictionary word as spaCy would tokenize it: ``AL-QAEDA`` -> AL - QAEDA."""
    parts: list[str] = []
    for piece in _HYPHEN.split(word):
        if not piece:
            continue
        clitic = _CLITIC.match(piece) if piece not in ("N'T", "'S") else None
        parts.extend([clitic.group(1), clitic.group(2)] if clitic else [piece])
    return parts


def to_phrase(text: str) -> Phrase:
    """``CARAS GALADHON`` / ``GAZA_CITY`` -> a Phrase with adjacency flags per gap."""
    words: list[str] = []
    joined: list[bool] = []
    for chunk in text.strip().upper().split():
        first_of_chunk = True
        for piece in (p for p in chunk.split("_") if p):
            for part in split_token(piece):
                if words:
                    joined.append(not first_of_chunk)
                words.append(part)
                first_of_chunk = False
    return Phrase(tuple(words), tuple(joined))


def parse_date(text: str) -> str | None:
    """``090120`` (YYMMDD, years up to 30 are 20xx) or ``20090120`` -> ``2009-01-20``."""
    text = text.strip()
    if _DATE6.match(text):
        year = int(text[:2])
        century = 2000 if year <= 30 else 1900
        text = f"{century + year:04d}{text[2:]}"
    if not _DATE8.match(text):
        return None
    month, day = int(text[4:6]), int(text[6:8])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}"
