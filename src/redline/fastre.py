"""Regular expressions that reject most start positions at once: the same matches, faster.

A pattern that opens with something optional ("(?:in\\s+)?March ...") gives Python's regex
engine no first character to scan for, so it tries the pattern at every position of the
text. :func:`compile_fast` works out every character a match can start with and prefixes
the pattern with a lookahead on that set. The lookahead only restates what the pattern
already requires, so ``finditer`` finds exactly the same matches.

When the start set cannot be worked out (a leading ``.``, a negated class, a back
reference, ...) the pattern is compiled unchanged.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser behind ``re`` (Python 3.11+: re._parser; older: sre_parse)
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons
    _C = _P = None

_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}
_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}


class _Unknown(Exception):
    """The start set cannot be worked out: compile the pattern as it is."""


class _Starts:
    """Class items a match may start with: case-sensitive ones and case-blind ones."""

    def __init__(self) -> None:
        self.exact: set[str] = set()
        self.blind: set[str] = set()

    def add(self, item: str, ignorecase: bool) -> None:
        (self.blind if ignorecase else self.exact).add(item)

    def lookahead(self) -> str:
        parts = [f"[{''.join(sorted(self.exact))}]"] if self.exact else []
        if self.blind:
            parts.append(f"(?i:[{''.join(sorted(self.blind))}])")
        return f"(?={'|'.join(parts)})"


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` with a lookahead on the possible first characters."""
    if _P is None or not pattern:
        return re.compile(pattern, flags)
    try:
        parsed = _P.parse(pattern, flags)
        every = parsed.state.flags  # with inline ones such as "(?i)"
        starts = _Starts()
        nullable = _seq(list(parsed), bool(every & re.IGNORECASE), starts)
        if every & re.VERBOSE or nullable or not (starts.exact or starts.blind):
            return re.compile(pattern, flags)  # an empty match: any position can start one
        return re.compile(f"{starts.lookahead()}(?:{pattern})", flags)
    except (_Unknown, re.error, RecursionError, AttributeError):  # "(?i)" must come first
        return re.compile(pattern, flags)  # raises re.error for a bad pattern, as re does


def _seq(items: list[tuple[Any, Any]], ic: bool, starts: _Starts) -> bool:
    """Add the first characters of a sequence; True when the whole sequence can be empty."""
    return all(_item(str(op), av, ic, starts) for op, av in items)  # stops at a required item


def _item(op: str, av: Any, ic: bool, starts: _Starts) -> bool:
    """Add one item's first characters; True when the item can match the empty string."""
    if op == "LITERAL":
        starts.add(re.escape(chr(av)), ic)
        return False
    if op == "IN":
        for piece in _class_items(av):
            starts.add(piece, ic)
        return False
    if op in _ZERO_WIDTH:
        return True
    if op == "SUBPATTERN":
        _group, add, remove, sub = av
        inner = (ic or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _seq(list(sub), inner, starts)
    if op == "BRANCH":
        return any([_seq(list(alt), ic, starts) for alt in av[1]])
    if op in _REPEATS:
        low, _high, sub = av
        return _seq(list(sub), ic, starts) or low == 0
    if op == "ATOMIC_GROUP":
        return _seq(list(av), ic, starts)
    raise _Unknown(op)


def _class_items(items: list[tuple[Any, Any]]) -> list[str]:
    out = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append(re.escape(chr(av)))
        elif name == "RANGE":
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out.append(_CATEGORIES[str(av)])
        else:  # NEGATE, other categories: give up rather than guess
            raise _Unknown(name)
    return out
