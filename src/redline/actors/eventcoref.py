"""Coreference for events: the mentions an event's source or target may be that the actors
stage left without a code, resolved as quote speakers are (``redline.quotes.speakers``).

* a relative pronoun that is its clause's subject ("police, who fired teargas"): the actor of
  the noun the clause hangs on;
* a personal pronoun ("he", "she", "they") and a definite description ("the minister",
  "the group", "the ministry") in a subject or object slot: the speaker resolver's reading,
  which prefers the main subject of a recent sentence in the same paragraph to a name merely
  mentioned earlier, with agreement in kind, number and gender.

The actors stage's own readings stay; the additions are actors at the pronoun's or the
description's words, carrying the antecedent's code, for the event stage alone.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from redline.doctext import doc_text
from redline.events.sector_actors import state_actor
from redline.model import Actor

if TYPE_CHECKING:
    from redline.quotes.index import ActorIndex

RELATIVE = frozenset({"who", "which", "that"})
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them"})  # "it" is mostly a thing
SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})
DEFINITE = frozenset({"the", "this", "that"})
BODY_NOUNS = frozenset({"group", "movement", "militia", "organization", "organisation"})
REPORTED = {"he": "m", "she": "f", "they": None}  # pronoun -> the gender it asks for
STATE_WORDS = frozenset({"country", "kingdom", "nation", "republic"})
NON_STATE = frozenset({"REB", "OPP", "NGO", "PTY", "CRM", "UAF", "SEP", "INS"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})  # a state's bodies


def _covered(doc: Doc, actors: Sequence[Actor]) -> set[int]:
    """Token indices inside an actor's words (a pronoun the actors stage read is open to the
    speaker resolver's reading)."""
    out: set[int] = set()
    for a in actors:
        if a.text.lower() in PRONOUNS:
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _actor_at(tok: Token, actors: Sequence[Actor]) -> Actor | None:
    """The actor whose words hold token ``tok`` (the narrowest)."""
    hits = [a for a in actors if a.start <= tok.idx < a.end]
    return min(hits, key=lambda a: a.end - a.start, default=None)


def _at(actor: Actor, tok: Token, sentence: int, text: str) -> Actor:
    first = tok.doc[_first(tok)]
    end = tok.idx + len(tok.text)
    return replace(actor, text=text[first.idx:end], start=first.idx, end=end,
                   sentence=sentence)


def _first(tok: Token) -> int:
    """The first token of a description's words ("the minister"), the pronoun's own else."""
    return tok.left_edge.i if tok.pos_ == "NOUN" else tok.i


def _coded(actor: Actor | None) -> Actor | None:
    """The speaker resolver's actor when it has a code (an uncoded body is no antecedent)."""
    return actor if actor is not None and actor.code and actor.code != "---" else None


def _group_antecedent(tok: Token, actors: Sequence[Actor]) -> Actor | None:
    """"the group", "the movement": the last armed group, party or organisation named in
    the sentence or the two before it (the speaker resolver reads 'group' as any body)."""
    if tok.lemma_.lower() not in BODY_NOUNS or tok.pos_ != "NOUN":
        return None
    doc = tok.doc
    first = doc[max(tok.sent.start - 1, 0)].sent.start
    first = doc[max(first - 1, 0)].sent.start
    lo, hi = doc[first].idx, tok.idx
    before = [a for a in actors if lo <= a.start and a.end <= hi and a.code != "---"]
    return next((a for a in reversed(before) if a.sector in NON_STATE or a.kind == "group"),
                None)


def _state_antecedent(tok: Token, actors: Sequence[Actor]) -> Actor | None:
    """"the country", "the kingdom": the state named last in the sentence or the two
    before it (a pair, "the two countries", is ``events.pairs``'s)."""
    if tok.lemma_.lower() not in STATE_WORDS or tok.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    doc = tok.doc
    first = doc[max(tok.sent.start - 1, 0)].sent.start
    first = doc[max(first - 1, 0)].sent.start
    lo, hi = doc[first].idx, tok.idx
    last = next((a for a in reversed(actors) if lo <= a.start and a.end <= hi
                 and state_actor(a)), None)
    if last is None or last.kind == "state":
        return last
    from redline.actors import knowledge_base

    country = last.country or ""  # "Germany's president ... the country": Germany
    return replace(last, name=knowledge_base().country_name(country), code=country,
                   sector="", kind="state")


def _relative_subject(tok: Token, actors: Sequence[Actor]) -> Actor | None:
    """"police, who fired ...": the actor of the noun a relative clause's subject stands for."""
    if tok.lower_ not in RELATIVE or not tok.dep_.startswith("nsubj") \
            or tok.head.dep_ != "relcl":
        return None
    return _actor_at(tok.head.head, actors)


def _clause_of(tok: Token) -> Token:
    """The verb heading the clause a subject belongs to (the first of conjoined verbs)."""
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def reporter(tok: Token, actors: Sequence[Actor],
             gender: Callable[[Actor], str | None]) -> Actor | None:
    """"Sondland said he had spoken with the president": a pronoun subject of a clause that
    is what a named subject says, thinks or knows stands for that subject, when kind and
    gender agree (it is bound nearer than the paragraph's main subject)."""
    low = tok.lower_
    if low not in REPORTED or not tok.dep_.startswith("nsubj"):
        return None
    clause = _clause_of(tok)
    if clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    actor = _actor_at(subj, actors) if subj is not None else None
    if actor is None or subj is None or subj.lower_ in PRONOUNS or not _coded(actor):
        return None
    if low == "they":
        return actor if actor.kind != "person" or subj.tag_ in ("NNS", "NNPS") else None
    if actor.kind != "person" or subj.tag_ in ("NNS", "NNPS"):
        return None
    return actor if gender(actor) in (None, REPORTED[low]) else None


def _description(tok: Token) -> bool:
    """"the minister", "the group", "this ministry": a definite role or body noun."""
    from redline.quotes.speaker_nouns import GROUP_NOUNS, ROLE_NOUNS

    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or (lemma not in ROLE_NOUNS and lemma not in GROUP_NOUNS):
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)


def _candidate(tok: Token, covered: set[int]) -> bool:
    if tok.i in covered or tok.dep_ not in SLOTS:
        return False
    if tok.lower_ in RELATIVE:
        return tok.dep_.startswith("nsubj") and tok.head.dep_ == "relcl"
    return (tok.pos_ == "PRON" and tok.lower_ in PRONOUNS) or _description(tok) or (
        tok.pos_ == "NOUN" and tok.lemma_.lower() in STATE_WORDS)




def with_coreference(doc: Doc, actors: Sequence[Actor]) -> list[Actor]:
    """``actors`` plus actors for the relative pronouns, pronouns and definite descriptions
    in subject and object slots that the actors stage left unresolved."""
    if len(doc) == 0 or not doc.has_annotation("DEP"):
        return list(actors)
    covered = _covered(doc, actors)
    found = [t for t in doc if _candidate(t, covered)]
    if not found:
        return list(actors)
    added = _resolved(doc, actors, found, [sent.start for sent in doc.sents])
    redone = {(a.start, a.end) for a in added}
    kept = [a for a in actors if (a.start, a.end) not in redone]
    return sorted([*kept, *added], key=lambda a: (a.start, a.end))


def _resolved(doc: Doc, actors: Sequence[Actor], found: list[Token],
              starts: list[int]) -> list[Actor]:
    from redline.quotes.index import ActorIndex

    text = doc_text(doc)
    index: ActorIndex | None = None
    out: list[Actor] = []
    for tok in found:
        sentence = bisect_right(starts, tok.i) - 1
        ante = _relative_subject(tok, actors)
        if ante is None and tok.lower_ not in RELATIVE:
            index = index or ActorIndex(doc, actors, text=text)
            ante = _antecedent(tok, actors, index, sentence)
        if ante is not None and ante.code and ante.code != "---":
            out.append(_at(ante, tok, sentence, text))
    return out


def _antecedent(tok: Token, actors: Sequence[Actor], index: ActorIndex,
                sentence: int) -> Actor | None:
    """A pronoun's or description's actor: the subject whose words it reports, else the
    speaker resolver's reading, else ("the group") the last armed group named."""
    from redline.quotes.speakers import resolve_source

    ante = reporter(tok, actors, index.gender) or _state_antecedent(tok, actors)
    if ante is not None or tok.lemma_.lower() in STATE_WORDS:
        return ante
    span = (_first(tok), tok.i + 1)
    ante = _coded(resolve_source(tok, index, sentence, span=span).actor) or \
        _group_antecedent(tok, actors)
    if ante is not None and tok.tag_ == "NNS" and ante.kind == "person":
        return None  # "the leaders": one person is not them
    return ante if ante is None or _sector_agrees(tok, ante) else None


def _sector_agrees(tok: Token, ante: Actor) -> bool:
    """A state's body described ("the government", "the army", "the police") stands for no
    actor outside the state's institutions ("a Taliban spokesman ... accused the
    government": not the Taliban). Roles ("the leader", "the commander") serve any body."""
    from redline.events.sector_actors import sector_words
    from redline.quotes.speaker_nouns import ROLE_NOUNS

    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma in ROLE_NOUNS or not ante.sector:
        return True
    sector = sector_words().get(tok.lower_) or sector_words().get(lemma)
    return sector not in STATE_SECTORS or ante.sector in STATE_SECTORS

