"""A cue set off by commas with its speaker after it, inside the clause it reports: 'Any
reading of the deal, said Michael Kofman, an expert on Russia, would see a retreat'.

The parser takes the words before the cue for its subject and the name after it for the
subject of the reported clause; the speaker is the name (with its apposition), the content
the clause around the aside.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_BREAKS = frozenset({",", "—", "–", "--"})


@dataclass(frozen=True, slots=True)
class Inverted:
    """The speaker's head word and the reported clause's characters around the aside."""

    speaker: Token
    content: tuple[int, int]


def inverted_aside(cue: Token) -> Inverted | None:
    """The speaker and content of ', said NAME, ' inside the clause it reports, else None."""
    doc = cue.doc
    if cue.tag_ not in _FINITE or cue.i < 2 or doc[cue.i - 1].text not in _BREAKS:
        return None
    before = next((c for c in cue.lefts if c.dep_ == "nsubj"), None)
    clause = _reported(cue)
    name = _name_after(cue, clause)
    if before is None or clause is None or name is None:
        return None
    end = _aside_end(name)
    if end is None or end >= clause.i:
        return None
    tail = max((t for t in clause.subtree if not (t.is_punct or t.is_space)), key=lambda t: t.i)
    return Inverted(name, (before.left_edge.idx, tail.idx + len(tail.text)))


def _reported(cue: Token) -> Token | None:
    """The verb of the clause reported around the aside: the cue's complement after it, or
    the verb the parser hung the cue on ('The economy, said X, is growing')."""
    clause = next((c for c in cue.rights if c.dep_ == "ccomp"), None)
    if clause is None and cue.dep_ == "parataxis" and cue.head.i > cue.i:
        clause = cue.head
    return clause


def _name_after(cue: Token, clause: Token | None) -> Token | None:
    """The subject right after the cue (the parser gives it to the cue or to the clause)."""
    heads = (cue, clause) if clause is not None else (cue,)
    for head in heads:
        for c in head.children:
            if c.dep_ == "nsubj" and c.left_edge.i == cue.i + 1 and _speaker_like(c):
                return c
    return None


def _speaker_like(name: Token) -> bool:
    """A name, or a noun naming a person or group ('another witness', 'an official')."""
    return name.pos_ == "PROPN" or name.pos_ == "NOUN" and name.left_edge.pos_ == "DET"


def _aside_end(name: Token) -> int | None:
    """The index of the comma (or dash) that closes the speaker's aside, if one does."""
    doc = name.doc
    k = name.right_edge.i
    if doc[k].text in _BREAKS:
        return k
    return k + 1 if k + 1 < len(doc) and doc[k + 1].text in _BREAKS else None
