"""Things that speak for whoever issued them: "an ad from the Trump campaign", "a Times
article", "Hillary Clinton has a new ad", "in a statement, the union called ...".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from redline.model import Actor
from redline.quotes.cues import nearest_subject
from redline.quotes.descriptions import DOCUMENT_NOUNS
from redline.quotes.lexicon import RELATIVE_PRONOUNS
from redline.quotes.names import uncoded_actor

if TYPE_CHECKING:
    from redline.quotes.index import ActorIndex

# Things people issue that then "say" something: their issuer is the source.
ARTIFACT_NOUNS: frozenset[str] = frozenset({
    "statement", "ad", "advertisement", "video", "message", "piece", "sign", "letter", "memo",
    "post", "tweet", "email", "data", "release", "op-ed", "column", "spot", "commercial",
    "editorial", "note", "filing", "document", "report", "book", "speech", "transcript",
    "article", "story", "passage", "ruling", "brief", "complaint", "lawsuit",
})
# 'A white paper', 'a research paper' are issued too, but 'the paper' with no issuer named
# before may be a newspaper: issued things whose issuer is looked for, not settled without one.
_ISSUED_NOUNS = ARTIFACT_NOUNS | {"paper"}
AD_NOUNS = frozenset({"ad", "advertisement", "spot", "commercial"})  # 'the spot' ~ 'the ad'
# Verbs whose subject issues their object ('X released a statement', 'X sent a letter');
# 'have' only for an ad ('X has a new ad'): 'The Senate had a report saying ...' does not
# make the Senate its author.
_ISSUE_VERBS = frozenset({"release", "issue", "publish", "air", "run", "launch",
                          "unveil", "send", "post", "write", "file", "sign", "deliver", "tweet",
                          "circulate", "distribute", "produce", "put"})


def issuer(pronoun: Token) -> Token | None:
    """'X released an ad that says ...': X, the issuer of the thing that speaks."""
    return issuer_of(pronoun.head.head)


def _issues(verb: str, noun: str) -> bool:
    """Whether ``verb`` with object ``noun`` issues it ('have' only an ad)."""
    return verb in _ISSUE_VERBS or (verb == "have" and noun in AD_NOUNS)


def issuer_of(noun: Token) -> Token | None:
    """'X released an ad', 'X sent a letter', 'in a statement, X called ...': X, the one
    who issued the thing."""
    if noun.lemma_.lower() not in _ISSUED_NOUNS:
        return None
    if noun.dep_ == "dobj" and _issues(noun.head.lemma_.lower(), noun.lemma_.lower()):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
    else:
        return None
    subject = nearest_subject(verb)
    return subject if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS else None


def actor_of_noun(noun: Token, index: ActorIndex, depth: int = 0) -> Actor | None:
    """The actor a noun names, or its possessor's ('Trump's campaign' -> Trump), or its
    issuer's ('an ad from the Trump campaign', 'a report by the agency')."""
    hits = index.overlapping(noun.idx, noun.idx + len(noun.text))
    if not hits and noun.dep_ == "compound" and noun.head.i > noun.i:  # 'Mayor Bill de Blasio'
        hits = index.overlapping(noun.head.idx, noun.head.idx + len(noun.head.text))
    if hits:
        return hits[0]
    artifact = depth == 0 and noun.lemma_.lower() in _ISSUED_NOUNS | DOCUMENT_NOUNS
    for child in noun.children:  # 'Trump's campaign', 'a New York Times report'
        if child.dep_ in ("poss", "compound", "nmod") and child.i < noun.i:
            left = child.left_edge
            hits = index.overlapping(left.idx, child.idx + len(child.text))
            if hits:
                return hits[-1]
            if artifact and child.pos_ == "PROPN" and child.text[:1].isupper():
                return _issuer_named(left, child)  # 'a Times article': the Times, uncoded
    if not artifact:
        return None
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and (found := actor_of_noun(obj, index, 1)) is not None:
                return found
            if obj is not None and obj.pos_ == "PROPN":
                return _issuer_named(obj.left_edge, obj)
    maker = issuer_of(noun)  # 'Hillary Clinton has a new ad': hers
    hits = [] if maker is None else index.overlapping(maker.idx, maker.idx + len(maker.text))
    return hits[-1] if hits else None


def _issuer_named(first: Token, last: Token) -> Actor:
    """An uncoded body named as the issuer of a document ('a Times article')."""
    span = first.doc[first.i:last.i + 1]
    if span[0].lower_ in ("the", "a", "an"):
        span = span[1:]
    return uncoded_actor(span.text, span.start_char, span.end_char, span.text, "group")
