"""Taking part in an event (issue 17, fourteenth round, 16v).

"Russia took part in talks with Ukraine": the light verb's object "part" names no act; the
event noun is the object of "in", whether the parser hangs "in" on the verb or on "part".
The subject is then a side of the event and the noun's "with" phrase the other, as with
"participated in negotiations with" and "joined talks with".
"""

from __future__ import annotations

from spacy.tokens import Token

SHARES = frozenset({"part"})  # "take part in": an object that stands for the event it names


def a_share(obj: Token) -> bool:
    """"part" in "took part in": an object that only points at the event after "in"."""
    return obj.lemma_.lower() in SHARES and not any(
        c.dep_ in ("amod", "compound", "poss") for c in obj.children)


def in_objects(tok: Token) -> list[Token]:
    """The nouns after "in" on the light verb ``tok`` or on its share object ("part in X")."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj" and a_share(c))]
    return [p for h in heads for prep in h.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
