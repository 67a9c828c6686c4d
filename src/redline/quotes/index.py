"""The actors a speaker may be: those the actors stage found and those named in the text
(``redline.quotes.names``), sorted by position, with the look-ups speaker resolution asks of
them (the head of a mention, its sentence, its rank as an antecedent, its gender).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from redline.doctext import doc_memo, doc_text
from redline.model import Actor
from redline.quotes.cues import cue_word, is_according
from redline.quotes.gender import apposed_gender, mention_gender, surname_genders
from redline.quotes.names import coordinated, uncoded_persons


@dataclass(frozen=True, slots=True)
class Source:
    """A speaker mention: its character span, words and resolved actor."""

    start: int
    end: int
    text: str
    actor: Actor | None


class ActorIndex:
    """Actors (given, plus uncoded named persons) sorted by position, with quick lookups."""

    def __init__(self, doc: Doc, actors: Sequence[Actor],
                 quoted: Sequence[tuple[int, int]] = (), *, text: str | None = None,
                 speakers: bool = False) -> None:
        extra = uncoded_persons(doc, actors)
        every = sorted([*actors, *extra], key=lambda a: (a.start, a.end))
        pairs = coordinated(doc, every)
        self.pairs = {(a.start, a.end) for a in pairs}  # named together: 'they', 'the two'
        every = sorted([*every, *pairs], key=lambda a: (a.start, a.end))
        self.quoted = sorted(quoted)
        self.actors = [a for a in every if not self.in_quote(a.start)]
        self.starts = [a.start for a in self.actors]
        self.doc = doc
        self.text = doc_text(doc) if text is None else text
        # the quote stage's readings (eleventh round): a main clause's subject over an
        # adverbial clause's, surnames the tagger read as plurals, described subjects; the
        # event coreference (redline.actors.eventcoref) keeps the earlier ones until they
        # are measured on events
        self.speakers = speakers
        self._surnames: dict[str, str] | None = None
        self._genders: dict[tuple[int, int, str, str], str | None] = {}
        self._sent_ids: list[int] | None = None
        self._main_subject: dict[int, int] = {}
        self._tokens: dict[int, Token | None] = {}
        self._ranks: dict[tuple[int, int], int] = {}
        self._heads: dict[tuple[int, int], Token | None] = {}
        self._breaks: list[int] | None = None  # positions of line breaks, found once

    def head_of(self, actor: Actor) -> Token | None:
        """The syntactic head of an actor's mention ('Zelensky' in 'Ukrainian President
        Volodymyr Zelensky'), falling back to the token at its start (cached)."""
        key = (actor.start, actor.end)
        if key not in self._heads:
            span = self.doc.char_span(actor.start, actor.end, alignment_mode="expand")
            self._heads[key] = span.root if span is not None and len(span) else (
                self.token_at(actor.start))
        return self._heads[key]

    def same_paragraph(self, a: int, b: int) -> bool:
        """Whether no line break separates characters ``a`` < ``b``."""
        if self._breaks is None:
            self._breaks = [m.start() for m in re.finditer("\n", self.text)]
        return bisect.bisect_left(self._breaks, a) == bisect.bisect_left(self._breaks, b)

    def sent_id(self, i: int) -> int:
        """The index of the sentence holding token ``i`` (the table is built once)."""
        if self._sent_ids is None:
            ids = [0] * len(self.doc)
            for n, sent in enumerate(self.doc.sents):
                ids[sent.start:sent.end] = [n] * (sent.end - sent.start)
            self._sent_ids = ids
        return self._sent_ids[i]

    def main_subject(self, tok: Token) -> int:
        """The token index of the first subject in ``tok``'s sentence that is not inside an
        adverbial clause: 'When Trump tried ..., Kasich differed' is Kasich's sentence, not
        Trump's (the first subject if every one is; ``tok.i`` if the sentence has none)."""
        key = self.sent_id(tok.i)
        if key not in self._main_subject:
            subjects = [t for t in tok.sent if t.dep_.startswith("nsubj")]
            main = next((t for t in subjects if not (self.speakers and _adverbial(t))), None)
            first = main if main is not None else next(iter(subjects), None)
            self._main_subject[key] = -1 if first is None else first.i
        found = self._main_subject[key]
        return tok.i if found < 0 else found

    def token_at(self, char: int) -> Token | None:
        """The head token of the mention starting at ``char`` (cached per position)."""
        if char not in self._tokens:
            self._tokens[char] = _token_at(self.doc, char)
        return self._tokens[char]

    def rank(self, tok: Token, sent_start: int) -> int:
        key = (tok.i, sent_start)
        if key not in self._ranks:
            self._ranks[key] = _rank(tok, sent_start, self)
        return self._ranks[key]

    def gender(self, actor: Actor) -> str | None:
        """'f', 'm' or None: what the actor's mention or name shows (learnt once per doc)."""
        key = (actor.start, actor.end, actor.text, actor.name)
        if key not in self._genders:
            if self._surnames is None:
                self._surnames = doc_memo(self.doc, "quotes.gender.surnames", surname_genders)
            found = mention_gender(actor.text, actor.name, self._surnames)
            if found is None and (head := self.head_of(actor)) is not None:
                found = apposed_gender(head)
            self._genders[key] = found
        return self._genders[key]

    def in_quote(self, pos: int) -> bool:
        """Whether ``pos`` lies between quote marks (mentions there are not speakers)."""
        k = bisect.bisect_right(self.quoted, (pos, 1 << 62)) - 1
        return k >= 0 and self.quoted[k][0] < pos < self.quoted[k][1]

    def overlapping(self, start: int, end: int) -> list[Actor]:
        hi = bisect.bisect_left(self.starts, end)
        return [a for a in self.actors[max(0, hi - 50):hi] if a.end > start]

    def preceding(self, pos: int, limit: int = 80) -> Iterator[Actor]:
        """Actors whose mention ends before ``pos``, nearest first (at most ``limit``)."""
        hi = bisect.bisect_left(self.starts, pos)
        for k in range(hi - 1, max(-1, hi - 1 - limit), -1):
            if self.actors[k].end <= pos:
                yield self.actors[k]


_RECENT_SENTENCES = 3


def _rank(tok: Token, sent_start: int, index: ActorIndex) -> int:
    """0: subject of a verb of saying in a recent sentence; 1: main-clause subject of one;
    2: any recent subject; 3: recent; 4: old."""
    if index.sent_id(sent_start) - index.sent_id(tok.i) > _RECENT_SENTENCES:
        return 4
    if tok.dep_ == "appos" and tok.head.dep_.startswith("nsubj"):
        tok = tok.head  # 'The minister, Mr. Guajardo, argues ...': the subject's name
    if _according_source(tok):
        return 0  # 'According to Ham, the army ... "We're on our fourth," he said'
    if not tok.dep_.startswith("nsubj"):
        return 3
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children):
        return 2  # 'for Ginsburg to criticize Trump': an infinitive's subject says nothing
    verbs = [tok.head, *(c for c in tok.head.children if c.dep_ == "conj")]
    if any((w := cue_word(v)) is not None and "quote" in w.frames for v in verbs):
        return 0  # 'Schultz supported X and said ...'
    return 1 if index.main_subject(tok) == tok.i else 2


def _adverbial(tok: Token) -> bool:
    """Whether ``tok`` lies inside an adverbial clause ('When Trump tried ...')."""
    return any(t.dep_ == "advcl" for t in tok.ancestors)


def _according_source(tok: Token) -> bool:
    """Whether the mention is the X of 'according to X'."""
    to = tok.head
    return tok.dep_ == "pobj" and to.i > 0 and is_according(to.doc[to.i - 1])


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok: Token = span[0]
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok
