"""Who an unowned complaint, demand or threat is aimed at when the text tells it by the
answer: "China rebuts American criticism", "the minister hit back at complaints from his
counterpart", "the government has faced criticism from rights groups" -- the one who
rebuts, answers or faces the criticism is its target."""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.roles import ActorIndex, not_possessive, subject_tokens
from redline.model import Actor

# verbs whose subject answers, or is on the receiving end of, what their object names
ANSWERS = frozenset({
    "rebut", "reject", "deny", "dismiss", "counter", "answer", "respond", "refute", "rebuff",
    "face", "draw", "attract", "receive", "weather", "endure", "deflect", "shrug", "brush",
    "jab", "hit", "fire", "push", "lash",
})
ANSWER_PREPS = frozenset({"to", "at", "against", "off", "aside"})
AIMED_ROOTS = frozenset({"10", "11", "13"})  # demand, disapprove/accuse, threaten


def answered_by(index: ActorIndex, tok: Token, code: str | None) -> list[Actor]:
    """The subject of the verb that answers or faces event noun ``tok`` (its object, or the
    object of its preposition: "responded to criticism"), for demands, complaints and
    threats; nothing for any other noun or verb."""
    if (code or "")[:2] not in AIMED_ROOTS:
        return []
    verb = _answering_verb(tok)
    if verb is None:
        return []
    return [a for s in subject_tokens(verb) for a in index.np(s)]


def _answering_verb(tok: Token) -> Token | None:
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ANSWER_PREPS:
        head = head.head
    elif tok.dep_ != "dobj":
        return None
    if head.pos_ != "VERB" or head.lemma_.lower() not in ANSWERS:
        return None
    return head


def sent_from(index: ActorIndex, tok: Token, code: str | None) -> list[Actor]:
    """"criticism from rights groups", "threats from the army": a demand, complaint or threat
    named by a noun comes from the actor of its "from"."""
    if (code or "")[:2] not in AIMED_ROOTS:
        return []
    return not_possessive(index, [a for c in tok.children if c.dep_ == "prep"
                                  and c.lower_ == "from" for a in index.pobj_actors(c)])
