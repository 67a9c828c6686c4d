"""Query results as text: an aligned table, CSV, JSON or Markdown, with cell text printed
literally (no markup, no emoji codes, no terminal control sequences in a table).

``table`` is for people at a terminal: control characters are shown as escapes (``\\n``,
``\\x1b``) and long cells are cut with ``…`` (``max_width``). ``csv`` and ``json`` carry every
value exactly; ``markdown`` escapes ``|`` and line breaks so each row stays one row.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TextIO

FORMATS = ("table", "csv", "json", "markdown")
MAX_WIDTH = 60
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
Rows = Sequence[Sequence[Any]]


def plural(n: int, noun: str) -> str:
    """``1 document``, ``2 documents``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def cell_text(value: Any) -> str:
    """One value as plain text: NULL is empty, lists and maps are JSON."""
    if value is None:
        return ""
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def visible(text: str) -> str:
    """Control characters (line breaks, ESC ...) as escapes that a terminal prints as text."""
    return _CONTROL.sub(lambda m: _NAMED.get(m.group(), f"\\x{ord(m.group()):02x}"), text)


def width(text: str) -> int:
    """Terminal columns of ``text`` (wide East Asian characters count twice)."""
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def clip(text: str, limit: int) -> str:
    if width(text) <= limit:
        return text
    out, used = [], 0
    for char in text:
        used += width(char)
        if used > limit - 1:
            break
        out.append(char)
    return "".join(out) + "…"


def write(cols: Sequence[str], rows: Rows, fmt: str, out: TextIO, *,
          max_width: int = MAX_WIDTH) -> None:
    """Write the result in ``fmt`` (one of :data:`FORMATS`) to ``out``."""
    writers = {"table": lambda: _table(cols, rows, out, max_width), "csv": lambda: _csv(
        cols, rows, out), "json": lambda: _json(cols, rows, out),
        "markdown": lambda: _markdown(cols, rows, out)}
    writers[fmt]()


def _csv(cols: Sequence[str], rows: Rows, out: TextIO) -> None:
    writer = csv.writer(out)  # RFC 4180: CRLF, so a cell holding a lone CR is quoted too
    writer.writerow(cols)
    writer.writerows([cell_text(v) for v in row] for row in rows)


def _jsonable(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value if isinstance(value, str | int | float | bool | None | list | dict) else str(value)


def _json(cols: Sequence[str], rows: Rows, out: TextIO) -> None:
    records = [dict(zip(cols, (_jsonable(v) for v in row), strict=True)) for row in rows]
    out.write(json.dumps(records, ensure_ascii=False, default=str, indent=1) + "\n")


def _markdown(cols: Sequence[str], rows: Rows, out: TextIO) -> None:
    def cell(value: Any) -> str:
        text = cell_text(value).replace("\\", "\\\\").replace("|", "\\|")
        return visible(text.replace("\r\n", "<br>").replace("\n", "<br>"))

    out.write("| " + " | ".join(cell(c) for c in cols) + " |\n")
    out.write("|" + "|".join("---" for _ in cols) + "|\n")
    for row in rows:
        out.write("| " + " | ".join(cell(v) for v in row) + " |\n")


def _table(cols: Sequence[str], rows: Rows, out: TextIO, max_width: int) -> None:
    grid = [[clip(visible(cell_text(v)), max_width) for v in r] for r in [cols, *rows]]
    widths = [max(width(r[i]) for r in grid) for i in range(len(cols))]
    numeric = [all(isinstance(r[i], int | float | Decimal) for r in rows if r[i] is not None)
               and bool(rows) for i in range(len(cols))]
    for n, line in enumerate(grid):
        out.write("  ".join(_pad(c, w, right and n > 0)
                            for c, w, right in zip(line, widths, numeric, strict=True)).rstrip())
        out.write("\n")
        if n == 0:
            out.write("  ".join("─" * w for w in widths) + "\n")
    out.write(f"({plural(len(rows), 'row')})\n")


def _pad(text: str, size: int, right: bool) -> str:
    gap = " " * (size - width(text))
    return gap + text if right else text + gap
