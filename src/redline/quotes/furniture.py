"""Page furniture yields no quote and no speaker (``redline.furniture``: datelines, bylines,
captions, credits, source lines).

A relation whose content lies in furniture is dropped ('Photo: "We will win" banner'); a
content that starts with a dateline starts after it ('MOSCOW (Reuters) - Russia will
respond, Lavrov said': the content is 'Russia will respond'); a speaker mention inside
furniture ('By John Smith', an agency in a dateline) is no speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from redline.furniture import furniture_spans
from redline.quotes.context import Rel
from redline.quotes.index import Source

_LINE_MOST = 160  # characters: furniture is a short line


def _overlap(spans: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    return next(((a, b) for a, b in spans if a < end and start < b), None)


def _trimmed(text: str, spans: Sequence[tuple[int, int]],
             content: tuple[int, int]) -> tuple[int, int] | None:
    """The content without the furniture it starts with (None when nothing is left)."""
    start, end = content
    hit = _overlap(spans, start, end)
    while hit is not None and hit[0] <= start:
        start = hit[1]
        while start < end and not text[start].isalnum() and text[start] not in "\"'“‘":
            start += 1
        hit = _overlap(spans, start, end)
    return (start, end) if end - start > 0 and any(c.isalnum() for c in text[start:end]) \
        else None


def _furniture(text: str) -> list[tuple[int, int]]:
    """Furniture spans that are a short line, not a label ('Pence: ...' is one the
    headline rules of ``redline.quotes.blocks`` judge) nor a paragraph of prose that happens
    to hold a credit's words ('the Reuters/Ipsos poll ...')."""
    return [(a, b) for a, b in furniture_spans(text)
            if b - a <= _LINE_MOST and not text[a:b].rstrip().endswith(":")]


def _trim_source(text: str, spans: Sequence[tuple[int, int]], source: Source) -> Source | None:
    """The speaker mention without the furniture it starts with ('BRUSSELS - European
    leaders'), or None when it lies in furniture ('By John Smith')."""
    hit = _overlap(spans, source.start, source.end)
    if hit is None:
        return source
    if hit[0] > source.start or hit[1] >= source.end:
        return None
    start = hit[1]
    while start < source.end and not text[start].isalnum():
        start += 1
    return replace(source, start=start, text=text[start:source.end]) \
        if start < source.end else None


def clear_furniture(text: str, rels: Sequence[Rel]) -> list[Rel]:
    """``rels`` with furniture taken out of contents and speakers (see the module)."""
    spans = _furniture(text)
    if not spans:
        return list(rels)
    out: list[Rel] = []
    for rel in rels:
        content = _trimmed(text, spans, rel.content)
        if content is None:
            continue
        source = rel.source
        if source is not None:
            source = _trim_source(text, spans, source)
        if content != rel.content or source is not rel.source:
            rel = replace(rel, content=content, source=source)
        out.append(rel)
    return out
