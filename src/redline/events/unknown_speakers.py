"""Verbal acts told by a pronoun after a speaker no actor was found for (issue 17, r15-17c).

"Ms Rahimi said they agree with the ruling", "the Riverside Tenants Union warned that it will
not end the strike", "officials from the county said they agree with the board": the act in
the reported clause is the speaker's own ("they", "it", "we" after the verb of saying are the
speaker), but the speaker is a private person, an unknown body or unnamed officials, so no
actor is found and the act had no side at all. Like ``agentless._unknown_speaker``'s "Mr
Porter rejected an allegation", the act is told and its unknown side is left empty.

Only a pronoun subject of a clause that is the content of a verb of saying counts, and only
where that verb's subject is a name (a person or a body) or an unnamed official ("officials",
"the minister", "its chairman"); "he said they agree" (a pronoun speaker) and "experts said
they agree" (no official) stay no event.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from redline.model import Event

SUBJECT_PRONOUNS = frozenset({"they", "it", "we", "he", "she", "i"})
# the plain verbs of saying: a subset of the quote stage's speech lemmas
# (``quotes.said.speech_lemmas``) plus "indicate" (a cue word of ``quotes/data/cues.csv``).
# The whole of ``speech_lemmas()`` ("accuse", "urge", "demand", "call" ...) changes the
# ConfliBERT figures (class_0 0.85 -> 0.8458, r16-s), so the subset is kept as it was.
SAYING = frozenset({"say", "tell", "warn", "state", "announce", "add", "insist", "claim",
                    "declare", "stress", "note", "indicate", "confirm", "report", "write"})
NAMED = frozenset({"PERSON", "ORG", "NORP"})


@lru_cache(maxsize=1)
def officials() -> frozenset[str]:
    """Unnamed officials who speak for a body (a name-less speaker of its acts): the actor
    stage's one-word titles (``actors/data/titles.csv``) and its title words
    (``compose.TITLE_WORDS``), lower-cased."""
    from redline.actors.compose import TITLE_WORDS
    from redline.actors.kb import knowledge_base

    titles = {t.phrase.lower() for t in knowledge_base().titles if " " not in t.phrase}
    return frozenset(titles | {w.lower() for w in TITLE_WORDS})


def pronoun_of_unknown_speaker(verb: Token) -> bool:
    """``verb``'s subject is a pronoun standing for the speaker of the verb of saying whose
    content it is, and that speaker is a name or an unnamed official (module doc)."""
    pronoun = next((c for c in verb.children
                    if c.dep_ == "nsubj" and c.lower_ in SUBJECT_PRONOUNS), None)
    if pronoun is None:
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    saying = clause.head
    if clause.dep_ != "ccomp" or saying.lemma_.lower() not in SAYING:
        return False
    return any(c.dep_ == "nsubj" and _unknown_speaker(c) and _agrees(pronoun, c)
               for c in saying.children)


def _agrees(pronoun: Token, subj: Token) -> bool:
    """The pronoun can stand for the speaker: "it" not for a person ("Ms Rahimi said it
    ..."), "he", "she", "I" not for a body or several people ("the Union said he ...",
    "officials said he ..."); "they" and "we" for either (a person speaking for a body)."""
    word = pronoun.lower_
    if word == "it":
        return not _a_person(subj)
    if word in ("he", "she", "i"):
        return not (subj.ent_type_ in ("ORG", "NORP") or subj.tag_ in ("NNS", "NNPS"))
    return True


def _a_person(subj: Token) -> bool:
    return subj.ent_type_ == "PERSON" or (
        subj.lemma_.lower() in officials() and subj.tag_ == "NN")


def _unknown_speaker(subj: Token) -> bool:
    if subj.lower_ in SUBJECT_PRONOUNS:
        return False
    return subj.ent_type_ in NAMED or subj.pos_ == "PROPN" or (
        subj.lemma_.lower() in officials())


def held_back(doc: Doc, events: list[Event]) -> tuple[list[Event], list[Event]]:
    """(events, held): the sideless events of this rule held back from the quote stages,
    which voice the same word again with the speaker they resolve ("Walsh says they are
    pessimistic": the quote's speaker is the side) but skip a word coded already."""
    held = [e for e in events if e.source is None and e.target is None
            and _pronoun_trigger(doc, e)]
    return [e for e in events if not any(e is h for h in held)], held


def restored(events: list[Event], held: list[Event]) -> list[Event]:
    """``events`` and those ``held`` whose word the quote stages did not voice."""
    taken = {e.trigger.start for e in events}
    return events + [e for e in held if e.trigger.start not in taken]


def _pronoun_trigger(doc: Doc, event: Event) -> bool:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    verb = tok.head if tok.pos_ == "ADJ" and tok.dep_ == "acomp" else tok
    return pronoun_of_unknown_speaker(verb)
