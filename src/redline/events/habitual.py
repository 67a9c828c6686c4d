"""Policy described in general: what an actor typically or usually does is no act done.

"Customs typically requires payment within ten days", "Tariffs generally introduce an
inefficiency", "Border guards usually detain such migrants", "Sanctions tend to hurt the
poor": a clause in the simple present with an adverb of habit or rule (``HABITS``), or under a
present "tend to", describes how things go, not an event that happened. The trigger's clause
is its own verb, or for an event noun the verb it is an argument of ("Tariffs generally
introduce"). Adverbs of mere frequency ("often", "regularly", "again") are left alone: "Russia
regularly shells Kharkiv" reports acts that happen.
"""

from __future__ import annotations

from spacy.tokens import Token

HABITS = frozenset({"typically", "usually", "generally", "normally", "customarily",
                    "ordinarily", "traditionally", "commonly", "habitually", "invariably"})
PRESENT = frozenset({"VBZ", "VBP"})
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def habitual(tok: Token) -> bool:
    """The trigger ``tok`` sits in a clause that tells what is usually done (see module)."""
    verb = _clause_verb(tok)
    if verb is None:
        return False
    if _tends(verb):
        return True
    return verb.tag_ in PRESENT and not _has_aux(verb) and any(
        c.dep_ == "advmod" and c.lower_ in HABITS for c in verb.children)


def _clause_verb(tok: Token) -> Token | None:
    """``tok`` itself when a verb; for a noun, the verb it is a subject or object of."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    if tok.dep_ in ARGUMENTS and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return None


def _tends(verb: Token) -> bool:
    """Under a present "tend to" ("Sanctions tend to hurt the poor")."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() == "tend" and head.tag_ in PRESENT


def _has_aux(verb: Token) -> bool:
    """An auxiliary other than "do" (a present with "will", "has", "is" is no plain habit)."""
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do"
               for c in verb.children)
