"""Very long documents, coded in sections and joined again: never dropped, cost linear in length.

A text longer than ``SECTION_CHARS`` is cut into consecutive sections that cover it exactly,
each ending at a paragraph break where one falls in the second half of the section's span,
else at a line break, a sentence end, a space, and only as a last resort anywhere. Each
section is coded as a document of its own (parse and every stage, under its own time
budget); the records are then joined with every character offset, sentence index and event
id mapped back to the whole text, so the joined document reads exactly like one coded whole,
except that nothing links a section to the next (a pronoun's antecedent, a quote's speaker
named in the section before).

Why sections, and why 50,000 characters: the parser's and recognizer's cost per token grows
with the length of a document (about 1.8 times as much per token on one 400,000-character
document as on the same text in pieces of 5,000); some stages compare every event with every
date, place, quantity or quote of the document, so their cost grows with the square of its
length (context 0.08 s at 12,500 characters of one event per sentence, 2.4 s at 100,000);
and the stages run under a per-document time budget. 50,000 characters is longer than any
document of the evaluation sets (PolNeAR's longest is 22,068, the article gold's 11,814) and
than nearly all news, so ordinary articles are coded whole as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

from redline.model import Article, Document, ErrorEntry, Quote, Sentence

SECTION_CHARS = 50_000  # the longest text coded as one document
_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)]*\s+"),
           re.compile(r"\s+"))
# an event id: document id, sentence, trigger offset, code, and a count or "q" (speech acts)
_EVENT_ID = re.compile(r"^(?P<head>.*):(?P<si>\d+):(?P<start>\d+):(?P<code>[^:]*):(?P<k>\w+)$")
T = TypeVar("T")


def section_bounds(text: str, size: int = SECTION_CHARS) -> list[tuple[int, int]]:
    """Consecutive ``(start, end)`` character ranges covering ``text``, none longer than
    ``size``; one range when the text fits."""
    if size < 2:
        raise ValueError("a section holds at least two characters")
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        out.append((start, end))
        start = end
    return [*out, (start, len(text))] if text else []


def _cut(text: str, start: int, limit: int) -> int:
    """Where a section from ``start`` ends (at most ``limit``): after the last separator that
    ends in the second half, by preference a paragraph break."""
    floor = start + (limit - start) // 2
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(text, floor, limit)]
        if ends:
            return ends[-1]
    return limit


def split_article(article: Article, size: int = SECTION_CHARS) -> list[tuple[int, Article]]:
    """The article's sections as articles of their own (same id, dates and title), each with
    the character offset where it starts."""
    return [(s, replace(article, text=article.text[s:e], errors=()))
            for s, e in section_bounds(article.text, size)]


def join_documents(article: Article, parts: Sequence[tuple[int, Document]]) -> Document:
    """One document for the whole article from its coded sections (``(offset, document)``,
    in order): offsets, sentence indexes and event ids mapped back to the whole text."""
    joined: dict[str, list[Any]] = {name: [] for name in _LISTS}
    errors = list(article.errors)
    count = 0
    for offset, part in parts:
        shift = _Shift(offset, count, _id_map(part, offset, count, article.id))
        for name in _LISTS:
            joined[name].extend(shift(x) for x in getattr(part, name))
        errors.extend(ErrorEntry(e.code, f"section at character {offset:,}: {e.message}")
                      for e in part.errors)
        count += len(part.sentences)
    first = parts[0][1] if parts else None
    fields_: dict[str, Any] = {name: tuple(values) for name, values in joined.items()}
    return Document(id=article.id, title=article.title, url=article.url,
                    published=article.published, language=first.language if first else "en",
                    text=article.text, errors=tuple(errors), **fields_)


_LISTS = ("sentences", "events", "quotes", "actors", "places", "quantities", "attributions",
          "terms")


def _id_map(part: Document, offset: int, sentences: int, doc_id: str) -> dict[str, str]:
    return {e.id: shifted_event_id(e.id, offset, sentences, doc_id) for e in part.events}


def shifted_event_id(event_id: str, offset: int, sentences: int, doc_id: str) -> str:
    """An event id (``DOC:SENTENCE:CHAR:CAMEO:K``) with its sentence and character moved;
    an id of another shape keeps its text and gains the offset, so it stays unique."""
    m = _EVENT_ID.match(event_id)
    if not m or m["head"] != doc_id:
        return f"{event_id}@{offset}"
    return (f"{m['head']}:{int(m['si']) + sentences}:{int(m['start']) + offset}:"
            f"{m['code']}:{m['k']}")


class _Shift:
    """Moves one record (and the records inside it) from a section to the whole text."""

    def __init__(self, chars: int, sentences: int, ids: dict[str, str]) -> None:
        self.chars = chars
        self.sentences = sentences
        self.ids = ids
        self.moves: dict[str, Callable[[Any], Any]] = {
            "start": self._char, "end": self._char, "sentence": self._sentence,
            "id": lambda v: self.ids.get(v, v),
        }

    def __call__(self, value: T) -> T:
        if not is_dataclass(value) or isinstance(value, type):
            return value
        changes = {f.name: self._field(f.name, getattr(value, f.name), value)
                   for f in fields(value)}
        return replace(value, **changes)

    def _field(self, name: str, value: Any, owner: Any) -> Any:
        if name in self.moves and value is not None:
            return self.moves[name](value)
        if name == "index" and isinstance(owner, Sentence):
            return value + self.sentences
        if name == "events" and isinstance(owner, Quote):
            return tuple(self.ids.get(v, v) for v in value)
        if isinstance(value, tuple):
            return tuple(self(v) for v in value)
        return self(value)

    def _char(self, value: int) -> int:
        return value + self.chars

    def _sentence(self, value: int) -> int:
        return value + self.sentences
