"""Quoted words no cue claimed: a quote of someone attributed nearby, or a term.

A quoted span is a quote only when someone is said to have said or written it. Quoted
words that no cue, label or colon gives a speaker are settled here:

* words that read as a statement (four words or more with a verb, not a title-case
  name) take the speaker of an attribution in the same sentence or the one before it,
  in the same or the previous paragraph ('Smith warned of reprisals. Troops would "show
  no mercy"');
* a whole quoted sentence with no attribution near it stays a quote with no speaker (the
  text gives none);
* anything else is a term, title, name or slogan ('the so-called "coalition of the
  willing"', '"Cleggmania"', 'the "Hanoi Hilton"'): not a quote.
"""

from __future__ import annotations

from collections.abc import Sequence

from redline.quotes.context import Ctx, Rel

_STATEMENT_MIN_WORDS = 4
_SENTENCE_END = frozenset(".?!…")


def is_term(text: str) -> bool:
    """Quoted words that name rather than state: short, or every word capitalised."""
    words = text.split()
    if len(words) < _STATEMENT_MIN_WORDS:
        return True
    return all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _has_verb(ctx: Ctx, start: int, end: int) -> bool:
    """Whether the words hold a verb: 'the coalition of the willing' names, 'show no
    mercy' states."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def _whole_sentence(text: str) -> bool:
    stripped = text.rstrip(" ,\"'”’")
    return bool(stripped) and stripped[-1] in _SENTENCE_END and text[:1].isupper()


def _anchor(rel: Rel) -> int:
    return rel.cue[0] if rel.cue is not None else rel.content[0]


def nearby_attribution(ctx: Ctx, rel: Rel, rels: Sequence[Rel]) -> Rel | None:
    """The attribution with a speaker in the same sentence as ``rel``'s words or the one
    before, in the same paragraph or the one before: the latest before it, else the
    first after it in its sentence."""
    start = rel.content[0]
    sent, para = ctx.sent_of(start), ctx.para_of(start)
    near = [r for r in rels if r is not rel and r.source is not None and not r.aside
            and sent - 1 <= ctx.sent_of(_anchor(r)) <= sent
            and para - 1 <= ctx.para_of(_anchor(r)) <= para]
    before = [r for r in near if _anchor(r) <= start]
    if before:
        return max(before, key=_anchor)
    after = [r for r in near if ctx.sent_of(_anchor(r)) == sent]
    return min(after, key=_anchor) if after else None


def settle_unclaimed(ctx: Ctx, rels: Sequence[Rel]) -> list[Rel]:
    """Relations with the quoted words that no one was given settled (see the module)."""
    out: list[Rel] = []
    for rel in rels:
        if rel.source is not None or rel.cue is not None:
            out.append(rel)
            continue
        words = ctx.text[rel.content[0]:rel.content[1]]
        if is_term(words) or not _has_verb(ctx, *rel.content):
            continue
        said = nearby_attribution(ctx, rel, rels)
        if said is not None:
            out.append(Rel(said.cue, said.source, rel.content, "partial", True, said.frame))
        elif _whole_sentence(words) or rel.kind == "direct":
            out.append(rel)
    return out
