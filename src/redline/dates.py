"""Time expressions resolved against the publication date.

A fast scanner: a handful of regular expressions compiled once at import, run over
``doc.text``; overlapping matches are resolved longest-first. spaCy's parse is used
only to decide the tense around a bare weekday or month name ("said Friday" is the
past Friday, "will meet on Tuesday" the coming one). Resolution rules live in
:mod:`redline.dates_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial

from spacy.tokens import Doc

from redline import dates_rules as R
from redline.doctext import doc_text
from redline.fastre import compile_fast
from redline.prepscan import PrepPattern


@dataclass(frozen=True, slots=True)
class TimeExpr:
    text: str
    start: int
    end: int
    value: str | None  # YYYY-MM-DD, YYYY-MM or YYYY; None when unresolvable
    precision: str | None  # day|month|year|range
    reason: str | None = None  # why value is None
    value_end: str | None = None  # additive: last day/month/year of a range
    note: str | None = None  # additive: e.g. "publication date is in the future"


_MON = (
    r"(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
    r"(?![A-Za-z])"
)
_YEAR = r"(?P<y>(?:1[89]|20)\d{2})"
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_PREP_WORDS = ("in", "on", "at", "during", "of", "from", "for", "throughout", "around")
_PREP_ALT = "|".join(_PREP_WORDS)
_PREP = rf"(?:(?i:{_PREP_ALT})\s+)?"
_PREP_LONGEST = max(map(len, _PREP_WORDS))  # the longest word _PREP can match
_MOD = (
    r"(?P<mod>(?i:early|earlier|late|later|mid|the middle of|the end of|the beginning of"
    r"|the start of|the first half of|the second half of|the turn of))"
)
_REL = r"(?P<rel>(?i:last|next|this|coming|past|previous|this past|the past|the previous))"
_NUMW = r"(?P<n>\d+|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several))"
_UNIT_AFTER_YEAR = re.compile(
    r"\s*(?:%|percent|troops|soldiers|people|personnel|men|tanks|km|kilomet|miles|meters|"
    r"dollars|euros|rubles|residents|civilians|refugees|[-–]strong)",
    re.IGNORECASE,
)


def _rx(pattern: str) -> re.Pattern[str]:
    return compile_fast(pattern)  # the same matches, most start positions skipped at once


def _prx(core: str) -> PrepPattern:
    """``_PREP`` then ``core`` (which starts with ``\\b``): scanned from the core's matches."""
    return PrepPattern(_rx(_PREP + core), _rx(core), _PREP_LONGEST)


# (kind, regex): kind selects the resolver in dates_rules. Longest match wins on overlap.
_PATTERNS: tuple[tuple[str, re.Pattern[str] | PrepPattern], ...] = (
    ("ymd", _rx(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")),
    ("mdy_num", _rx(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})\b")),
    ("mdy", _prx(rf"\b{_MON}\s+{_DAY}(?:,\s*|\s+){_YEAR}\b")),
    ("mdy", _prx(rf"\b{_DAY}\s+(?:of\s+)?{_MON}(?:,\s*|\s+){_YEAR}\b")),
    ("md", _prx(rf"\b{_MON}\s+{_DAY}\b(?!\s*(?:,\s*)?\d)")),
    ("md", _prx(rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}")),
    ("my", _prx(rf"\b(?:{_MOD}[\s-]+)?{_MON},?\s+(?:of\s+)?{_YEAR}\b")),
    ("mod_year", _rx(rf"\b(?:by\s+)?{_MOD}[\s-]+(?:in\s+)?{_YEAR}\b")),
    ("mod_mon", _rx(rf"\b{_MOD}[\s-]+{_MON}")),
    ("rel_mon", _rx(rf"\b{_REL}\s+{_MON}")),
    ("ctx_mon", _rx(rf"\b(?P<prep>(?i:in|since|by|until|till|before|after|during|through|of|for))\s+{_MON}")),  # noqa: E501
    ("year_range", _rx(r"\b(?:(?i:from|between)\s+)?(?P<y1>(?:19|20)\d{2})\s*(?:[-–]|(?i:to|and|until|through)\s)\s*(?P<y2>(?:19|20)?\d{2})\b")),  # noqa: E501
    ("year", _rx(rf"(?<![\d,.$€£¥])\b(?P<prep>(?i:since|until|till|by|before|after)\s+)?{_YEAR}(?P<s>s)?\b(?![,.]?\d)")),  # noqa: E501
    ("rel_day", _rx(r"\b(?P<w>(?i:the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening)))\b")),  # noqa: E501
    ("weekday", _prx(rf"\b(?:{_REL}\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b")),  # noqa: E501
    ("rel_period", _rx(rf"\b(?:{_MOD}\s+)?{_REL}\s+(?P<unit>(?i:week|weekend|month|year|spring|summer|fall|autumn|winter))\b")),  # noqa: E501
    ("ago", _rx(rf"\b{_NUMW}\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?))\s+(?i:ago|earlier)\b")),  # noqa: E501
    ("end_of", _rx(r"\b(?:(?i:by|before|until)\s+)?(?i:the\s+)?(?P<pos>(?i:end|beginning|start|middle))\s+of\s+(?P<rel>(?i:the|this|last|next))\s+(?P<unit>(?i:year|month|week))\b")),  # noqa: E501
    ("recent", _rx(r"\b(?i:in|over|during)\s+(?:the\s+)?(?P<rel>(?i:recent|coming|past|last|next))\s+(?P<unit>(?i:days|weeks|months|years))\b")),  # noqa: E501
)  # fmt: skip

# a month named as a modifier of a noun, after a determiner ("a key September conversation",
# "the November election"): the month alone is the expression; "May" is left out (a modal and
# a name), and so is a month followed by a function word ("the March on Washington") or by
# capitalised words that end the phrase, a name ("the October Revolution", "the August
# Palace"; "the January Capitol riot" and "an October CNN interview" stay: _in_name)
_MON_NOUN = r"(?P<mon>January|February|March|April|June|July|August|September|October|November|December)"  # noqa: E501
_FUNCTION = r"(?i:on|of|and|or|to|in|for|with|by|at|from|as|is|was|were|are|be|the|a|an)\b"
_ATT_MON = (
    rf"\b(?i:a|an|the|this|that|his|her|their|its|our)\s+(?:[a-z]+\s+)?{_MON_NOUN}\s+"
    rf"(?!{_FUNCTION})(?=[A-Za-z])"
)
_NAME_AFTER = re.compile(rf"\s+(?:[A-Z][a-z]+\b\s*)+(?:{_FUNCTION}|[^A-Za-z\s]|$)")
ATTRIBUTIVE: tuple[tuple[str, re.Pattern[str] | PrepPattern], ...] = (("att_mon", _rx(_ATT_MON)),)

_LEAD_PREP = re.compile(rf"(?i:{_PREP_ALT})\s+")


def _candidates(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, rx in _PATTERNS + ATTRIBUTIVE:
        for m in rx.finditer(text):
            found.append((m.start(), m.end(), kind, m))
    found.sort(key=lambda c: (c[0] - c[1], c[0]))  # longest first
    chosen: list[tuple[int, int, str, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    for cand in found:
        s, e = cand[0], cand[1]
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _in_name(text: str, m: re.Match[str]) -> bool:
    """An attributive month followed by capitalised words that end the phrase ("the October
    Revolution in ...", "the August Palace."): part of a name, no date."""
    return _NAME_AFTER.match(text, m.end("mon")) is not None


def _keep_year(text: str, m: re.Match[str]) -> bool:
    """A bare four-digit number is a year unless a unit follows it ("2000 troops")."""
    return _UNIT_AFTER_YEAR.match(text, m.end()) is None


def _trim(text: str, start: int, end: int) -> int:
    """Drop a leading locative preposition ("in 2014" -> "2014")."""
    lead = _LEAD_PREP.match(text, start, end)
    return lead.end() if lead else start


def find_dates(doc: Doc, *, published: str | None) -> list[TimeExpr]:
    """Every time expression in ``doc`` with its resolved value (never raises)."""
    try:
        return _find(doc, published)
    except (ValueError, IndexError, OverflowError):  # defensive: bad input yields nothing
        return []


def _find(doc: Doc, published: str | None) -> list[TimeExpr]:
    text = doc_text(doc)
    pub, pub_problem = R.parse_published(published)
    note = "publication date is in the future" if pub and pub > date.today() else None
    tense = _tense_oracle(doc, text)
    out: list[TimeExpr] = []
    for start, end, kind, m in _candidates(text):
        if (kind == "year" and not _keep_year(text, m)) or (
                kind == "att_mon" and _in_name(text, m)):
            continue
        if kind == "att_mon":
            start, end = m.span("mon")
        res = R.resolve(kind, m, pub, pub_problem, partial(tense, start, end))
        if res is None:
            continue
        s = _trim(text, start, end)
        out.append(
            TimeExpr(
                text[s:end],
                s,
                end,
                res.value,
                res.precision,
                res.reason,
                res.value_end,
                note if res.value and res.relative else None,
            )
        )
    return out


def _tense_oracle(doc: Doc, text: str) -> Callable[[int, int], str | None]:
    """A function (start, end) -> "past" | "future" | None from the parse around a span."""

    def tense(start: int, end: int) -> str | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return R.tense_from_text(text, start, end)
        return R.tense_from_parse(span.root) or R.tense_from_text(text, start, end)

    return tense
