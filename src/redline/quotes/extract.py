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
from redline.quotes.cues import (
    ADDRESSEE_PASSIVE,
    CueWord,
    content_of,
    cue_chars,
    cue_word,
    subject_of,
    subtree_chars,
    trim,
)
from redline.quotes.marks import QuoteSpan, find_quote_spans, paragraphs
from redline.quotes.speakers import ActorIndex, Source, resolve_source

_LABEL_PUNCT = frozenset({":", "—", "―", "–", "--"})
_LABEL_MAX_TOKENS = 8
_MIXED_MIN_CHARS = 8
_ACCORDING = CueWord("according to", "ADP", frozenset({"quote", "clause"}), frozenset())


@dataclass
class _Rel:
    """A relation under construction (mutable; frozen into a Quote at the end)."""

    cue: tuple[int, int] | None
    source: Source | None
    content: tuple[int, int]
    kind: str
    direct: bool
    frame: str = ""


@dataclass(frozen=True, slots=True)
class _Cue:
    """A cue word found in the text, with the content its frame gives (if any)."""

    tok: Token
    word: CueWord
    content: tuple[int, int] | None
    frame: str


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
    span_starts: list[int] = field(default_factory=list)

    def sent_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def para_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)

    def spans_between(self, start: int, end: int) -> Iterator[QuoteSpan]:
        """Quote spans whose marks overlap [start, end), in order (spans do not nest)."""
        k = max(0, bisect.bisect_right(self.span_starts, start) - 1)
        while k < len(self.spans) and self.spans[k].outer_start < end:
            if self.spans[k].outer_end > start:
                yield self.spans[k]
            k += 1


def _token_quotes(doc: Doc, spans: Sequence[QuoteSpan]) -> list[int]:
    """For each token, the index of the quote span whose marks enclose it, else -1."""
    out = [-1] * len(doc)
    k = 0
    for tok in doc:
        while k < len(spans) and spans[k].outer_end <= tok.idx:
            k += 1
        if k < len(spans) and spans[k].outer_start <= tok.idx:
            out[tok.i] = k
    return out


def _context(doc: Doc, actors: Sequence[Actor]) -> _Ctx:
    text = doc.text
    spans = sorted(find_quote_spans(text), key=lambda s: s.outer_start)
    paras = paragraphs(text)
    quoted = [(s.outer_start, s.outer_end) for s in spans]
    ctx = _Ctx(doc, ActorIndex(doc, actors, quoted), spans, _token_quotes(doc, spans),
               [s.start_char for s in doc.sents], paras)
    ctx.para_starts = [p[0] for p in paras]
    ctx.text = text
    ctx.span_starts = [s.outer_start for s in spans]
    return ctx


# ---------------------------------------------------------------- cue words

def _find_cues(ctx: _Ctx) -> list[_Cue]:
    out: list[_Cue] = []
    for tok in ctx.doc:
        if ctx.qidx[tok.i] >= 0:
            continue
        if tok.lower_ == "according":
            if tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
                out.append(_Cue(tok, _ACCORDING, None, "according"))
            continue
        word = cue_word(tok)
        if word is None:
            continue
        found = content_of(tok, word, ctx.text)
        if found is not None or "quote" in word.frames:
            content, frame = found if found is not None else (None, "")
            out.append(_Cue(tok, word, content, frame))
    return out


def _cue_source(cue: Token, ctx: _Ctx) -> Source | None:
    lemma = cue.lemma_.lower()
    if lemma in ADDRESSEE_PASSIVE and any(c.dep_ == "nsubjpass" for c in cue.children):
        return None  # "X was asked": X is the addressee
    subject = subject_of(cue)
    if subject is None:
        return None
    return resolve_source(subject, ctx.index, ctx.sent_of(cue.idx))


def _according(tok: Token, ctx: _Ctx) -> tuple[Source | None, tuple[int, int] | None]:
    to = tok.nbor(1)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    source = resolve_source(pobj, ctx.index, ctx.sent_of(tok.idx)) if pobj else None
    sent = tok.sent
    a_start, a_end = tok.idx, subtree_chars(tok)[1]
    if pobj is not None:
        a_end = max(a_end, subtree_chars(pobj)[1])
    before = trim(ctx.text, sent.start_char, a_start)
    after = trim(ctx.text, a_end, sent.end_char)
    content = before if before[1] - before[0] >= after[1] - after[0] else after
    return source, (content if content[1] > content[0] else None)


# ---------------------------------------------------------------- quotes -> cues

def _assign_quotes(ctx: _Ctx, cues: Sequence[_Cue]) -> dict[int, list[int]]:
    """Each quote to the nearest cue word in the sentence(s) it spans: cue.i -> quote ids."""
    by_sent: dict[int, list[_Cue]] = {}
    for cue in cues:
        by_sent.setdefault(ctx.sent_of(cue.tok.idx), []).append(cue)
    out: dict[int, list[int]] = {}
    for n, span in enumerate(ctx.spans):
        first, last = ctx.sent_of(span.outer_start), ctx.sent_of(max(span.end - 1, 0))
        lo = ctx.paras[ctx.para_of(span.outer_start)][0]
        hi = ctx.paras[ctx.para_of(max(span.outer_end - 1, 0))][1]
        pool = [c for s in range(first, min(last, first + 40) + 1) for c in by_sent.get(s, ())
                if lo <= c.tok.idx < hi]
        if not pool:
            continue
        best = min(pool, key=lambda c: _distance(c.tok, span))
        inside = best.content is not None and best.content[0] <= span.start \
            and span.end <= best.content[1]
        if inside or (best.frame == "according" or "quote" in best.word.frames) \
                and _clausal(ctx, span):
            out.setdefault(best.tok.i, []).append(n)
    return out


def _clausal(ctx: _Ctx, span: QuoteSpan) -> bool:
    """Quoted words that stand as a clause: set off by punctuation or ending in it."""
    text = ctx.text
    if span.end > span.start and text[span.end - 1] in ",.?!;:…":
        return True
    sent_start = ctx.sent_starts[ctx.sent_of(span.outer_start)] if ctx.sent_starts else 0
    k = span.outer_start
    while k > sent_start and text[k - 1].isspace():
        k -= 1
    return k <= sent_start or text[k - 1] in ",:;—―–-(\n"


def _distance(cue: Token, span: QuoteSpan) -> int:
    if cue.idx >= span.outer_end:
        return cue.idx - span.outer_end
    return max(0, span.outer_start - (cue.idx + len(cue.text)))


def _outside_chars(ctx: _Ctx, start: int, end: int) -> int:
    """Letters and digits of text[start:end] that are not inside any quote."""
    text = ctx.text
    count = 0
    pos = start
    for span in ctx.spans_between(start, end):
        count += sum(ch.isalnum() for ch in text[pos:max(pos, span.outer_start)])
        pos = max(pos, span.outer_end)
    count += sum(ch.isalnum() for ch in text[pos:end])
    return count


def _cue_relations(ctx: _Ctx, cue: _Cue, quote_ids: Sequence[int]) -> list[_Rel]:
    chars = cue_chars(cue.tok)
    if cue.frame == "according":
        source, clause = _according(cue.tok, ctx)
        kind = "according_to"
    else:
        # a raising verb ("she seems ready to ...") says how things look, to no one in particular
        source = None if cue.frame == "raise" else _cue_source(cue.tok, ctx)
        clause, kind = cue.content, "indirect"
    rels: list[_Rel] = []
    rest = list(quote_ids)
    if clause is not None:
        inside = [n for n in rest if clause[0] <= ctx.spans[n].start < clause[1]]
        if inside and _outside_chars(ctx, *clause) >= _MIXED_MIN_CHARS:
            rels.append(_Rel(chars, source, clause, "mixed" if kind == "indirect" else kind,
                             False, cue.frame))
            rest = [n for n in rest if n not in inside]
        elif not rest:
            rels.append(_Rel(chars, source, clause, kind, False, cue.frame))
    for n in rest:
        span = ctx.spans[n]
        rels.append(_Rel(chars, source, (span.start, span.end), "direct", True, "quote"))
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
        content = trim(ctx.text, tok.idx + len(tok.text), hi)
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
    for span in ctx.spans_between(*chars):
        if trim(ctx.text, span.outer_start, span.outer_end) == chars or (
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
    starts_sentence = sent is not None and trim(
        text, sent[0].sent.start_char, span.outer_start)[1] <= sent[0].sent.start_char
    near = previous is not None and ctx.para_of(previous.content[1]) >= span.paragraph - 1
    if (alone or starts_sentence) and near and previous is not None:
        return _Rel(None, previous.source, (span.start, span.end), "direct", True)
    if alone or starts_sentence:
        return _Rel(None, None, (span.start, span.end), "direct", True)
    return _Rel(None, None, (span.start, span.end), "partial", True)


def _claimed_by(ctx: _Ctx, rels: Sequence[_Rel]) -> set[int]:
    """Indices of the quote spans that lie inside the content of one of ``rels``."""
    where = {id(span): n for n, span in enumerate(ctx.spans)}
    return {where[id(s)] for r in rels for s in ctx.spans_between(*r.content)
            if r.content[0] <= s.start and s.end <= r.content[1]}


def _relations(ctx: _Ctx) -> list[_Rel]:
    cues = _find_cues(ctx)
    labels = list(_label_relations(ctx))
    claimed = _claimed_by(ctx, labels)
    assigned = _assign_quotes(ctx, cues)
    for quote_ids in assigned.values():
        quote_ids[:] = [n for n in quote_ids if n not in claimed]
    rels = list(labels)
    for cue in cues:
        rels.extend(_cue_relations(ctx, cue, assigned.get(cue.tok.i, ())))
    claimed |= {n for ids in assigned.values() for n in ids}
    rels.sort(key=lambda r: r.content[0])
    return _add_leftovers(ctx, rels, claimed)


def _add_leftovers(ctx: _Ctx, rels: list[_Rel], claimed: set[int]) -> list[_Rel]:
    out: list[_Rel] = []
    pending = [n for n in range(len(ctx.spans)) if n not in claimed]
    pending.sort(key=lambda n: ctx.spans[n].start)
    k = 0
    last: list[_Rel | None] = [None]  # the latest direct quote with a source
    for rel in rels:
        while k < len(pending) and ctx.spans[pending[k]].start < rel.content[0]:
            out.append(_leftover_unless_inside(ctx, pending[k], out, last))
            k += 1
        out.append(rel)
        if rel.source is not None and rel.direct:
            last[0] = rel
    for n in pending[k:]:
        out.append(_leftover_unless_inside(ctx, n, out, last))
    return [r for r in out if r.content[1] > r.content[0]]


def _leftover_unless_inside(ctx: _Ctx, n: int, done: list[_Rel],
                            last: list[_Rel | None]) -> _Rel:
    span = ctx.spans[n]
    if any(r.content[0] <= span.start and span.end <= r.content[1] for r in done[-5:]):
        return _Rel(None, None, (0, 0), "partial", True)  # part of a relation: dropped
    rel = _leftover(ctx, span, last[0])
    if rel.source is not None and rel.direct:
        last[0] = rel
    return rel


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
