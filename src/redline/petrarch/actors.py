"""Parser for PETRARCH/TABARI actor dictionaries (``*.actors.txt``).

Format, as read here: a name line starts an entry (``GONDOR [GON]``); ``+NAME`` lines add
synonyms; code lines (``[CODE]``, often tab-indented) add codes, optionally date-restricted:
``[HOB <950601]``, ``[USAGOV >090120]``, ``[HOBGOV 19950601-19990815]``. Consecutive names
without a code share the next code. ``A/B/C`` codes a compound of several actors.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from redline.petrarch.model import ActorEntry, DatedCode, LoadWarning, Phrase
from redline.petrarch.text import parse_date, read_lines, to_phrase

_BRACKET = re.compile(r"\[([^\]]*)\]")
_CODE = re.compile(r"^[A-Za-z0-9\-+#~/]+$")
_RANGE = re.compile(r"^(\d+)\s*-\s*(\d+)$")


@dataclass
class _Pending:
    names: list[Phrase] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)
    line: int = 0


def _shift(date: str, days: int) -> str:
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def parse_restriction(text: str) -> tuple[str | None, str | None] | None:
    """``<950601`` / ``>090120`` / ``19950601-19990815`` / "" -> (start, end); None if malformed."""
    text = text.strip()
    if not text:
        return None, None
    if text[0] in "<>":
        date = parse_date(text[1:])
        if date is None:
            return None
        return (None, _shift(date, -1)) if text[0] == "<" else (_shift(date, 1), None)
    match = _RANGE.match(text)
    if not match:
        return None
    start, end = parse_date(match.group(1)), parse_date(match.group(2))
    if start is None or end is None:
        return None
    return start, end


def parse_code(body: str) -> DatedCode | None:
    """The inside of one ``[...]`` group, or None when it is malformed."""
    parts = body.strip().split(None, 1)
    if not parts or not _CODE.match(parts[0]):
        return None
    span = parse_restriction(parts[1] if len(parts) > 1 else "")
    if span is None:
        return None
    return DatedCode(parts[0].upper(), span[0], span[1])


def _codes(text: str, where: tuple[str, int], warnings: list[LoadWarning]) -> list[DatedCode]:
    found: list[DatedCode] = []
    for body in _BRACKET.findall(text):
        code = parse_code(body)
        if code is None:
            warnings.append(LoadWarning(where[0], where[1], f"malformed code [{body}]"))
        else:
            found.append(code)
    return found


class _ActorReader:
    """Accumulates names and codes line by line into ActorEntry records."""

    def __init__(self, path: str, warnings: list[LoadWarning]) -> None:
        self.path = path
        self.warnings = warnings
        self.entries: list[ActorEntry] = []
        self.current = _Pending()

    def flush(self) -> None:
        cur = self.current
        if cur.names and cur.codes:
            self.entries.append(ActorEntry(tuple(cur.names), tuple(cur.codes), self.path, cur.line))
        elif cur.names:
            self.warn(cur.line, "actor without a code")
        self.current = _Pending()

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(LoadWarning(self.path, line, message))

    def line(self, number: int, text: str) -> None:
        if text.startswith("["):
            if not self.current.names:
                self.warn(number, "code without an actor name")
                return
            self.current.codes.extend(_codes(text, (self.path, number), self.warnings))
            return
        name = _BRACKET.split(text.lstrip("+"), maxsplit=1)[0].strip()
        if not name or "]" in name or "[" in name:
            self.warn(number, f"unreadable actor line {text!r}")
            return
        if not text.startswith("+") and self.current.codes:
            self.flush()
        self.current.names.append(to_phrase(name))
        self.current.line = self.current.line or number
        self.current.codes.extend(_codes(text, (self.path, number), self.warnings))


def read_actors(path: Path, warnings: list[LoadWarning]) -> list[ActorEntry]:
    """All actor entries of one file; malformed lines become warnings and are skipped."""
    reader = _ActorReader(str(path), warnings)
    for number, line in read_lines(path, warnings):
        reader.line(number, line.strip())
    reader.flush()
    return reader.entries
