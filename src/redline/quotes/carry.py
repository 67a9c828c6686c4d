"""An unresolved 'they' speaker: the plural noun that was the subject just before it.

'Protesters blocked the road. They said the police had fired': described groups
('protesters', 'officials') are no actors the index holds, so 'they' finds no antecedent
there; the nearest plural common noun that was the subject of a main clause in the
pronoun's sentence or the two before is taken, named by its description (uncoded).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from redline.model import Actor, Quote
from redline.quotes.agreement import compatible
from redline.quotes.context import Ctx
from redline.quotes.mentions import mention_span
from redline.quotes.names import described_group

_REACH_SENTENCES = 2
_MAIN = frozenset({"ROOT", "conj"})


def carry_pronouns(ctx: Ctx, quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` with an unresolved 'they' speaker given the plural subject before it."""
    out: list[Quote] = []
    for quote in quotes:
        span = quote.speaker_span
        if quote.speaker is None and span is not None and span.text.lower() == "they" and (
                actor := _plural_subject(ctx, span.start)) is not None:
            quote = replace(quote, speaker=replace(
                actor, text=span.text, start=span.start, end=span.end, sentence=quote.sentence))
        out.append(quote)
    return out


def _plural_subject(ctx: Ctx, start: int) -> Actor | None:
    pron = ctx.index.token_at(start)
    if pron is None:
        return None
    lo = ctx.sent_starts[max(0, ctx.sent_of(start) - _REACH_SENTENCES)]
    for tok in reversed(pron.doc[:pron.i]):
        if tok.idx < lo:
            return None
        if tok.dep_ == "nsubj" and tok.tag_ == "NNS" and tok.pos_ == "NOUN" \
                and tok.head.dep_ in _MAIN and ctx.qidx[tok.i] < 0:
            i, j = mention_span(tok)
            return described_group(tok, tok.doc[i:j])
    return None


_PERSONAL = frozenset({"he", "she"})


def keep_speaker(ctx: Ctx, quotes: Sequence[Quote]) -> list[Quote]:
    """'He went on to say that Democrats such as Joe Manchin are mad. He said ...': a 'he'
    or 'she' right after a quote is its speaker, not someone named inside its words."""
    out: list[Quote] = []
    for quote in quotes:
        prev = _previous(quote, out)
        if prev is not None and _named_inside(ctx, quote, prev):
            assert prev.speaker is not None and quote.speaker_span is not None
            span = quote.speaker_span
            quote = replace(quote, speaker=replace(
                prev.speaker, text=span.text, start=span.start, end=span.end,
                sentence=quote.sentence))
        out.append(quote)
    return out


def _previous(quote: Quote, before: Sequence[Quote]) -> Quote | None:
    span = quote.speaker_span
    if span is None or quote.speaker is None or span.text.lower() not in _PERSONAL:
        return None
    for prev in reversed(before):
        if prev.content.end <= span.start and prev.speaker is not None:
            return prev if quote.sentence - prev.sentence <= 1 else None
    return None


def _named_inside(ctx: Ctx, quote: Quote, prev: Quote) -> bool:
    """Whether the pronoun's reading names someone only inside ``prev``'s words."""
    ours, theirs = quote.speaker, prev.speaker
    span = quote.speaker_span
    if ours is None or theirs is None or span is None or theirs.kind != "person" \
            or ours.name == theirs.name or not ours.name.strip():
        return False
    word = re.compile(rf"\b{re.escape(ours.name.split()[-1])}\b")
    if not word.search(prev.content.text) or word.search(ctx.text[prev.content.end:span.start]):
        return False
    head = ctx.index.token_at(span.start)
    named = replace(theirs, text=theirs.name)
    return head is not None and compatible(head, "person", named, ctx.index)
