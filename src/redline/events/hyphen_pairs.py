"""The two sides of an event noun named as a hyphenated pair (issue 17, sixteenth round, 17).

"the US-China talks", "the Israel-Hamas war", "German-Dutch cooperation": the parser hangs
the first name on the second (a ``compound`` or ``amod`` joined by a hyphen) and the second
on the noun, so the noun's own modifiers gave only the second name, read as the source. Where
both names are actors of different codes, the first is the source and the second the target
(the order the text names them in; reciprocal events are mirrored later as usual).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.roles import ActorIndex
from redline.model import Actor
from redline.quotes.speaker_nouns import PERSON_NOUNS, ROLE_NOUNS

PAIR_DEPS = frozenset({"compound", "amod", "nmod"})
HYPHENS = frozenset({"-", "–", "—"})
# a protest is one side's act: "a Somali-American protest" is Somali Americans', not Somalia's
# against the United States (r16 review)
ONE_SIDED_ROOTS = frozenset({"14"})
PEOPLE = PERSON_NOUNS | ROLE_NOUNS  # nouns for a person ("activist", "worker")


def _joined(first: Token, second: Token) -> bool:
    """A hyphen right after ``first``, and nothing but ``second``'s own compounds after it."""
    doc = first.doc
    gap = first.i + 1
    if gap >= second.i or doc[gap].text not in HYPHENS:
        return False
    return all(t.head.i == second.i and t.dep_ == "compound" for t in doc[gap + 1:second.i])


def hyphen_pair(index: ActorIndex, noun: Token) -> tuple[Actor, Actor] | None:
    """(first, second) of a hyphenated pair modifying ``noun`` (None: there is none)."""
    for second in noun.children:
        if second.dep_ not in PAIR_DEPS or second.i > noun.i:
            continue
        for first in second.children:
            if first.dep_ not in PAIR_DEPS or first.i > second.i or not _joined(first, second):
                continue
            a, b = index.at(first), index.at(second)
            if a is not None and b is not None and a.code and b.code and a.code != b.code and (
                    not _one_person(b, second, noun)):
                return a, b
    return None


def _one_person(second_actor: Actor, second: Token, noun: Token) -> bool:
    """The pair describes one person of a double origin, not two sides: the second name runs
    on past the hyphen's word ("the Palestinian-American activist protest"), or a noun for a
    person stands between it and the event noun ("the British-Iranian aid worker detention")."""
    if second_actor.end > second.idx + len(second.text):
        return True
    return any(t.lemma_.lower() in PEOPLE for t in second.doc[second.i + 1:noun.i])


def pair_roles(index: ActorIndex, noun: Token, code: str | None
               ) -> tuple[list[Actor], list[Actor]] | None:
    """The sides of an event noun of CAMEO ``code`` named by a hyphenated pair: ([first],
    [second])."""
    if noun.pos_ != "NOUN" or (code or "")[:2] in ONE_SIDED_ROOTS:
        return None
    pair = hyphen_pair(index, noun)
    return ([pair[0]], [pair[1]]) if pair is not None else None
