"""Assemble quotes from quote marks, cue words and the dependency parse.

Relations come from four general constructions:

* a cue verb (say, tell, warn, ...) with its subject as source and, as content, the
  nearest quoted stretch in the same sentence(s) (direct), or its clausal complement
  (indirect), or a complement that mixes quoted and plain words (mixed);
* "according to X": X is the source, the clause around the phrase the content;
* a label that opens a paragraph and ends in a colon or a dash ("PENCE: ...",
  "Loretta Lynch ― “...”");
* a quote left without a cue: a paragraph (or sentence) that is only a quote continues
  the speaker of the quote before it; a quote inside a sentence is a partial quote.

A question put to someone ("X was asked, '...'") has no speaker: the passive subject of
ask/tell is the addressee.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from redline.model import Actor, Quote, Span
from redline.quotes.lexicon import (
    ADDRESSEE_PASSIVE,
    ADDRESSEE_VERBS,
    CUE_VERBS,
    NAMING_VERBS,
    OBJECT_VERBS,
    SPEECH_VERBS,
    STANCE_VERBS,
    TOPIC_PREPS,
)
from redline.quotes.marks import QuoteSpan, find_quote_spans, paragraphs
from redline.quotes.speakers import ActorIndex, Source, resolve_source

_TRIM = set(" \t\n\r,;:.()—–-―")
_QUOTE_CHARS = frozenset("\"“”‘’«»")
_LABEL_PUNCT = frozenset({":", "—", "―", "–", "--"})
_LABEL_MAX_TOKENS = 8
_MIXED_MIN_CHARS = 8


@dataclass
class _Rel:
    """A relation under construction (mutable; frozen into a Quote at the end)."""

    cue: tuple[int, int] | None
    source: Source | None
    content: tuple[int, int]
    kind: str
    direct: bool


@dataclass
class _Ctx:
    doc: Doc
    index: ActorIndex
    spans: list[QuoteSpan]
    qidx: list[int]
    sent_starts: list[int]
    paras: list[tuple[int, int]]
    para_starts: list[int] = field(default_factory=list)
    text: str = ""

    def sent_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def para_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)


def _token_quotes(doc: Doc, spans: Sequence[QuoteSpan]) -> list[int]:
    """For each token, the index of the quote span whose marks enclose it, else -1."""
    out = [-1] * len(doc)
    k = 0
    ordered = sorted(range(len(spans)), key=lambda n: spans[n].outer_start)
    for tok in doc:
        while k < len(ordered) and spans[ordered[k]].outer_end <= tok.idx:
            k += 1
        if k < len(ordered) and spans[ordered[k]].outer_start <= tok.idx:
            out[tok.i] = ordered[k]
    return out


def _context(doc: Doc, actors: Sequence[Actor]) -> _Ctx:
    text = doc.text
    spans = find_quote_spans(text)
    paras = paragraphs(text)
    ctx = _Ctx(doc, ActorIndex(doc, actors), spans, _token_quotes(doc, spans),
               [s.start_char for s in doc.sents], paras)
    ctx.para_starts = [p[0] for p in paras]
    ctx.text = text
    return ctx


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and punctuation; strip a quote mark only when it has no partner inside."""
    while True:
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        odd = sum(text[k] in _QUOTE_CHARS for k in range(start, end)) % 2 == 1
        if odd and start < end and text[start] in _QUOTE_CHARS:
            start += 1
        elif odd and start < end and text[end - 1] in _QUOTE_CHARS:
            end -= 1
        elif start < end and text[start] in _QUOTE_CHARS and text[end - 1] in _QUOTE_CHARS \
                and _QUOTE_CHARS.isdisjoint(text[start + 1:end - 1]):
            start, end = start + 1, end - 1
        else:
            return start, end


def _subtree_chars(tok: Token) -> tuple[int, int]:
    right = tok.right_edge
    return tok.left_edge.idx, right.idx + len(right.text)


# ---------------------------------------------------------------- cue words

def _is_cue(tok: Token, ctx: _Ctx) -> bool:
    if ctx.qidx[tok.i] >= 0:
        return False
    if tok.lower_ == "according":
        return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to"
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in CUE_VERBS


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i and not passive:
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return None


def _cue_source(verb: Token, ctx: _Ctx) -> Source | None:
    lemma = verb.lemma_.lower()
    if lemma in ADDRESSEE_PASSIVE and any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "X was asked": X is the addressee
    subject = _subject(verb)
    if subject is None:
        return None
    return resolve_source(subject, ctx.index, ctx.sent_of(verb.idx))


def _cue_chars(verb: Token) -> tuple[int, int]:
    if verb.lower_ == "according":
        nxt = verb.nbor(1)
        return verb.idx, nxt.idx + len(nxt.text)
    return verb.idx, verb.idx + len(verb.text)


def _clause_content(verb: Token, ctx: _Ctx) -> tuple[int, int] | None:
    """The content a cue verb governs: a clause, an object, an infinitive, a topic."""
    text = ctx.text
    for child in verb.children:
        if child.dep_ == "ccomp":
            start, end = _subtree_chars(child)
            for other in verb.rights:
                if child.i > verb.i and other.i > child.i and other.dep_ not in (
                        "conj", "cc", "punct"):
                    end = max(end, _subtree_chars(other)[1])
            return _trim(text, start, end)
    subject = _subject(verb)
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i and subject is not None:
        left = min(verb.left_edge.idx, subject.left_edge.idx)
        start = verb.head.left_edge.idx
        return _trim(text, start, left) if left > start else None
    lemma = verb.lemma_.lower()
    if lemma in NAMING_VERBS and (named := _naming_content(verb, text)) is not None:
        return named
    return _object_content(verb, lemma, text)


def _object_content(verb: Token, lemma: str, text: str) -> tuple[int, int] | None:
    """'vowed to act', 'urged X to act', 'denied any role', 'called for talks'."""
    kids = {c.dep_: c for c in verb.children if c.i > verb.i}
    xcomp = kids.get("xcomp")
    dobj = kids.get("dobj")
    if xcomp is not None and xcomp.pos_ in ("VERB", "AUX") and lemma in SPEECH_VERBS | STANCE_VERBS:
        start = _subtree_chars(dobj)[0] if dobj is not None else _subtree_chars(xcomp)[0]
        return _trim(text, start, _subtree_chars(xcomp)[1])
    if lemma not in SPEECH_VERBS | STANCE_VERBS:
        return None  # verbs of belief take a clause only
    if dobj is not None and lemma not in ADDRESSEE_VERBS and lemma in OBJECT_VERBS:
        return _trim(text, *_subtree_chars(dobj))
    prep = kids.get("prep")
    if prep is not None and prep.lower_ in TOPIC_PREPS.get(lemma, ()):
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None:
            return _trim(text, *_subtree_chars(pobj))
    return None


def _naming_content(verb: Token, text: str) -> tuple[int, int] | None:
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "attr")]
    if len(objs) < 2 and not any(c.dep_ == "oprd" for c in objs):
        return None
    start = min(_subtree_chars(c)[0] for c in objs)
    end = max(_subtree_chars(c)[1] for c in objs)
    return _trim(text, start, end)


def _according(tok: Token, ctx: _Ctx) -> tuple[Source | None, tuple[int, int] | None]:
    to = tok.nbor(1)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    source = resolve_source(pobj, ctx.index, ctx.sent_of(tok.idx)) if pobj else None
    sent = tok.sent
    a_start, a_end = tok.idx, _subtree_chars(tok)[1]
    if pobj is not None:
        a_end = max(a_end, _subtree_chars(pobj)[1])
    before = _trim(ctx.text, sent.start_char, a_start)
    after = _trim(ctx.text, a_end, sent.end_char)
    content = before if before[1] - before[0] >= after[1] - after[0] else after
    return source, (content if content[1] > content[0] else None)


# ---------------------------------------------------------------- quotes -> cues

def _assign_quotes(ctx: _Ctx, cues: Sequence[Token]) -> dict[int, list[int]]:
    """Each quote to the nearest cue word in the sentence(s) it spans: cue.i -> quote ids."""
    by_sent: dict[int, list[Token]] = {}
    for cue in cues:
        by_sent.setdefault(ctx.sent_of(cue.idx), []).append(cue)
    out: dict[int, list[int]] = {}
    for n, span in enumerate(ctx.spans):
        first, last = ctx.sent_of(span.outer_start), ctx.sent_of(max(span.end - 1, 0))
        lo = ctx.paras[ctx.para_of(span.outer_start)][0]
        hi = ctx.paras[ctx.para_of(max(span.outer_end - 1, 0))][1]
        pool = [c for s in range(first, min(last, first + 40) + 1) for c in by_sent.get(s, ())
                if lo <= c.idx < hi]
        if not pool:
            continue
        best = min(pool, key=lambda c: _distance(c, span))
        if not _clausal(ctx, span) and not _within_content(ctx, best, span):
            continue
        out.setdefault(best.i, []).append(n)
    return out


def _clausal(ctx: _Ctx, span: QuoteSpan) -> bool:
    """Quoted words that stand as a clause: set off by punctuation or ending in it."""
    text = ctx.text
    if span.end > span.start and text[span.end - 1] in ",.?!;:…":
        return True
    before = text[:span.outer_start].rstrip()
    sent_start = ctx.sent_starts[ctx.sent_of(span.outer_start)] if ctx.sent_starts else 0
    return len(before) <= sent_start or before[-1] in ",:;—―–-(\n"


def _within_content(ctx: _Ctx, cue: Token, span: QuoteSpan) -> bool:
    if cue.lower_ == "according":
        return True
    clause = _clause_content(cue, ctx)
    return clause is not None and clause[0] <= span.start and span.end <= clause[1]


def _distance(cue: Token, span: QuoteSpan) -> int:
    if cue.idx >= span.outer_end:
        return cue.idx - span.outer_end
    return max(0, span.outer_start - (cue.idx + len(cue.text)))


def _outside_chars(ctx: _Ctx, start: int, end: int) -> int:
    """Letters and digits of text[start:end] that are not inside any quote."""
    text = ctx.text
    count = 0
    pos = start
    for span in ctx.spans:
        if span.outer_end <= start or span.outer_start >= end:
            continue
        count += sum(ch.isalnum() for ch in text[pos:max(pos, span.outer_start)])
        pos = max(pos, span.outer_end)
    count += sum(ch.isalnum() for ch in text[pos:end])
    return count


def _cue_relations(ctx: _Ctx, cue: Token, quote_ids: Sequence[int]) -> list[_Rel]:
    chars = _cue_chars(cue)
    if cue.lower_ == "according":
        source, clause = _according(cue, ctx)
        kind = "according_to"
    else:
        source, clause = _cue_source(cue, ctx), _clause_content(cue, ctx)
        kind = "indirect"
    rels: list[_Rel] = []
    rest = list(quote_ids)
    if clause is not None:
        inside = [n for n in rest if clause[0] <= ctx.spans[n].start < clause[1]]
        if inside and _outside_chars(ctx, *clause) >= _MIXED_MIN_CHARS:
            rels.append(_Rel(chars, source, clause, "mixed" if kind == "indirect" else kind, False))
            rest = [n for n in rest if n not in inside]
        elif not rest:
            rels.append(_Rel(chars, source, clause, kind, False))
    for n in rest:
        span = ctx.spans[n]
        rels.append(_Rel(chars, source, (span.start, span.end), "direct", True))
    return rels


# ---------------------------------------------------------------- labels and leftovers

def _label_relations(ctx: _Ctx) -> Iterator[_Rel]:
    """'NAME: text' and 'NAME ― “quote”' opening a paragraph."""
    doc = ctx.doc
    for lo, hi in ctx.paras:
        first = doc.char_span(lo, hi, alignment_mode="expand")
        if first is None or len(first) < 3:
            continue
        rel = _label_in(ctx, first.start, min(first.end, first.start + _LABEL_MAX_TOKENS + 1), hi)
        if rel is not None:
            yield rel


def _label_in(ctx: _Ctx, i: int, j: int, hi: int) -> _Rel | None:
    doc = ctx.doc
    for k in range(i + 1, j):
        tok = doc[k]
        if ctx.qidx[k] >= 0 or (tok.text not in _LABEL_PUNCT and tok.pos_ in ("VERB", "AUX")):
            return None
        if tok.text not in _LABEL_PUNCT:
            continue
        prefix = doc[i:k]
        if not (prefix[0].is_title or prefix[0].is_upper) or any(
                t.pos_ == "AUX" or "\n" in t.text for t in prefix):
            return None
        content = _trim(ctx.text, tok.idx + len(tok.text), hi)
        direct = _single_quote_in(ctx, content)
        if content[1] <= content[0] or (tok.text != ":" and direct is None):
            return None  # a dash needs a quote after it: "MOSCOW — ..." is a dateline
        source = resolve_source(prefix.root, ctx.index, ctx.sent_of(prefix.start_char),
                                span=(i, k))
        return _Rel((tok.idx, tok.idx + len(tok.text)), source, direct or content,
                    "direct" if direct else "indirect", direct is not None)
    return None


def _single_quote_in(ctx: _Ctx, chars: tuple[int, int]) -> tuple[int, int] | None:
    """The quote that makes up all of ``chars``, if one does."""
    for span in ctx.spans:
        if _trim(ctx.text, span.outer_start, span.outer_end) == chars or (
            span.outer_start <= chars[0] and span.outer_end >= chars[1]
        ):
            return span.start, span.end
    return None


def _leftover(ctx: _Ctx, span: QuoteSpan, previous: _Rel | None) -> _Rel:
    """A quote no cue claimed: a continuation of the previous speaker, or a partial quote."""
    text = ctx.text
    lo, hi = ctx.paras[span.paragraph] if span.paragraph < len(ctx.paras) else (0, len(text))
    alone = _outside_chars(ctx, lo, hi) == 0
    sent = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    starts_sentence = sent is not None and _trim(
        text, sent[0].sent.start_char, span.outer_start)[1] <= sent[0].sent.start_char
    near = previous is not None and ctx.para_of(previous.content[1]) >= span.paragraph - 1
    if (alone or starts_sentence) and near and previous is not None:
        return _Rel(None, previous.source, (span.start, span.end), "direct", True)
    if alone or starts_sentence:
        return _Rel(None, None, (span.start, span.end), "direct", True)
    return _Rel(None, None, (span.start, span.end), "partial", True)


def _relations(ctx: _Ctx) -> list[_Rel]:
    cues = [t for t in ctx.doc if _is_cue(t, ctx)]
    labels = list(_label_relations(ctx))
    claimed = {n for n, s in enumerate(ctx.spans) for r in labels
               if r.content[0] <= s.start and s.end <= r.content[1]}
    assigned = _assign_quotes(ctx, cues)
    for quote_ids in assigned.values():
        quote_ids[:] = [n for n in quote_ids if n not in claimed]
    rels = list(labels)
    for cue in cues:
        rels.extend(_cue_relations(ctx, cue, assigned.get(cue.i, ())))
    claimed |= {n for ids in assigned.values() for n in ids}
    rels.sort(key=lambda r: r.content[0])
    return _add_leftovers(ctx, rels, claimed)


def _add_leftovers(ctx: _Ctx, rels: list[_Rel], claimed: set[int]) -> list[_Rel]:
    out: list[_Rel] = []
    pending = [n for n in range(len(ctx.spans)) if n not in claimed]
    k = 0
    for rel in rels:
        while k < len(pending) and ctx.spans[pending[k]].start < rel.content[0]:
            out.append(_leftover_unless_inside(ctx, pending[k], out))
            k += 1
        out.append(rel)
    for n in pending[k:]:
        out.append(_leftover_unless_inside(ctx, n, out))
    return [r for r in out if r.content[1] > r.content[0]]


def _leftover_unless_inside(ctx: _Ctx, n: int, done: list[_Rel]) -> _Rel:
    span = ctx.spans[n]
    if any(r.content[0] <= span.start and span.end <= r.content[1] for r in done[-5:]):
        return _Rel(None, None, (0, 0), "partial", True)  # part of a relation: dropped
    previous = next((r for r in reversed(done) if r.source is not None), None)
    return _leftover(ctx, span, previous)


# ---------------------------------------------------------------- public

def _to_quote(ctx: _Ctx, rel: _Rel) -> Quote:
    text = ctx.text
    start, end = rel.content
    cue = None if rel.cue is None else Span(text[rel.cue[0]:rel.cue[1]], *rel.cue)
    source = rel.source
    return Quote(
        sentence=ctx.sent_of(start),
        speaker=source.actor if source else None,
        speaker_text=source.text if source else None,
        cue=cue,
        content=Span(text[start:end], start, end),
        direct=rel.direct,
        kind=rel.kind,
    )


def extract_quotes(doc: Doc, actors: Sequence[Actor]) -> list[Quote]:
    """Direct, indirect, mixed and partial quotes with their cues and resolved speakers."""
    if len(doc) == 0 or not doc.has_annotation("DEP"):
        return []
    ctx = _context(doc, actors)
    return [_to_quote(ctx, rel) for rel in _relations(ctx)]
