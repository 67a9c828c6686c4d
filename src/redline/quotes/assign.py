"""Which cue each quote belongs to: the nearest cue word in the sentence(s) the quote
spans, or the governing one ('"...," she said, recalling ...: "..."'), and whether quoted
words stand as a clause (said) or as a term after an ordinary cue ('Speaking on “This
Week,” Carson admitted')."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from redline.quotes.context import Ctx, CueHit
from redline.quotes.cues import ADDRESSEE_PASSIVE
from redline.quotes.marks import QuoteSpan


def assign_quotes(ctx: Ctx, cues: Sequence[CueHit]) -> dict[int, list[int]]:
    """Each quote to the nearest cue word in the sentence(s) it spans: cue.i -> quote ids."""
    by_sent: dict[int, list[CueHit]] = {}
    for cue in cues:
        by_sent.setdefault(ctx.sent_of(cue.tok.idx), []).append(cue)
    out: dict[int, list[int]] = {}
    for n, span in enumerate(ctx.spans):
        first, last = ctx.sent_of(span.start), ctx.sent_of(max(span.end - 1, 0))
        lo = ctx.paras[ctx.para_of(span.outer_start)][0]
        hi = ctx.paras[ctx.para_of(max(span.outer_end - 1, 0))][1]
        pool = [c for s in range(first, min(last, first + 40) + 1) for c in by_sent.get(s, ())
                if lo <= c.tok.idx < hi]
        if not pool:
            pool = _next_sentence_cues(ctx, span, by_sent.get(last + 1, ()), hi)
        if not pool:
            continue
        best = _governing(min(pool, key=lambda c: _distance(c.tok, span)), pool, span)
        if best.holds(span.start, span.end) or not _title_beside_clause(ctx, best, span) and (
                best.frame == "according" or "quote" in best.word.frames) and _clausal(ctx, span):
            out.setdefault(best.tok.i, []).append(n)
    return out


def _title_beside_clause(ctx: Ctx, cue: CueHit, span: QuoteSpan) -> bool:
    """'Speaking on “This Week,” Carson admitted that ...': a quoted name of a few
    words (or in title case) outside the clause the cue governs is not what was said."""
    if cue.frame != "clause" or _opens_sentence(ctx, span):
        return False  # '"We will win," Smith said, "and ..."': what was said comes first
    words = ctx.text[span.start:span.end].split()
    return len(words) < 4 or len(words) <= 8 and all(w[:1].isupper() for w in words)


def _governing(best: CueHit, pool: Sequence[CueHit], span: QuoteSpan) -> CueHit:
    """'"...," she said, recalling her days: "..."': the quote is still hers, said."""
    tok = best.tok
    asked = tok.lemma_.lower() in ADDRESSEE_PASSIVE and tok.dep_ == "advcl" and not any(
        c.dep_ == "nsubj" for c in tok.children)  # 'when asked about it, "..."'
    if tok.tag_ != "VBG" and not asked or best.holds(span.start, span.end):
        return best
    by_tok = {c.tok.i: c for c in pool if "quote" in c.word.frames and (
        c.content is None or c.content[1] <= c.tok.idx or c.holds(span.start, span.end))}
    while tok.dep_ in ("advcl", "xcomp", "acl", "conj") and tok.head.i != tok.i:
        tok = tok.head
        if tok.i in by_tok:
            return by_tok[tok.i]
    before = [c for c in by_tok.values() if c.tok.i < best.tok.i]  # parsed under the quote
    return max(before, key=lambda c: c.tok.i) if before else best


def _next_sentence_cues(ctx: Ctx, span: QuoteSpan, cues: Sequence[CueHit],
                        hi: int) -> list[CueHit]:
    """'"We will win!" Trump said.': the parser ends the sentence at the closing mark."""
    if not cues or ctx.sent_of(cues[0].tok.idx) != ctx.sent_of(span.outer_end + 1):
        return []
    gap = ctx.text[span.outer_end:cues[0].tok.sent.start_char]
    if gap.strip() or ctx.text[span.end - 1] not in ",.?!…":
        return []
    return [c for c in cues if c.content is None and c.tok.idx < hi]


def _clausal(ctx: Ctx, span: QuoteSpan) -> bool:
    """Quoted words that stand as a clause: set off by punctuation or ending in it."""
    text = ctx.text
    if span.end > span.start and text[span.end - 1] in ",.?!;:…":
        return True
    k = _before_quote(ctx, span)
    return k is None or text[k - 1] in ",:;—―–-(\n"


def _before_quote(ctx: Ctx, span: QuoteSpan) -> int | None:
    """The end of the text before a quote in its sentence, or None if it opens it."""
    sent_start = ctx.sent_starts[ctx.sent_of(span.outer_start)] if ctx.sent_starts else 0
    k = skip_space_back(ctx.text, span.outer_start, sent_start)
    return None if k <= sent_start else k


def skip_space_back(text: str, k: int, lo: int = 0) -> int:
    """``k`` moved back over the whitespace before it, not below ``lo``."""
    while k > lo and text[k - 1].isspace():
        k -= 1
    return k


def _opens_sentence(ctx: Ctx, span: QuoteSpan) -> bool:
    return _before_quote(ctx, span) is None


def _distance(cue: Token, span: QuoteSpan) -> int:
    if cue.idx >= span.outer_end:
        return cue.idx - span.outer_end
    return max(0, span.outer_start - (cue.idx + len(cue.text)))


def outside_chars(ctx: Ctx, start: int, end: int) -> int:
    """Letters and digits of text[start:end] that are not inside any quote."""
    text = ctx.text
    count = 0
    pos = start
    for span in ctx.spans_between(start, end):
        count += sum(ch.isalnum() for ch in text[pos:max(pos, span.outer_start)])
        pos = max(pos, span.outer_end)
    count += sum(ch.isalnum() for ch in text[pos:end])
    return count
