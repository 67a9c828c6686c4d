"""The working state of quote extraction: one document's quote spans, cue words and the
relations under construction."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from redline.doctext import doc_text
from redline.model import Actor
from redline.quotes.cues import ADDRESSEE_PASSIVE, CueWord, asked_aside, subject_of
from redline.quotes.marks import QuoteSpan, find_quote_spans, paragraphs
from redline.quotes.members import member_speakers
from redline.quotes.speakers import ActorIndex, Source, resolve_source


@dataclass
class Rel:
    """A relation under construction (mutable; frozen into a Quote at the end)."""

    cue: tuple[int, int] | None
    source: Source | None
    content: tuple[int, int]
    kind: str
    direct: bool
    frame: str = ""
    aside: bool = False  # told in a participle clause (', emphasizing that ...')


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue word found in the text, with the content its frame gives (if any)."""

    tok: Token
    word: CueWord
    content: tuple[int, int] | None
    frame: str
    more: tuple[tuple[int, int], ...] = ()  # further fragments: "X, he said, Y"

    def holds(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside the content (any of its fragments)."""
        frags = (self.content, *self.more) if self.content is not None else self.more
        return any(s <= start and end <= e + 1 for s, e in frags)  # e + 1: a final stop


@dataclass
class Ctx:
    doc: Doc
    index: ActorIndex
    spans: list[QuoteSpan]
    qidx: list[int]
    sent_starts: list[int]
    paras: list[tuple[int, int]]
    para_starts: list[int] = field(default_factory=list)
    text: str = ""
    span_starts: list[int] = field(default_factory=list)
    span_ids: dict[int, int] = field(default_factory=dict)  # id(span) -> its index in spans

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


def token_quotes(doc: Doc, spans: Sequence[QuoteSpan]) -> list[int]:
    """For each token, the index of the quote span whose marks enclose it, else -1."""
    out = [-1] * len(doc)
    k = 0
    for tok in doc:
        while k < len(spans) and spans[k].outer_end <= tok.idx:
            k += 1
        if k < len(spans) and spans[k].outer_start <= tok.idx:
            out[tok.i] = k
    return out


def build_context(doc: Doc, actors: Sequence[Actor]) -> Ctx:
    text = doc_text(doc)
    paras = paragraphs(text)
    spans = sorted(find_quote_spans(text, paras=paras), key=lambda s: s.outer_start)
    quoted = [(s.outer_start, s.outer_end) for s in spans]
    index = ActorIndex(doc, member_speakers(doc, actors), quoted, text=text, speakers=True)
    ctx = Ctx(doc, index, spans, token_quotes(doc, spans), [s.start_char for s in doc.sents],
              paras)
    ctx.para_starts = [p[0] for p in paras]
    ctx.text = text
    ctx.span_starts = [s.outer_start for s in spans]
    ctx.span_ids = {id(span): n for n, span in enumerate(spans)}
    return ctx


def cue_source(cue: Token, ctx: Ctx) -> Source | None:
    lemma = cue.lemma_.lower()
    if lemma in ADDRESSEE_PASSIVE and (any(c.dep_ == "nsubjpass" for c in cue.children) or (
            _participle(cue) and cue.dep_ in ("advcl", "acl") and not any(
                c.dep_ == "agent" for c in cue.children))):
        return None  # "X was asked", "X, asked about it, said": X is the addressee
    if asked_aside(cue):
        return None
    subject = subject_of(cue)
    if subject is not None and ctx.qidx[subject.i] >= 0 and ctx.qidx[cue.i] < 0:
        subject = _beside(cue, ctx)  # the parser took quoted words for the subject
    if subject is None:
        return None
    return resolve_source(subject, ctx.index, ctx.sent_of(cue.idx))


def _participle(cue: Token) -> bool:
    """'Asked what ..., X said': a past participle, also where the tagger made one opening
    the sentence a past tense with no subject of its own."""
    return cue.tag_ == "VBN" or cue.tag_ == "VBD" and cue.i == cue.sent.start and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)


def _beside(cue: Token, ctx: Ctx) -> Token | None:
    """'"..., Ohio," Mr. Trump said': the name next to the cue, outside the marks."""
    doc = cue.doc
    order = [cue.i - k for k in range(1, 5)] + [cue.i + k for k in range(1, 4)]
    for i in order:
        if not 0 <= i < len(doc) or ctx.qidx[i] >= 0:
            continue
        tok = doc[i]
        if tok.pos_ in ("PROPN", "PRON", "NOUN") and tok.lower_ not in ("it", "that", "this"):
            while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
                tok = tok.head
            return tok
    return None
