"""Quotes no cue claimed: one a clause introduces with a colon ('Trump boomed: “...”'),
a continuation of the previous speaker (same paragraph, or a paragraph that is only a quote
after a direct quote), or a partial quote with no speaker."""

from __future__ import annotations

from collections.abc import Sequence

from redline.quotes.assign import outside_chars, skip_space_back
from redline.quotes.blocks import past_bullet
from redline.quotes.context import Ctx, Rel
from redline.quotes.cues import cue_chars, nearest_subject, trim
from redline.quotes.marks import QuoteSpan
from redline.quotes.mentions import mention_span
from redline.quotes.speakers import resolve_source


def _leftover(ctx: Ctx, span: QuoteSpan, previous: Rel | None) -> Rel:
    """A quote no cue claimed: one a clause introduces with a colon, a continuation of the
    previous speaker, or a partial quote."""
    introduced = _colon_intro(ctx, span)
    if introduced is not None:
        return introduced
    text = ctx.text
    lo, hi = ctx.paras[span.paragraph] if span.paragraph < len(ctx.paras) else (0, len(text))
    alone = outside_chars(ctx, lo, hi) == 0
    sent = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    starts_sentence = sent is not None and trim(
        text, sent[0].sent.start_char, span.outer_start)[1] <= sent[0].sent.start_char
    near = previous is not None and ctx.para_of(previous.content[1]) >= span.paragraph - 1
    if (alone or starts_sentence) and near and previous is not None:
        if ctx.para_of(previous.content[1]) == span.paragraph:  # '..., he said. "More."'
            return Rel(previous.cue, previous.source, (span.start, span.end), "direct", True)
        if previous.direct:
            return Rel(None, previous.source, (span.start, span.end), "direct", True)
    if alone or starts_sentence:
        return Rel(None, None, (span.start, span.end), "direct", True)
    return Rel(None, None, (span.start, span.end), "partial", True)


def _colon_intro(ctx: Ctx, span: QuoteSpan) -> Rel | None:
    """'Trump boomed: “Let's defeat her.”': a clause ending in a colon right before the
    quote, whose verb has a subject that can speak, gives the cue and the source."""
    k = skip_space_back(ctx.text, past_bullet(ctx.text, span.outer_start))
    colon = ctx.index.token_at(k - 1) if k > 0 and ctx.text[k - 1] == ":" else None
    if colon is None or ctx.qidx[colon.i] >= 0:
        return None
    verbs = (t for t in reversed(colon.doc[colon.sent.start:colon.i])
             if t.pos_ in ("VERB", "AUX") and ctx.qidx[t.i] < 0)
    verb = next(verbs, None)  # the last verb before the colon
    subject = nearest_subject(verb) if verb else None
    if verb is None or subject is None:
        return None
    i, j = mention_span(subject)
    source = resolve_source(subject, ctx.index, ctx.sent_of(verb.idx),
                            span=(i, max(i + 1, min(j, verb.i))))
    if source.actor is None and subject.pos_ not in ("PROPN", "PRON"):
        return None  # 'The list was short: “...”' names no speaker
    return Rel(cue_chars(verb), source, (span.start, span.end), "direct", True, "quote")



def claimed_by(ctx: Ctx, rels: Sequence[Rel]) -> set[int]:
    """Indices of the quote spans that lie inside the content of one of ``rels``, or around
    a direct one's content (a transcript quoted as a whole)."""
    return {ctx.span_ids[id(s)] for r in rels for s in ctx.spans_between(*r.content)
            if r.content[0] <= s.start and s.end <= r.content[1]
            or r.direct and s.start <= r.content[0] and r.content[1] <= s.end}


def add_leftovers(ctx: Ctx, rels: list[Rel], claimed: set[int]) -> list[Rel]:
    out: list[Rel] = []
    pending = [n for n in range(len(ctx.spans)) if n not in claimed]
    pending.sort(key=lambda n: ctx.spans[n].start)
    k = 0
    last: list[Rel | None] = [None]  # the latest direct quote with a source
    for rel in rels:
        while k < len(pending) and ctx.spans[pending[k]].start < rel.content[0]:
            out.append(_leftover_unless_inside(ctx, pending[k], out, last))
            k += 1
        out.append(rel)
        if _continued(rel):
            last[0] = rel
    for n in pending[k:]:
        out.append(_leftover_unless_inside(ctx, n, out, last))
    return [r for r in out if r.content[1] > r.content[0]]


def _leftover_unless_inside(ctx: Ctx, n: int, done: list[Rel],
                            last: list[Rel | None]) -> Rel:
    span = ctx.spans[n]
    if any(r.content[0] <= span.start and span.end <= r.content[1] for r in done[-5:]):
        return Rel(None, None, (0, 0), "partial", True)  # part of a relation: dropped
    rel = _leftover(ctx, span, last[0])
    if _continued(rel):
        last[0] = rel
    return rel


def _continued(rel: Rel) -> bool:
    """Whether a quote that follows with no cue of its own may continue ``rel``."""
    return rel.source is not None and (
        rel.direct or rel.cue is not None and rel.frame == "clause" and not rel.aside)
