"""Relations set out as blocks: a label opening a paragraph ("PENCE: ...",
"Loretta Lynch ― “...”") and a cue with a colon closing one ("He said:") whose next
paragraph is what was said."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span

from redline.quotes.context import Ctx, CueHit, Rel, cue_source
from redline.quotes.cues import cue_chars, trim
from redline.quotes.speakers import resolve_source

_LABEL_PUNCT = frozenset({":", "—", "―", "–", "--"})
_LABEL_MAX_TOKENS = 8
_BLOCK_MAX_CHARS = 1500
# Page furniture that opens a paragraph with a colon but names no speaker.
_FURNITURE = frozenset({
    "latest", "contributing", "editor", "editors", "twitter", "facebook", "follow", "breaking",
    "revealed", "byline", "email", "e-mail", "wow", "boom", "bombshell", "update", "updated",
    "correction", "clarification", "note", "photo", "photos", "video", "watch", "related",
    "read", "advertisement", "share", "listen", "subscribe", "sign", "click", "exclusive",
    "opinion", "analysis", "caption", "credit", "credits", "editor’s", "editor's",
    "source", "sources", "reporting", "writing", "editing", "image", "images", "file",
    "graphic", "map", "pictured", "top", "above", "below", "see", "also", "tags", "topics",
})


def label_relations(ctx: Ctx) -> Iterator[Rel]:
    """'NAME: text' and 'NAME ― “quote”' opening a paragraph; '“quote” ― NAME' closing one."""
    doc = ctx.doc
    for lo, hi in ctx.paras:
        first = doc.char_span(lo, hi, alignment_mode="expand")
        if first is None or len(first) < 3:
            continue
        rel = _label_in(ctx, first.start, min(first.end, first.start + _LABEL_MAX_TOKENS + 2),
                        hi)
        rel = rel or _trailing_label(ctx, lo, hi)
        if rel is not None:
            yield rel


def _label_in(ctx: Ctx, i: int, j: int, hi: int) -> Rel | None:
    doc = ctx.doc
    opened = -1
    if ctx.qidx[i] >= 0 and doc[i].is_quote:
        opened, i = ctx.qidx[i], i + 1  # '"WALLACE: ...': a transcript quoted paragraph-wise
    for k in range(i + 1, j):
        tok = doc[k]
        if ctx.qidx[k] not in (-1, opened) or (
                tok.text not in _LABEL_PUNCT and tok.pos_ in ("VERB", "AUX")):
            return None
        if tok.text not in _LABEL_PUNCT:
            continue
        prefix = doc[i:k]
        if not (prefix[0].is_title or prefix[0].is_upper) or any(
                t.pos_ == "AUX" or "\n" in t.text for t in prefix) or _furniture(prefix):
            return None
        content = trim(ctx.text, tok.idx + len(tok.text), hi)
        direct = content if opened >= 0 else _single_quote_in(ctx, content)
        if content[1] <= content[0] or (tok.text != ":" and direct is None):
            return None  # a dash needs a quote after it: "MOSCOW — ..." is a dateline
        if headline(ctx.text, lo_of(ctx, i), hi):
            return None  # 'Ministry: talks will resume' is a headline, not a speaker
        source = resolve_source(prefix.root, ctx.index, ctx.sent_of(prefix.start_char),
                                span=(i, k))
        if len(prefix) >= 3 and source.actor is None and not prefix.text.isupper():
            return None  # 'Veto Power Impedes Peace Efforts:' is a heading, not a speaker
        return Rel((tok.idx, tok.idx + len(tok.text)), source, direct or content,
                    "direct" if direct else "indirect", direct is not None)
    return None


_TRAILING = re.compile(r"\s*(―|—|–|--?)\s*([A-Z][^\n\"“”]{0,60}?)\.?\s*$")


def _trailing_label(ctx: Ctx, lo: int, hi: int) -> Rel | None:
    """'“...” ― Steve Quinlan': a paragraph that is a quote signed with a name after a dash."""
    spans = list(ctx.spans_between(lo, hi))
    if not spans or trim(ctx.text, lo, spans[0].outer_start)[1] > lo:
        return None
    last = spans[-1]
    found = _TRAILING.match(ctx.text, last.outer_end, hi)
    if found is None or len(found.group(2).split()) > 6:
        return None
    name = ctx.doc.char_span(found.start(2), found.end(2), alignment_mode="contract")
    if name is None or len(name) == 0 or not any(t.pos_ == "PROPN" for t in name):
        return None
    dash = found.start(1), found.end(1)
    source = resolve_source(name.root, ctx.index, ctx.sent_of(name.start_char),
                            span=(name.start, name.end))
    return Rel(dash, source, (spans[0].start, last.end), "direct", True)


def lo_of(ctx: Ctx, i: int) -> int:
    """The start of the paragraph holding token ``i``."""
    return ctx.paras[ctx.para_of(ctx.doc[i].idx)][0]


def headline(text: str, lo: int, hi: int) -> bool:
    """A paragraph that does not end as a sentence does (no full stop, question or
    exclamation mark before any closing quote marks): a headline, caption or credit line."""
    end = hi
    while end > lo and (text[end - 1].isspace() or text[end - 1] in "\"'”’»)"):
        end -= 1
    return end <= lo or text[end - 1] not in ".?!…"


def _furniture(prefix: Span) -> bool:
    """'Q:'/'A:' turn markers and 'The Latest:', 'Editor's note:' and the like."""
    if len(prefix) == 1 and len(prefix[0].text) == 1:
        return True
    return any(t.lower_ in _FURNITURE for t in prefix if not t.is_punct)


def _single_quote_in(ctx: Ctx, chars: tuple[int, int]) -> tuple[int, int] | None:
    """The quote that makes up all of ``chars``, if one does."""
    for span in ctx.spans_between(*chars):
        if trim(ctx.text, span.outer_start, span.outer_end) == chars or (
            span.outer_start <= chars[0] and span.outer_end >= chars[1]
        ):
            return span.start, span.end
    return None


def colon_block(ctx: Ctx, cue: CueHit, claimed: set[int]) -> Rel | None:
    """'He said:' closing a paragraph: the next paragraph is what was said."""
    text = ctx.text
    k = ctx.para_of(cue.tok.idx)
    tail = text[cue.tok.idx + len(cue.tok.text):ctx.paras[k][1]].rstrip()
    if not tail.endswith(":") or len(tail) > 60 or any(c in tail for c in ".!?\"“”") \
            or k + 1 >= len(ctx.paras):
        return None
    lo, hi = ctx.paras[k + 1]
    line = text.find("\n", lo, hi)
    block = trim(text, lo, hi if line < 0 else line)
    if not 0 < block[1] - block[0] <= _BLOCK_MAX_CHARS:
        return None
    source = cue_source(cue.tok, ctx)
    for span in ctx.spans_between(*block):
        if ctx.span_ids[id(span)] not in claimed and span.outer_start <= block[0] \
                and span.outer_end >= block[1]:
            return Rel(cue_chars(cue.tok), source, (span.start, span.end), "direct", True,
                        "quote")
    return Rel(cue_chars(cue.tok), source, block, "indirect", False, "clause")


_BULLET = re.compile(r"(?:^|\n)[ \t]*(?:[•●▪◦*·–—-]|\d{1,2}[.)]|\(?[a-z][.)])[ \t]*$")


def past_bullet(text: str, start: int) -> int:
    """'He listed them:\n• "No troops."': where a bullet or number that opens the quote's
    line begins (``start`` when there is none)."""
    found = _BULLET.search(text, max(0, start - 12), start)
    return found.start() if found is not None else start
