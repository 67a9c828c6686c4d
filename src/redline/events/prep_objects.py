"""Event nouns whose sense their prepositional object tells (issue 17, twelfth round).

A noun entry written with a word and a class ("noun war on +SCOURGE -", "noun execution of
+AGREEMENT -") names the class of the word's object: "the war on drugs", "the fight against
corruption" and "the execution of the agreement" are no violence. The noun's own classes
(``triggers._noun_classes``) hold its modifiers only, so such entries are matched here, with
the classes of the object after the entry's word.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from redline.events.lexicon import Entry, Lexicon


def object_entry(lex: Lexicon, noun: Token, lemma: str,
                 classes_of: Callable[[Token], set[str]]) -> Entry | None:
    """The entry of ``lemma`` that a preposition of ``noun`` and its object's class select
    ("war on +SCOURGE"), or None; ``classes_of`` gives a noun's classes."""
    entries = [e for e in lex.entries.get("noun", {}).get(lemma, ()) if e.words and e.cls]
    if not entries:
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or not any(prep.lower_ in e.words for e in entries):
            continue
        objs = [p for p in prep.children if p.dep_ == "pobj"]
        found = {c for p in objs for n in (p, *p.conjuncts) for c in classes_of(n)}
        entry = lex.match("noun", lemma, {prep.lower_}, found)
        if entry is not None and entry.cls in found:
            return entry
    return None
