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
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from redline.model import Actor
from redline.quotes.cues import cue_word, is_according, nearest_subject
from redline.quotes.descriptions import (
    COMPANY_NOUNS,
    DOCUMENT_NOUNS,
    MEDIA_NOUNS,
    TYPED_NOUNS,
    fits,
    media_name,
)
from redline.quotes.gender import (
    FEMALE,
    MALE,
    apposed_gender,
    given_names,
    mention_gender,
    name_gender,
    noun_gender,
    surname_genders,
)
from redline.quotes.lexicon import DETERMINERS_DEFINITE, PRONOUNS_GROUP, PRONOUNS_PERSON

_PRONOUNS = PRONOUNS_PERSON | PRONOUNS_GROUP  # built once: looked up per cue and candidate
GROUP_NOUNS: frozenset[str] = frozenset({
    "government", "ministry", "agency", "company", "newspaper", "paper", "campaign", "department",
    "committee", "administration", "party", "council", "office", "organization", "organisation",
    "group", "alliance", "court", "commission", "army", "military", "kremlin", "police", "union",
    "bank", "firm", "network", "report", "study", "poll", "survey", "statement", "embassy", "team",
    "house", "senate", "congress", "parliament", "cabinet", "fund", "foundation", "institute",
    "association", "federation", "coalition", "bureau", "service", "board",
})
# Descriptions that may stand for a country's state ("the government said").
STATE_NOUNS: frozenset[str] = frozenset({
    "government", "administration", "ministry", "kremlin", "army", "military", "cabinet",
    "embassy", "department", "police", "parliament", "congress", "senate", "house", "court",
})
ROLE_NOUNS: frozenset[str] = frozenset({
    "minister", "official", "spokesman", "spokeswoman", "spokesperson", "aide", "president",
    "secretary", "chancellor", "senator", "envoy", "diplomat", "general", "leader", "premier",
    "governor", "ambassador", "commander", "chief", "adviser", "advisor", "candidate",
    "nominee", "lawmaker", "congressman", "congresswoman", "representative", "mayor", "king",
    "queen", "prince", "judge", "director", "officer", "negotiator", "prosecutor", "lawyer",
    "attorney", "founder", "executive", "chairman", "chairwoman", "speaker", "host", "author",
    "analyst", "economist", "professor", "businessman", "billionaire", "mogul",
    "businesswoman", "columnist", "surgeon", "neurosurgeon", "republican", "democrat",
})
# Things people issue that then "say" something: their issuer is the source.
ARTIFACT_NOUNS: frozenset[str] = frozenset({
    "statement", "ad", "advertisement", "video", "message", "piece", "sign", "letter", "memo",
    "post", "tweet", "email", "data", "release", "op-ed", "column", "spot", "commercial",
    "editorial", "note", "filing", "document", "report", "book", "speech", "transcript",
    "article", "story", "passage", "ruling", "brief", "complaint", "lawsuit",
})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_PARTY_WORDS = frozenset({"republican", "democrat"})
_RECENT_SENTENCES = 3
_PAIR_WORDS = frozenset({"two", "both"})
_POSSESSIVES = frozenset({"his"})
_AD_NOUNS = frozenset({"ad", "advertisement", "spot", "commercial"})  # 'the spot' ~ 'the ad'
# Verbs whose subject issues their object ('X released a statement', 'X sent a letter').
_ISSUE_VERBS = frozenset({"have", "release", "issue", "publish", "air", "run", "launch",
                          "unveil", "send", "post", "write", "file", "sign", "deliver", "tweet",
                          "circulate", "distribute", "produce", "put"})
_PLURAL_OR_THING = frozenset({"it", "they", "them"})
# Nouns too loose to follow back through an unnamed first mention ('the group ... the group'
# may be any group): only an earlier 'X group' names their referent.
_LOOSE_NOUNS = MEDIA_NOUNS | COMPANY_NOUNS | {"campaign"}
_TITLE_SHORT = {"senator": "sen.", "governor": "gov.", "representative": "rep.",
                "general": "gen.", "president": "pres.", "secretary": "sec.",
                "congressman": "rep.", "congresswoman": "rep.", "professor": "prof."}


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
                 quoted: Sequence[tuple[int, int]] = (), *, text: str | None = None) -> None:
        extra = _uncoded_persons(doc, actors)
        every = sorted([*actors, *extra], key=lambda a: (a.start, a.end))
        pairs = _coordinated(doc, every)
        self.pairs = {(a.start, a.end) for a in pairs}  # named together: 'they', 'the two'
        every = sorted([*every, *pairs], key=lambda a: (a.start, a.end))
        self.quoted = sorted(quoted)
        self.actors = [a for a in every if not self._in_quote(a.start)]
        self.starts = [a.start for a in self.actors]
        self.doc = doc
        self.text = doc.text if text is None else text  # Doc.text joins every token: once
        self._surnames: dict[str, str] | None = None
        self._sent_ids: list[int] | None = None
        self._first_subject: dict[int, int] = {}
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

    def first_subject(self, tok: Token) -> int:
        """The token index of the first subject in ``tok``'s sentence (``tok.i`` if none)."""
        key = self.sent_id(tok.i)
        if key not in self._first_subject:
            sent = tok.sent
            first = next((t for t in sent if t.dep_.startswith("nsubj")), None)
            self._first_subject[key] = -1 if first is None else first.i
        found = self._first_subject[key]
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
        if self._surnames is None:
            self._surnames = surname_genders(self.doc)
        found = mention_gender(actor.text, actor.name, self._surnames)
        if found is None and (head := self.head_of(actor)) is not None:
            return apposed_gender(head)
        return found

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


_BODY_HEADS = frozenset({"foundation", "organization", "organisation", "institute", "center",
                         "centre", "fund", "library", "university", "college", "committee",
                         "council", "association", "society", "project", "trust", "campaign"})
_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "NORP", "EVENT", "LAW", "ORG"})
_PLACE_HEADS = frozenset({"tower", "hotel", "center", "centre", "building", "plaza", "square",
                          "street", "avenue", "road", "bridge", "airport", "park", "stadium",
                          "arena", "hall", "hospital", "church", "school", "university"})
_NAME_REACH = 2000  # characters back in which a full name is recent for a bare surname


def _coordinated(doc: Doc, actors: Sequence[Actor]) -> list[Actor]:
    """'Mr. Grassley and Mr. Leahy said ...': people joined as one subject, whom a later
    'they' or 'the two' stands for (one group actor naming them all, uncoded)."""
    by_head: dict[int, Actor] = {}
    for actor in actors:
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if actor.kind == "person" and span is not None and len(span):
            by_head.setdefault(span.root.i, actor)
    out: list[Actor] = []
    for i, first in by_head.items():
        if not doc[i].dep_.startswith("nsubj"):
            continue
        rest = [by_head[c.i] for c in doc[i].children if c.dep_ == "conj" and c.i in by_head]
        if rest:
            last = rest[-1]
            out.append(Actor(text=doc.text[first.start:last.end], start=first.start,
                             end=last.end, name=" and ".join(a.name for a in (first, *rest)),
                             code="---", country=None, sector=None, kind="group",
                             sentence=None))
    return out


def _uncoded_persons(doc: Doc, actors: Sequence[Actor]) -> list[Actor]:
    """Named persons and organisations the actors stage did not code (code "")."""
    taken = sorted((a.start, a.end) for a in actors)
    starts = [s for s, _ in taken]
    out: list[Actor] = []
    full = _full_names(doc)
    surnames = set(full)
    places = {w for a in actors if a.kind == "state" for w in re.split(r"[\s-]+", a.text.lower())}
    for ent in (*doc.ents, *_bare_surnames(doc, surnames)):
        kind = _ent_kind(ent)
        if len(ent) == 1 and ent[0].lower_ in places:
            continue  # 'Karabakh' after 'Nagorno-Karabakh': a place the tagger took for a name
        if len(ent) > 1 and ent[-1].lower_ in ("'s", "’s"):
            ent = ent[:-1]  # "Donald Trump's" names Donald Trump
        if len(ent) == 1 and ent[0].lower_ in surnames:
            kind = "person"  # 'Lynch' tagged ORG, 'Schiff' LOC after 'Loretta Lynch', 'Adam Schiff'
        k = bisect.bisect_left(starts, ent.end_char)
        inside = [(b, e) for b, e in taken[max(0, k - 20):k] if e > ent.start_char]
        if kind is None or (inside and not _outlet_around(ent, inside)):
            continue
        name = ent.text if len(ent) > 1 else _full_name(ent, full.get(ent[0].lower_, [])) \
            if ent[0].lower_ in full else _given_to_full(ent, full)
        out.append(Actor(text=ent.text, start=ent.start_char, end=ent.end_char, name=name,
                         code="---", country=None, sector=None, kind=kind, sentence=None))
    return out


def _ent_kind(ent: Span) -> str | None:
    """'person', 'group' or None for a named entity, mending the tagger's plainer slips: a
    given name before a proper noun is a person ('Carly Fiorina' tagged an organisation,
    'Ivanka Trump' a product), a building is no person ('Trump Tower')."""
    if ent.label_ == "PERSON":
        return "group" if ent[-1].lower_ in _PLACE_HEADS else "person"
    if ent.label_ in _THING_LABELS and 2 <= len(ent) <= 3 and ent[0].lower_ in given_names() \
            and all(t.pos_ == "PROPN" for t in ent):
        return "person"
    if ent.label_ == "NORP" and ent[-1].tag_ == "NNPS":
        return "group"  # 'Democrats ... They noted'
    return "group" if ent.label_ == "ORG" else None


def _full_names(doc: Doc) -> dict[str, list[Span]]:
    """Surname -> the full names of the persons who bear it, in order of mention."""
    seen: dict[str, list[Span]] = {}
    for ent in doc.ents:
        if len(ent) > 1 and _ent_kind(ent) == "person":
            seen.setdefault(ent[-1].lower_, []).append(ent)
    return seen


def _full_name(bare: Span, named: list[Span]) -> str:
    """The full name a bare surname ('Ham', 'Mr. Khan') stands for. Of several people who bear
    it: those of the gender its honorific gives, then one that reads as a name ('Ignore
    Clinton' is the tagger's slip), named in the last stretch of text before it, most often,
    the first of equals ('Marcel Lazar', not a later 'his wife, Gabriela Lazar')."""
    before = [e for e in named if e.end_char <= bare.start_char] or named
    wanted = name_gender([bare.doc[bare.start - 1].text] if bare.start > 0 else [])
    other = {MALE: FEMALE, FEMALE: MALE}.get(wanted or "")
    pool = [e for e in before if other is None or name_gender(t.text for t in e) != other]
    counts = Counter(e.text for e in named)
    given = given_names()
    if not pool:
        return before[0].text if before else bare.text
    return max(pool, key=lambda e: (e[0].lower_ in given or all(t.pos_ == "PROPN" for t in e),
                                    bare.start_char - e.start_char <= _NAME_REACH,
                                    counts[e.text])).text


def _given_to_full(given: Span, full: dict[str, list[Span]]) -> str:
    """'Donald' for the one person of that given name named in full ('Donald Trump')."""
    names = {e.text for ents in full.values() for e in ents if e[0].lower_ == given[0].lower_}
    return names.pop() if len(names) == 1 and given[0].lower_ in given_names() else given.text


def _bare_surnames(doc: Doc, surnames: set[str]) -> list[Span]:
    """'Ham also noted ...': a person's surname the entity tagger left out."""
    return [doc[t.i:t.i + 1] for t in doc if t.ent_iob_ == "O" and t.is_title
            and t.lower_ in surnames and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and not
                                          t.is_sent_start)]  # 'According to Ham,


def _outlet_around(ent: Span, inside: list[tuple[int, int]]) -> bool:
    """A body named after a coded place or person: a news outlet ('Washington' in 'The
    Washington Post') or an organisation by its head noun ('the Clinton Foundation')."""
    if ent.label_ != "ORG" or not (media_name(ent.text) or ent[-1].lower_ in _BODY_HEADS):
        return False
    return all(ent.start_char <= b and e <= ent[-1].idx for b, e in inside)  # not its head


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
    while j > i + 1 and (doc[j - 1].is_punct or doc[j - 1].is_space) and not _closes(doc, i, j):
        j -= 1
    while i < j - 1 and (doc[i].is_punct or doc[i].is_space):
        i += 1
    return i, j


def _closes(doc: Doc, i: int, j: int) -> bool:
    """Whether the last token of doc[i:j] closes a quote opened inside it."""
    return doc[j - 1].is_quote and sum(t.is_quote for t in doc[i:j]) % 2 == 0


def resolve_source(subject: Token, index: ActorIndex, sentence: int, *,
                   span: tuple[int, int] | None = None) -> Source:
    """The source of a cue whose grammatical subject is ``subject`` (or token ``span``)."""
    doc = subject.doc
    if span is None and subject.lower_ in ("that", "which") and subject.head.dep_ == "relcl":
        subject = _issuer(subject) or subject
    i, j = span if span is not None else mention_span(subject)
    words = doc[i:j]
    head = subject
    if subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl":
        head = subject.head.head
    if head.lower_ in _POSSESSIVES:  # 'his remarks': the actors stage reads these well
        actor = _agreeing(head, _actor_at(head, words, index), index) or _antecedent(
            head, words, index)
    elif head.lower_ in _PRONOUNS:  # the subject of a recent sentence
        actor = _cataphor(head, index) or _document_it(head, index) or _antecedent(
            head, words, index) or _agreeing(head, _actor_at(head, words, index), index)
    else:
        actor = _actor_at(head, words, index)
        if actor is None:
            actor = _antecedent(head, words, index) or _possessor(head, index)
        elif actor.kind != "person" and head.tag_ == "NN" and _wants(head) == "person":
            actor = _titled(head, words, index) or _holder(head, words, index) or actor
    if actor is not None and (actor.start, actor.end) != (words.start_char, words.end_char):
        actor = replace(actor, text=words.text, start=words.start_char, end=words.end_char,
                        sentence=sentence)
    return Source(words.start_char, words.end_char, words.text, actor)


def _possessor(noun: Token, index: ActorIndex) -> Actor | None:
    """'the parliament's official count', 'the group's statement': a thing that speaks for
    the body named (or described) as its possessor."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ == "PRON" or noun.lemma_.lower() in ROLE_NOUNS:
        return None  # 'the Texas senator's allies' are people, not the senator
    if hits := index.overlapping(poss.idx, poss.idx + len(poss.text)):
        return hits[-1]
    if poss.pos_ != "NOUN" or not _definite(poss):
        return None  # 'the bank's board': the bank named before by that noun
    return next((a for t in _same_noun_before(poss) if (a := _actor_of_noun(t, index))), None)


def _cataphor(pronoun: Token, index: ActorIndex) -> Actor | None:
    """'In what he called a rant, President Obama said ...': a pronoun inside a clause or
    phrase set before the main subject is that subject, when it agrees."""
    root = pronoun.sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i <= pronoun.i or not any(
            c.dep_ in ("advcl", "prep") and c.left_edge.i <= pronoun.i <= c.right_edge.i
            and c.i < subj.i for c in root.children):
        return None
    wants = _wants(pronoun)
    hits = index.overlapping(subj.idx, subj.idx + len(subj.text))
    return next((a for a in hits if wants is not None
                 and _compatible(pronoun, wants, a, index)), None)


def _document_it(pronoun: Token, index: ActorIndex) -> Actor | None:
    """'A new ad from the Trump campaign ... The ad then cites X. It also mentions Y': an
    'it' whose nearest subject is a document speaks for the document's issuer."""
    if pronoun.lower_ != "it":
        return None
    doc = pronoun.doc
    if pronoun.sent.start == 0:
        return None
    root = doc[pronoun.sent.start - 1].sent.root  # the main subject of the sentence before
    subject = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    sent_thing = next((t for t in root.children if t.dep_ == "dobj"), None)
    if sent_thing is not None and _issuer_of(sent_thing) is subject and subject is not None:
        return _subject_actor(subject, index)  # 'The city sent a letter. It says ...'
    if subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in GROUP_NOUNS \
            and not index.overlapping(subject.idx, subject.idx + 1):
        return _actor_of_noun(subject, index)  # "Trump's campaign is defending ... It's ..."
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in (
            ARTIFACT_NOUNS | DOCUMENT_NOUNS) or index.overlapping(subject.idx, subject.idx + 1):
        return None
    return _antecedent(subject, doc[subject.i:subject.i + 1], index)


def _subject_actor(subject: Token, index: ActorIndex) -> Actor | None:
    """The actor a subject names, or, for a description ('the city'), stands for."""
    if hits := index.overlapping(subject.idx, subject.idx + len(subject.text)):
        return hits[-1]
    span = subject.doc[subject.i:subject.i + 1]
    return _antecedent(subject, span, index) if subject.pos_ == "NOUN" else None


def _issuer(pronoun: Token) -> Token | None:
    """'X released an ad that says ...': X, the issuer of the thing that speaks."""
    return _issuer_of(pronoun.head.head)


def _issuer_of(noun: Token) -> Token | None:
    """'X released an ad', 'X sent a letter', 'in a statement, X called ...': X, the one
    who issued the thing."""
    if noun.lemma_.lower() not in ARTIFACT_NOUNS:
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ISSUE_VERBS:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
    else:
        return None
    subject = nearest_subject(verb)
    return subject if subject is not None and subject.lower_ not in _RELATIVE else None


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
    widest = max(pool, key=lambda a: a.end - a.start)  # 'The Washington Post' over 'Washington'
    if all(widest.start <= a.start and a.end <= widest.end for a in pool):
        best = widest
    if head.lower_ in _PRONOUNS and best.name.lower() == head.lower_:
        return None  # the actors stage left the pronoun unresolved
    return best


def _wants(head: Token) -> str | None:
    """'person', 'group' or None: what kind of antecedent the mention needs."""
    low = head.lower_
    if low in ("i", "me", "we", "us"):
        return None  # the writer (or the paper), not someone named earlier
    if low in PRONOUNS_PERSON or low in _POSSESSIVES:
        return "person"
    if low in _PAIR_WORDS and head.dep_.startswith("nsubj"):
        return "group"  # 'the two learned of a meeting': a pair named before
    if low in PRONOUNS_GROUP:
        return "group"
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.lower_ in _PARTY_WORDS):
        return None  # 'the Republican' (the model may tag it a name) is a person
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
    if not dets & DETERMINERS_DEFINITE:
        return None
    lemma = head.lemma_.lower()
    if lemma in GROUP_NOUNS or lemma in ARTIFACT_NOUNS:
        return "group"
    return "person" if lemma in ROLE_NOUNS else None


def _antecedent(head: Token, span: Span, index: ActorIndex, *,
                fallback: bool = True, depth: int = 0) -> Actor | None:
    wants = _wants(head)
    if wants is None:
        return None
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN":
        earlier = _same_noun_before(head)
        named = next((a for t in earlier if (a := _actor_of_noun(t, index)) is not None), None)
        if named is None and earlier and _definite(earlier[-1]) and depth == 0 \
                and head.tag_ == "NN" and lemma not in _LOOSE_NOUNS:
            first = earlier[-1]  # 'the former president ... the former president said'
            return _antecedent(first, first.doc[first.i:first.i + 1], index,
                               fallback=fallback, depth=1)
        if named is not None or (earlier and lemma != "campaign"):
            return named
        if lemma == "campaign":  # 'the campaign': the candidate who is running it
            return _candidate(head, span, index)
        if lemma in ARTIFACT_NOUNS:  # 'the ad' names its issuer only through 'an ad from X'
            return None
    typed = head.pos_ == "NOUN" and lemma in TYPED_NOUNS
    sent_start = head.sent.start
    ranked: list[tuple[int, int, Actor]] = []
    for n, actor in enumerate(index.preceding(span.start_char)):
        if not _compatible(head, wants, actor, index):
            continue
        tok = index.head_of(actor)
        if tok is not None:
            rank = index.rank(tok, sent_start)
            rank = 0 if rank == 1 else rank  # a speaker and a main subject: the nearer
            if rank <= 2 and not index.same_paragraph(actor.start, span.start_char):
                rank += 1  # a subject in the pronoun's own paragraph comes first
            ranked.append(((rank // 4) * 4 if typed else rank, n, actor))  # typed: the nearest
    if head.lower_ in _PLURAL_OR_THING:  # 'it', 'they': only a recent subject will do
        ranked = [r for r in ranked if r[0] <= 2]
    if not ranked and fallback and wants == "person" and head.pos_ == "NOUN" \
            and head.tag_ != "NNS":
        # 'Sanders still senses anger ... the Vermont senator acknowledged': a role no named
        # person was called by goes to the recent main subject, unless the knowledge base
        # gives that person another office ('the senator' is no president)
        return _candidate(head, span, index, role=lemma)
    return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None


def _definite(noun: Token) -> bool:
    """Whether a noun is definite ('the official', 'his aide'), so a mention of someone
    already known, not a new one ('a senior official')."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") and c.lower_ in DETERMINERS_DEFINITE for c in noun.children)


def _titled(head: Token, span: Span, index: ActorIndex) -> Actor | None:
    """'The Treasury secretary': the person earlier called by the whole title, rather than
    the body named inside it."""
    found = _antecedent(head, span, index, fallback=False)
    if found is None or found.kind != "person":
        return None
    tok = index.token_at(found.start)
    first = max(0, found.start - 60, tok.sent.start_char if tok is not None else 0)
    window = index.text[first:found.end].lower()  # its own sentence: 'Trump. Clinton'
    return found if all(word in window for word in _modifiers(head)) else None


def _holder(head: Token, span: Span, index: ActorIndex) -> Actor | None:
    """'The former secretary of State', 'the former CEO of Hewlett-Packard': a role held
    before, with its body in the words, is the recent main subject (an unnamed former
    officer seldom speaks)."""
    if not any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in head.children):
        return None
    return _candidate(head, span, index, role=head.lemma_.lower())


def _candidate(head: Token, span: Span, index: ActorIndex, role: str = "") -> Actor | None:
    """The person who is the main subject of a recent sentence ('Clinton plans ...'), and
    whose known office, if any, is the ``role``."""
    sent_start = head.sent.start
    for actor in index.preceding(span.start_char):
        if actor.kind != "person" or (role and actor.office and role not in actor.office.lower()):
            continue
        if actor.text.lower() in _PRONOUNS or not _same_sex(head, actor, index):
            continue  # a pronoun's reading is the actors stage's guess
        tok = index.head_of(actor)
        if tok is not None and index.rank(tok, sent_start) <= 1:
            return actor
    return None


def _same_sex(noun: Token, actor: Actor, index: ActorIndex) -> bool:
    """Whether a gendered role ('the businessman', 'the spokeswoman') fits the person."""
    wanted = noun_gender(noun.lemma_.lower())
    return wanted is None or index.gender(actor) in (None, wanted)


def _agreeing(head: Token, actor: Actor | None, index: ActorIndex) -> Actor | None:
    """The actors stage's own reading of a pronoun, kept only if kind and gender agree."""
    wants = _wants(head)
    if actor is None or wants is None:
        return actor
    named = replace(actor, text=actor.name)  # judge by the name, not by the pronoun
    return actor if _compatible(head, wants, named, index) else None


def _compatible(head: Token, wants: str, actor: Actor, index: ActorIndex) -> bool:
    """Kind, number and gender agreement between a pronoun or description and an actor."""
    low = head.lower_
    if (actor.kind == "person") != (wants == "person") and not _plural_people(low, actor, index):
        return False
    if ((actor.start, actor.end) in index.pairs) != (low in _PAIR_WORDS) \
            and low not in ("they", "them"):
        return False  # a pair is 'they' or 'the two'; 'the two' is a pair
    if actor.text.lower() in _PRONOUNS:
        return False  # another pronoun: its resolution is only a guess
    if low in ("they", "them") and actor.kind == "state":
        return False  # a country is 'it'
    if low == "it" and actor.kind == "group" and (tok := index.head_of(actor)) is not None \
            and tok.tag_ in ("NNS", "NNPS"):
        return False  # 'Democrats' are 'they'
    if low in ("he", "him", "his", "she", "her"):
        tok = index.head_of(actor)
        if tok is not None and tok.tag_ in ("NNS", "NNPS"):
            return False  # 'the Mexican people' is no 'he'
        gender = index.gender(actor)
        return gender is None or gender == (MALE if low in ("he", "him", "his") else FEMALE)
    if head.pos_ == "NOUN" and wants == "person":  # 'the senator': a person called so
        return _same_sex(head, actor, index) and _called(head, actor, _title_window(actor, index))
    if head.pos_ == "NOUN":  # 'the newspaper' is a media outlet, 'the agency' a state body
        fit = fits(head.lemma_.lower(), actor)
        if fit is not None:
            return fit
    if head.pos_ == "NOUN" and actor.kind == "state":  # 'the newspaper' is not a country
        return head.lemma_.lower() in STATE_NOUNS
    return True


def _title_window(actor: Actor, index: ActorIndex) -> str:
    """The words that title a mention: its own noun phrase and appositives ('Former Texas
    Gov. Rick Perry', 'Rick Perry, the former governor'), at most 60 characters before it."""
    tok = index.head_of(actor)
    if tok is None:
        return index.text[max(0, actor.start - 60):actor.end].lower()
    noun = tok.head if tok.dep_ == "appos" else tok
    lo = max(actor.start - 60, min(actor.start, noun.left_edge.idx))
    hi = max([actor.end, *(c.right_edge.idx + len(c.right_edge) for c in noun.children
                           if c.dep_ == "appos")])
    return index.text[lo:hi].lower()


def _plural_people(pronoun: str, actor: Actor, index: ActorIndex) -> bool:
    """'NATO leaders declared ... but they did not offer': people named in the plural are
    'they'."""
    if pronoun not in ("they", "them") or actor.kind != "person":
        return False
    tok = index.head_of(actor)
    return tok is not None and tok.tag_ == "NNS" and tok.is_lower  # not "Sanders"


def _called(head: Token, actor: Actor, window: str) -> bool:
    """Whether the role word (or its short title) stands in the words that title the mention."""
    lemma = head.lemma_.lower()
    if any(other in window and word not in window
           for word in _modifiers(head) for other in _RIVALS.get(word, ())):
        return False  # 'the Republican nominee' is not 'Democratic nominee Tim Kaine'
    short = _TITLE_SHORT.get(lemma)
    return lemma in window or (short is not None and short in window)


def _actor_of_noun(noun: Token, index: ActorIndex, depth: int = 0) -> Actor | None:
    """The actor a noun names, or its possessor's ('Trump's campaign' -> Trump), or its
    issuer's ('an ad from the Trump campaign', 'a report by the agency')."""
    hits = index.overlapping(noun.idx, noun.idx + len(noun.text))
    if not hits and noun.dep_ == "compound" and noun.head.i > noun.i:  # 'Mayor Bill de Blasio'
        hits = index.overlapping(noun.head.idx, noun.head.idx + len(noun.head.text))
    if hits:
        return hits[0]
    artifact = depth == 0 and noun.lemma_.lower() in ARTIFACT_NOUNS | DOCUMENT_NOUNS
    for child in noun.children:  # 'Trump's campaign', 'a New York Times report'
        if child.dep_ in ("poss", "compound", "nmod") and child.i < noun.i:
            left = child.left_edge
            hits = index.overlapping(left.idx, child.idx + len(child.text))
            if hits:
                return hits[-1]
            if artifact and child.pos_ == "PROPN":
                return _issuer_named(left, child)  # 'a Times article': the Times, uncoded
    if not artifact:
        return None
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and (found := _actor_of_noun(obj, index, 1)) is not None:
                return found
            if obj is not None and obj.pos_ == "PROPN":
                return _issuer_named(obj.left_edge, obj)
    issuer = _issuer_of(noun)  # 'Hillary Clinton has a new ad': hers
    hits = [] if issuer is None else index.overlapping(issuer.idx, issuer.idx + len(issuer.text))
    return hits[-1] if hits else None


def _issuer_named(first: Token, last: Token) -> Actor:
    """An uncoded body named as the issuer of a document ('a Times article')."""
    span = first.doc[first.i:last.i + 1]
    if span[0].lower_ in ("the", "a", "an"):
        span = span[1:]
    return Actor(text=span.text, start=span.start_char, end=span.end_char, name=span.text,
                 code="---", country=None, sector=None, kind="group", sentence=None)


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
    return 1 if index.first_subject(tok) == tok.i else 2


def _according_source(tok: Token) -> bool:
    """Whether the mention is the X of 'according to X'."""
    to = tok.head
    return tok.dep_ == "pobj" and to.i > 0 and is_according(to.doc[to.i - 1])


def _same_noun_before(head: Token, most: int = 3) -> list[Token]:
    """Earlier nouns with the same lemma ('the official' after 'a senior official'), nearest
    first, at most ``most``."""
    doc = head.doc
    lemma = head.lemma_.lower()
    kin = next((k for k in (DOCUMENT_NOUNS, _AD_NOUNS) if lemma in k), frozenset({lemma}))
    found: list[Token] = []
    wanted = _modifiers(head)
    for k in range(head.i - 1, max(-1, head.i - 150), -1):
        tok = doc[k]
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") and (tok.lemma_.lower() in kin
                                                     or tok.lower_ == head.lower_) \
                and wanted <= _modifiers(tok):  # 'the Republican nominee': not the Democrat
            found.append(tok)
            if len(found) == most:
                break
    return found


_RIVALS = {"republican": ("democratic", "democrat"), "democratic": ("republican", "gop"),
           "gop": ("democratic", "democrat"), "democrat": ("republican", "gop")}


def _modifiers(noun: Token) -> set[str]:
    """Capitalised modifiers that set one holder of a role apart ('Republican', 'Senate')."""
    return {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")
            and c.text[:1].isupper()}  # 'GOP' too


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok: Token = span[0]
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok
