"""Find quoted stretches of text from the quote marks alone (no parse needed).

Works paragraph by paragraph so that a stray mark can never swallow the rest of a
document. Curly and straight double marks, ``''`` (two apostrophes, as some papers
write; ``’’``, two typographic single marks, as some wires close a quote, unless a ``‘``
opened inside the double quote is still open), guillemets and
typographic single marks are understood. The role of a mark (opening or closing) comes
from the characters around it first and from its glyph second, so a misused ``”`` that
opens a quote is still read as an opener. Marks nest. A paragraph that opens a quote
without closing it continues into the next paragraph when that one starts with an opening
mark; otherwise the quote is closed at the end of its paragraph (``recovered``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from redline.nlp import wrapped_line

OPEN, CLOSE, EITHER = 1, 2, 3

_DOUBLE = re.compile(r"''|``|’’|‘‘|[\"“”„‟«»]")
_SINGLE = re.compile(r"[‘’]")
_PARA_LINE = re.compile(r"\n\s*")
_GLYPH_ROLE = {"“": OPEN, "„": OPEN, "‟": OPEN, "«": OPEN, "``": OPEN, "‘‘": OPEN, "”": CLOSE,
               "»": CLOSE, "’’": CLOSE}
_OPEN_BEFORE = set(" \t\n([{—–-/:;")
_CLOSE_AFTER = set(" \t\n)]}.,;:!?—–-/…")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quoted stretch: ``start``/``end`` exclude the marks, ``outer_*`` include them."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraph: int
    recovered: bool = False
    level: str = "double"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: a line, with a line that starts in lower case
    right after a single line break joined to the one before it (a wrapped line)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for match in _PARA_LINE.finditer(text):
        if wrapped_line(match.group().count("\n"), text[match.end():match.end() + 1]):
            continue
        if match.start() > pos:
            out.append((pos, match.start()))
        pos = match.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _role(text: str, pos: int, mark: str, lo: int, hi: int) -> int:
    """Opening or closing, judged by the neighbouring characters, then by the glyph."""
    before = text[pos - 1] if pos > lo else " "
    after = text[pos + len(mark)] if pos + len(mark) < hi else " "
    opens = before in _OPEN_BEFORE or before in "“‘\"«"
    closes = after in _CLOSE_AFTER or after in "”’\"»"
    if opens and not closes and not after.isspace():
        return OPEN
    if closes and not opens and not before.isspace():
        return CLOSE
    return _GLYPH_ROLE.get(mark, EITHER)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _make(text: str, outer: tuple[int, int], inner: tuple[int, int], para: int,
          recovered: bool = False, level: str = "double") -> QuoteSpan | None:
    start, end = _strip(text, *inner)
    if end <= start:
        return None
    return QuoteSpan(start, end, outer[0], outer[1], para, recovered, level)


class _Scanner:
    """Pairs double marks across the paragraphs of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[QuoteSpan] = []
        self.carry: tuple[int, int] | None = None  # (outer start, inner start) still open

    def paragraph(self, index: int, lo: int, hi: int, next_lo: int | None) -> None:
        stack: list[tuple[int, int, str]] = []
        first = True
        if self.carry is not None:
            stack.append((self.carry[0], self.carry[1], "carry"))
            self.carry = None
        for match in _DOUBLE.finditer(self.text, lo, hi):
            mark, pos = match.group(), match.start()
            if mark == "’’" and stack and _single_open(self.text, stack[-1][1], pos):
                continue  # closes a ‘…’ inside the double quote, plus an apostrophe
            role = _role(self.text, pos, mark, lo, hi)
            if first and stack and stack[0][2] == "carry" and role != CLOSE:
                first = False
                continue  # the re-opening mark of a continued quote
            first = False
            self._step(stack, role, mark, pos, index)
        if stack:
            self._unclosed(stack[0], index, hi, next_lo)

    def _step(self, stack: list[tuple[int, int, str]], role: int, mark: str, pos: int,
              index: int) -> None:
        end = pos + len(mark)
        if role == OPEN or (role == EITHER and not stack):
            stack.append((pos, end, mark))
            return
        if not stack:
            return  # a stray closing mark
        if role == EITHER and stack[-1][2] in _GLYPH_ROLE and len(stack) == 1 and mark == '"':
            stack.append((pos, end, mark))  # straight mark inside a curly quote: nested opener
            return
        outer_start, inner_start, _ = stack.pop()
        if not stack:
            span = _make(self.text, (outer_start, end), (inner_start, pos), index)
            if span is not None:
                self.spans.append(span)

    def _unclosed(self, bottom: tuple[int, int, str], index: int, hi: int,
                  next_lo: int | None) -> None:
        if next_lo is not None and _starts_with_opener(self.text, next_lo):
            self.carry = (bottom[0], bottom[1])
            return
        span = _make(self.text, (bottom[0], hi), (bottom[1], hi), index, recovered=True)
        if span is not None:
            self.spans.append(span)


def _single_open(text: str, lo: int, pos: int) -> bool:
    """More ‘ than closing ’ (not an apostrophe between letters) in ``text[lo:pos]``."""
    opened = 0
    for match in _SINGLE.finditer(text, lo, pos):
        at = match.start()
        if match.group() == "‘":
            opened += 1
        elif not (text[at - 1:at].isalnum() and text[at + 1:at + 2].isalnum()):
            opened -= 1
    return opened > 0


def _starts_with_opener(text: str, pos: int) -> bool:
    match = _DOUBLE.match(text, pos)
    return match is not None and match.group() != "»"


def _single_quotes(text: str, lo: int, hi: int, index: int,
                   taken: list[QuoteSpan]) -> list[QuoteSpan]:
    """‘…’ pairs outside double quotes; ’ between letters is an apostrophe."""
    out: list[QuoteSpan] = []
    opened: int | None = None
    for match in _SINGLE.finditer(text, lo, hi):
        pos = match.start()
        if any(t.outer_start <= pos < t.outer_end for t in taken):
            continue
        before = text[pos - 1] if pos > lo else " "
        after = text[pos + 1] if pos + 1 < hi else " "
        if match.group() == "‘" and not before.isalnum():
            opened = pos
        elif opened is not None and not (before.isalnum() and after.isalnum()):
            if after.isalnum():
                continue
            span = _make(text, (opened, pos + 1), (opened + 1, pos), index, level="single")
            if span is not None:
                out.append(span)
            opened = None
    return out


def find_quote_spans(text: str, *,
                     paras: list[tuple[int, int]] | None = None) -> list[QuoteSpan]:
    """Every top-level quoted stretch of ``text``, in order; never raises.

    ``paras``: ``paragraphs(text)`` when the caller has it already."""
    paras = paragraphs(text) if paras is None else paras
    scanner = _Scanner(text)
    for i, (lo, hi) in enumerate(paras):
        next_lo = paras[i + 1][0] if i + 1 < len(paras) else None
        scanner.paragraph(i, lo, hi, next_lo)
    spans = list(scanner.spans)
    doubles = sorted(scanner.spans, key=lambda s: s.outer_start)  # disjoint: ends sorted too
    ends = [s.outer_end for s in doubles]
    for i, (lo, hi) in enumerate(paras):
        k = bisect.bisect_right(ends, lo)  # the first double quote ending after lo
        inside = []
        while k < len(doubles) and doubles[k].outer_start < hi:
            inside.append(doubles[k])
            k += 1
        spans.extend(_single_quotes(text, lo, hi, i, inside))
    return sorted(spans, key=lambda s: s.start)
