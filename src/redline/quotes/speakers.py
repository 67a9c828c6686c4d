"""Who is speaking: the source mention of a cue and the actor it refers to.

The source mention is the words in the text ("Yuri Ushakov, a Kremlin aide", "he",
"the official"). The actor comes from the actors stage when one overlaps the mention's
head; otherwise a pronoun or a definite description is resolved to the nearest
preceding compatible actor (a person for "he"/"the aide", an organisation or state for
"it"/"the ministry"), preferring one that was the subject of a recent sentence. Named
persons the actors stage did not code are kept as uncoded person actors (code "").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from redline.model import Actor
from redline.quotes.lexicon import DETERMINERS_DEFINITE, PRONOUNS_GROUP, PRONOUNS_PERSON

GROUP_NOUNS: frozenset[str] = frozenset({
    "government", "ministry", "agency", "company", "newspaper", "paper", "campaign", "department",
    "committee", "administration", "party", "council", "office", "organization", "organisation",
    "group", "alliance", "court", "commission", "army", "military", "kremlin", "police", "union",
    "bank", "firm", "network", "report", "study", "poll", "survey", "statement", "embassy", "team",
    "house", "senate", "congress", "parliament", "cabinet"
})
ROLE_NOUNS: frozenset[str] = frozenset({
    "minister", "official", "spokesman", "spokeswoman", "spokesperson", "aide", "president",
    "secretary", "chancellor", "senator", "envoy", "diplomat", "general", "leader", "premier",
    "governor", "ambassador", "commander", "chief", "adviser", "advisor", "candidate",
    "nominee", "lawmaker", "congressman", "congresswoman", "representative", "mayor", "king",
    "queen", "prince", "judge", "director", "officer", "negotiator", "prosecutor", "lawyer",
    "attorney", "founder", "executive", "chairman", "chairwoman", "speaker", "host", "author",
    "analyst", "economist", "professor", "businessman", "billionaire", "mogul",
})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_RECENT_SENTENCES = 3


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
                 quoted: Sequence[tuple[int, int]] = ()) -> None:
        extra = _uncoded_persons(doc, actors)
        every = sorted([*actors, *extra], key=lambda a: (a.start, a.end))
        self.quoted = sorted(quoted)
        self.actors = [a for a in every if not self._in_quote(a.start)]
        self.starts = [a.start for a in self.actors]
        self.doc = doc

    def _in_quote(self, pos: int) -> bool:
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


_ENT_KINDS = {"PERSON": "person", "ORG": "group"}


def _uncoded_persons(doc: Doc, actors: Sequence[Actor]) -> list[Actor]:
    """Named persons and organisations the actors stage did not code (code "")."""
    taken = sorted((a.start, a.end) for a in actors)
    starts = [s for s, _ in taken]
    out: list[Actor] = []
    for ent in doc.ents:
        kind = _ENT_KINDS.get(ent.label_)
        k = bisect.bisect_left(starts, ent.end_char)
        if kind is None or any(e > ent.start_char for _, e in taken[max(0, k - 20):k]):
            continue
        out.append(Actor(text=ent.text, start=ent.start_char, end=ent.end_char, name=ent.text,
                         code="", country=None, sector=None, kind=kind, sentence=None))
    return out


def mention_span(subject: Token) -> tuple[int, int]:
    """Token range [i, j) of the subject noun phrase, appositives kept, edges trimmed."""
    i, j = subject.left_edge.i, subject.right_edge.i + 1
    doc = subject.doc
    for k in range(subject.i, i - 1, -1):  # never across a paragraph or line break
        if "\n" in doc[k].text:
            i = k + 1
            break
    for k in range(subject.i, j):
        if "\n" in doc[k].text:
            j = k
            break
    for child in subject.rights:  # "The chief, asked about it, replied": drop the aside
        if child.dep_ in ("acl", "relcl") and doc[child.left_edge.i - 1].text == ",":
            j = min(j, child.left_edge.i)
    while j > i + 1 and (doc[j - 1].is_punct or doc[j - 1].is_space):
        j -= 1
    while i < j - 1 and (doc[i].is_punct or doc[i].is_space):
        i += 1
    return i, j


def resolve_source(subject: Token, index: ActorIndex, sentence: int, *,
                   span: tuple[int, int] | None = None) -> Source:
    """The source of a cue whose grammatical subject is ``subject`` (or token ``span``)."""
    doc = subject.doc
    i, j = span if span is not None else mention_span(subject)
    words = doc[i:j]
    head = subject
    if subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl":
        head = subject.head.head
    if head.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP:  # the subject of a recent sentence
        actor = _antecedent(head, words, index) or _actor_at(head, words, index)
    else:
        actor = _actor_at(head, words, index) or _antecedent(head, words, index)
    if actor is not None and (actor.start, actor.end) != (words.start_char, words.end_char):
        actor = replace(actor, text=words.text, start=words.start_char, end=words.end_char,
                        sentence=sentence)
    return Source(words.start_char, words.end_char, words.text, actor)


def _actor_at(head: Token, span: Span, index: ActorIndex) -> Actor | None:
    hits = index.overlapping(head.idx, head.idx + len(head.text))
    if not hits:
        hits = index.overlapping(span.start_char, span.end_char)
        hits = [a for a in hits if a.end - a.start > 0]
    persons = [a for a in hits if a.kind == "person"]
    pool = persons or hits
    if not pool:
        return None
    best = pool[0]
    if head.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP and best.name.lower() == head.lower_:
        return None  # the actors stage left the pronoun unresolved
    return best


def _wants(head: Token) -> str | None:
    """'person', 'group' or None: what kind of antecedent the mention needs."""
    low = head.lower_
    if low in ("i", "me"):
        return None  # the writer, not someone named earlier
    if low in PRONOUNS_PERSON:
        return "person"
    if low in PRONOUNS_GROUP:
        return "group"
    if head.pos_ != "NOUN":
        return None
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
    if not dets & DETERMINERS_DEFINITE:
        return None
    lemma = head.lemma_.lower()
    if lemma in GROUP_NOUNS:
        return "group"
    return "person" if lemma in ROLE_NOUNS else None


def _antecedent(head: Token, span: Span, index: ActorIndex) -> Actor | None:
    wants = _wants(head)
    if wants is None:
        return None
    if head.pos_ == "NOUN":
        earlier = _same_noun_before(head)
        if earlier is not None:
            hits = index.overlapping(earlier.idx, earlier.idx + len(earlier.text))
            return hits[0] if hits else None
    doc = head.doc
    ranked: list[tuple[int, int, Actor]] = []
    for n, actor in enumerate(index.preceding(span.start_char)):
        if (actor.kind == "person") != (wants == "person"):
            continue
        tok = _token_at(doc, actor.start)
        if tok is not None:
            ranked.append((_rank(tok, head.sent.start), n, actor))
    return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None


def _rank(tok: Token, sent_start: int) -> int:
    """0: main-clause subject of a recent sentence; 1: any recent subject; 2: recent; 3: old."""
    if _sentences_between(tok.doc, tok, sent_start) > _RECENT_SENTENCES:
        return 3
    if not tok.dep_.startswith("nsubj"):
        return 2
    sent = tok.sent
    first = next((t for t in sent if t.dep_.startswith("nsubj")), tok)
    return 0 if first.i == tok.i else 1


def _same_noun_before(head: Token) -> Token | None:
    """An earlier noun with the same lemma ('the official' after 'a senior official')."""
    doc = head.doc
    lemma = head.lemma_.lower()
    for k in range(head.i - 1, max(-1, head.i - 150), -1):
        tok = doc[k]
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") and (tok.lemma_.lower() == lemma
                                                     or tok.lower_ == head.lower_):
            return tok
    return None


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok: Token = span[0]
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _sentences_between(doc: Doc, tok: Token, sent_start: int) -> int:
    count = 0
    sent = tok.sent
    while sent.end <= sent_start and count <= _RECENT_SENTENCES:
        count += 1
        if sent.end >= len(doc):
            break
        sent = doc[sent.end].sent
    return count
