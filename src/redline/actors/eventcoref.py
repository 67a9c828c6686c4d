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
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from redline.model import Actor

RELATIVE = frozenset({"who", "which", "that"})
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them"})  # "it" is mostly a thing
SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})
DEFINITE = frozenset({"the", "this", "that"})
BODY_NOUNS = frozenset({"group", "movement", "militia", "organization", "organisation"})
NON_STATE = frozenset({"REB", "OPP", "NGO", "PTY", "CRM", "UAF", "SEP", "INS"})


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


def _relative_subject(tok: Token, actors: Sequence[Actor]) -> Actor | None:
    """"police, who fired ...": the actor of the noun a relative clause's subject stands for."""
    if tok.lower_ not in RELATIVE or not tok.dep_.startswith("nsubj") \
            or tok.head.dep_ != "relcl":
        return None
    return _actor_at(tok.head.head, actors)


def _description(tok: Token) -> bool:
    """"the minister", "the group", "this ministry": a definite role or body noun."""
    from redline.quotes.speakers import GROUP_NOUNS, ROLE_NOUNS

    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ROLE_NOUNS | GROUP_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)


def _candidate(tok: Token, covered: set[int]) -> bool:
    if tok.i in covered or tok.dep_ not in SLOTS:
        return False
    if tok.lower_ in RELATIVE:
        return tok.dep_.startswith("nsubj") and tok.head.dep_ == "relcl"
    return (tok.pos_ == "PRON" and tok.lower_ in PRONOUNS) or _description(tok)




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
    from redline.quotes.speakers import resolve_source

    text = doc.text  # spaCy rebuilds it on every access: once
    index: ActorIndex | None = None
    out: list[Actor] = []
    for tok in found:
        sentence = bisect_right(starts, tok.i) - 1
        ante = _relative_subject(tok, actors)
        if ante is None and tok.lower_ not in RELATIVE:
            index = index or ActorIndex(doc, actors, text=text)
            span = (_first(tok), tok.i + 1)
            ante = _coded(resolve_source(tok, index, sentence, span=span).actor) or \
                _group_antecedent(tok, actors)
            if ante is not None and tok.tag_ == "NNS" and ante.kind == "person":
                ante = None  # "the leaders": one person is not them
        if ante is not None and ante.code and ante.code != "---":
            out.append(_at(ante, tok, sentence, text))
    return out
