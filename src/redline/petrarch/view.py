"""A parsed sentence seen as upper-case words, with dictionary phrases found in it."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from redline.petrarch.index import Payload, PhraseIndex
from redline.petrarch.model import AgentEntry, Phrase

MAX_GAP = 4


@dataclass(frozen=True)
class Found:
    """A dictionary phrase found at words [start, end); ``head`` is its syntactic head token."""

    start: int
    end: int
    payload: Payload
    head: int

    @property
    def is_agent(self) -> bool:
        return isinstance(self.payload, AgentEntry)


class SentenceView:
    """Words of one sentence (a token may give several words: ``Dol_Amroth``)."""

    def __init__(self, span: Any, chunks: list[tuple[int, int]] | None = None) -> None:
        self.span = span
        self.doc = span.doc
        self.words: list[str] = []
        self.word_tok: list[int] = []
        self.tok_word: dict[int, int] = {}
        for tok in span:
            self.tok_word[tok.i] = len(self.words)
            pieces = [p for p in tok.text.upper().split("_") if p] or [tok.text.upper()]
            for piece in pieces:
                self.words.append(piece)
                self.word_tok.append(tok.i)
        self.chunk = [-1] * len(self.words)
        self.chunks: dict[int, int] = {}
        spans = noun_chunk_spans(span) if chunks is None else chunks
        # chunks are in document order: only those starting inside the span can fit in it
        lo = bisect_left(spans, (span.start, -1))
        hi = bisect_left(spans, (span.end, -1), lo)
        for number in range(lo, hi):
            c_start, c_end = spans[number]
            first, last = self.tok_word.get(c_start), self.tok_word.get(c_end - 1)
            if first is None or last is None:
                continue
            end = last + 1
            while end < len(self.words) and self.word_tok[end] == c_end - 1:
                end += 1
            self.chunks[first] = end
            for w in range(first, end):
                self.chunk[w] = number

    def _phrase_end(self, phrase: Phrase, start: int) -> int | None:
        pos = start
        for k in range(1, len(phrase.words)):
            target = phrase.words[k]
            if phrase.joined[k - 1]:
                if pos + 1 < len(self.words) and self.words[pos + 1] == target:
                    pos += 1
                    continue
                return None
            found = self._gap_find(target, pos)
            if found is None:
                return None
            pos = found
        return pos + 1

    def _gap_find(self, target: str, pos: int) -> int | None:
        for q in range(pos + 1, min(len(self.words), pos + 2 + MAX_GAP)):
            if q > pos + 1 and (self.chunk[q] == -1 or self.chunk[q] != self.chunk[pos]):
                return None
            if self.words[q] == target:
                return q
        return None

    def find(self, index: PhraseIndex) -> list[Found]:
        """Longest dictionary phrases, left to right, without overlap."""
        found: list[Found] = []
        pos = 0
        while pos < len(self.words):
            best: tuple[int, Payload] | None = None
            for phrase, payload in index.table.get(self.words[pos], ()):
                end = self._phrase_end(phrase, pos)
                if end is not None and (best is None or end > best[0]):
                    best = (end, payload)
            if best is None:
                pos += 1
                continue
            found.append(Found(pos, best[0], best[1], self._head(pos, best[0])))
            pos = best[0]
        return found

    def _head(self, start: int, end: int) -> int:
        toks = sorted({self.word_tok[w] for w in range(start, end)})
        inside = set(toks)
        for t in toks:
            if self.doc[t].head.i not in inside or self.doc[t].head.i == t:
                return t
        return toks[-1]


def noun_chunk_spans(doc_or_span: Any) -> list[tuple[int, int]]:
    """(start, end) token offsets of the noun chunks (none when the parse is missing)."""
    try:
        return [(c.start, c.end) for c in doc_or_span.noun_chunks]
    except (ValueError, AttributeError):
        return []
