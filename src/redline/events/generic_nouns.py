"""Event nouns said of a kind, not told as an act (issue 16, r16-16).

"Backers of tariffs say they help firms compete", "consumers are the victims of tariffs",
"sanctions are a blunt tool", "Strikes hurt the economy": a bare plural (no determiner,
possessor or number) in a statement of the present simple speaks of tariffs, sanctions or
strikes in general. Told after an act of the same kind ("imposed tariffs on China"), such a
noun is no new act nor that act told again (``anaphora``), so it makes no event of its own.
News tells acts in the past or the perfect ("tariffs took effect", "protests have spread");
those, and nouns with a determiner ("the tariffs"), are left as they were.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.history import PRESENT_TAGS

OWN_WORDS = frozenset({"det", "poss", "nummod"})
ASPECT_AUX = frozenset({"have", "be", "do", "will", "would", "can", "could", "may", "might",
                        "must", "shall", "should"})
REACH = 4  # heads walked up to the clause's verb ("tariffs" <- "of" <- "backers" <- "say")


def generic_plural(tok: Token) -> bool:
    """``tok`` is a bare plural noun in a simple-present statement (module doc)."""
    if tok.tag_ != "NNS" or any(c.dep_ in OWN_WORDS for c in tok.children):
        return False
    verb = _clause_verb(tok)
    return verb is not None and _simple_present(verb)


def _clause_verb(tok: Token) -> Token | None:
    cur = tok
    for _ in range(REACH):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _simple_present(verb: Token) -> bool:
    """"say", "hit", "are" (a copula): no auxiliary of aspect, mood or the future."""
    return verb.tag_ in PRESENT_TAGS and not any(
        c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in ASPECT_AUX for c in verb.children)
