"""Counts with units, qualifiers and claimants ("as many as 175,000 troops, U.S. officials said").

Numbers are found by regular expressions compiled once and run over ``doc.text``; the
parse is consulted only for the claimant of a figure (the subject of "said"/"estimated"
in its sentence, or the object of "according to"). Number words and unit tables are in
:mod:`redline.quantity_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from redline import quantity_words as W
from redline.doctext import doc_text
from redline.fastre import compile_fast
from redline.model import Quantity
from redline.qualscan import QualPattern

_QUAL = rf"(?:(?P<qual>{W.QUALIFIER_RX})\s+)?"
_NUMBER = rf"(?:{W.DIGITS_RX}|{W.WORDS_RX})(?:\s*{W.SCALE_RX})?"
_AMOUNT = (
    rf"(?P<amount>{W.VAGUE_RX}"
    rf"|(?:between\s+)?{_NUMBER}(?:\s*(?:to|-|–|and|or)\s*{_NUMBER})?)"
)
_STOP = r"(?!(?:and|or|but|were|was|are|is|in|at|to|on|by|with|from|for|who|that)\b)"
_MODS = rf"(?:(?:of\s+)?(?:the\s+)?(?:{_STOP}[A-Za-z][\w.'’-]*\s+){{0,3}}?)"
_START = r"(?<![\w.,$€£¥₽^])"

_NOUN_TAIL = (
    rf"{_AMOUNT}\s+{_MODS}(?P<noun>{W.NOUN_RX})\b"
    rf"(?:\s+(?:{W.LINK_RX})?\s*"
    rf"(?P<verb>{W.PASSIVE_RX})\b)?"
)
_BARE_TAIL = rf"{_AMOUNT}\s+(?:(?:{W.LINK_RX})\s+)?(?P<verb>{W.PASSIVE_RX})\b"
_MONEY_SYM_TAIL = rf"(?P<cur>{W.CURRENCY_SYMBOL_RX})\s?(?P<amount>{_NUMBER})"
_MONEY_WORD_TAIL = (
    rf"(?P<amount>{_NUMBER})\s+(?:(?:U\.S\.|US|American|Russian|Chinese)\s+)?"
    rf"(?P<cur>{W.CURRENCY_WORD_RX})\b"
)


def _qualified(tail: str) -> QualPattern:
    """``_START``, the optional qualifier and ``tail``, scanned from ``tail`` (qualscan)."""
    return QualPattern(compile_fast(rf"{_START}{_QUAL}{tail}", re.IGNORECASE),
                       compile_fast(tail, re.IGNORECASE), W.QUALIFIER_WORDS + 1)


# the core scan pays only where the core is rare: a currency symbol; an amount can start at
# nearly any word ("one", "a", "several"), and scanned from it these ran about twice slower
_NOUN_RX = compile_fast(rf"{_START}{_QUAL}{_NOUN_TAIL}", re.IGNORECASE)
_BARE_RX = compile_fast(rf"{_START}{_QUAL}{_BARE_TAIL}", re.IGNORECASE)
_VERB_FIRST_RX = compile_fast(
    rf"\b(?P<verb>{W.ACTIVE_RX})\s+{_QUAL}{_AMOUNT}(?:\s+{_MODS}(?P<noun>{W.NOUN_RX}))?\b",
    re.IGNORECASE,
)
_TOLL_RX = compile_fast(
    rf"\bdeath\s+toll\s+(?:\w+\s+){{0,3}}?(?:to|at|of|reached|hit|passed|exceeded)\s+{_QUAL}"
    rf"{_AMOUNT}",
    re.IGNORECASE,
)
_MONEY_SYM_RX = _qualified(_MONEY_SYM_TAIL)
_MONEY_WORD_RX = compile_fast(rf"{_START}{_QUAL}{_MONEY_WORD_TAIL}", re.IGNORECASE)
_ACCORDING_RX = re.compile(
    r"\b(?i:according\s+to|citing)\s+(?P<who>[^,;\"“”()]+?)"
    r"(?=\s*(?:[,;\"“”()]|(?<![A-Z])\.(?:\s|$)|$|\s+that\b))"
)
CLAIM_VERBS = frozenset(
    [
        "say",
        "tell",
        "estimate",
        "report",
        "claim",
        "assess",
        "state",
        "announce",
        "put",
        "believe",
        "count",
        "confirm",
        "warn",
        "allege",
    ]
)


def find_quantities(doc: Doc) -> list[Quantity]:
    """Every count or sum of money in ``doc`` (never raises; absurd counts get value None)."""
    text = doc_text(doc)
    if not text.strip():
        return []
    found = _dedupe(_matches(text))
    out = []
    for _, end, value, vmax, unit, qual, start in found:
        start = end - len(text[start:end].lstrip())  # not text[start:]: O(len(text)) per hit
        claimant = _claimant(doc, start, end)
        out.append(Quantity(text[start:end], start, end, value, unit, qual, vmax, claimant))
    return out


_Hit = tuple[int, int, float | None, float | None, str, str | None, int]  # ..., text start


def _matches(text: str) -> Iterator[_Hit]:
    for rx in (_MONEY_SYM_RX, _MONEY_WORD_RX):
        for m in rx.finditer(text):
            yield _hit(m, m["amount"], W.currency(m["cur"]), money=True)
    for rx in (_NOUN_RX, _VERB_FIRST_RX, _BARE_RX):
        for m in rx.finditer(text):
            gd = m.groupdict()
            unit = W.unit_of(gd.get("noun"), gd.get("verb"))
            if unit:
                yield _hit(m, m["amount"], unit, money=False)
    for m in _TOLL_RX.finditer(text):
        yield _hit(m, m["amount"], "killed", money=False)


def _hit(m: re.Match[str], amount: str, unit: str, *, money: bool) -> _Hit:
    gd = m.groupdict()
    value, vmax, kind = W.parse_amount(amount)
    qual = W.qualifier(gd.get("qual")) or kind
    limit = W.MAX_MONEY if money else W.MAX_COUNT
    if value is not None and (value > limit or (vmax is not None and vmax > limit)):
        value = vmax = None
    text_start = (
        m.start("verb") + len(gd["verb"]) + 1
        if gd.get("verb") and m.start("verb") == m.start()
        else m.start()
    )
    return (m.start(), m.end(), value, vmax, unit, qual, text_start)


def _dedupe(hits: Iterator[_Hit]) -> list[_Hit]:
    """Of overlapping hits keep the longest (then the first found: money first), in text order."""
    ordered = sorted(enumerate(hits), key=lambda ih: (ih[1][0] - ih[1][1], ih[0]))
    kept: list[_Hit] = []
    for _, h in ordered:
        if any(h[0] < k[1] and k[0] < h[1] for k in kept):
            continue
        kept.append(h)
    kept.sort(key=lambda h: h[0])
    return kept


def _claimant(doc: Doc, start: int, end: int) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    m = _ACCORDING_RX.search(sent.text)
    if m:
        return m["who"].strip()
    return _speech_subject(sent, span)


def _speech_subject(sent: Span, span: Span) -> str | None:
    """The subject of a say/estimate verb in the figure's sentence, unless it holds the figure."""
    for tok in sent:
        if tok.lemma_ not in CLAIM_VERBS or tok.pos_ not in ("VERB", "AUX"):
            continue
        for child in tok.children:
            if child.dep_ not in ("nsubj", "nsubjpass") or child.pos_ == "PRON":
                continue
            subj = sent.doc[child.left_edge.i : child.right_edge.i + 1]
            if subj.start_char <= span.start_char < subj.end_char:
                continue
            return subj.text
    return None
