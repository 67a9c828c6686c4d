"""An unresolved 'they' speaker: the plural noun that was the subject just before it.

'Protesters blocked the road. They said the police had fired': described groups
('protesters', 'officials') are no actors the index holds, so 'they' finds no antecedent
there; the nearest plural common noun that was the subject of a main clause in the
pronoun's sentence or the two before is taken, named by its description (uncoded).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from redline.model import Actor, Quote
from redline.quotes.context import Ctx
from redline.quotes.mentions import mention_span
from redline.quotes.names import described_group

_REACH_SENTENCES = 2
_MAIN = frozenset({"ROOT", "conj", "ccomp"})


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
