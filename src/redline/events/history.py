"""Background, not news: clauses that place an event well before the article.

Three general signs make a clause ``historical`` (guidelines: about a year or more before the
article, with its own date where the text gives one):

- a past temporal clause ("when Britain handed the territory back", "before the tariffs began")
  whose governor is in the present ("They worry ... when ...") or is a noun or a year
  ("in 2014, when the ministers urged ...", "the freedoms given when ...");
- a span of years back from now: "decades ago", "two years ago", "years earlier";
- an explicit past date of the clause's own, a year or more before publication (read in
  ``context``, where dates are known: see :func:`older_than_a_year`).

A date phrase inside a noun phrase ("the documents from 2010", "the 2010 leak") belongs to that
noun, not to the clause: :func:`noun_attached` tells ``context`` to pass it over.
"""

from __future__ import annotations

from spacy.tokens import Token

CLAUSE_LINKS = frozenset({"advcl", "relcl", "acl", "pcomp"})
TIME_MARKS = frozenset({"when", "before", "after", "since", "once", "as"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
LONG_UNITS = frozenset({"year", "years", "decade", "decades", "century", "centuries",
                        "generation", "generations"})
BACK_WORDS = frozenset({"ago", "earlier", "before"})
NOUN_LINKS = frozenset({"compound", "nummod", "amod", "poss", "nmod"})
NOUN_PREPS = frozenset({"from", "dating"})
ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "appos"})


def simple_past(tok: Token) -> bool:
    """A verb in the simple past ("attacked", "was attacked"), not the perfect."""
    return past(tok) and not perfect(tok)


def past(tok: Token) -> bool:
    """A verb in a past tense: "attacked", "was attacked", "did attack", "was attacking"."""
    return tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                    for c in tok.children)


def _time_mark(tok: Token) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS and c.i < tok.i
               for c in tok.children)


def _present(tok: Token) -> bool:
    """A clause head in the present: "worry", "is taking", "has become", "'s higher"."""
    if tok.tag_ in PRESENT_TAGS:
        return True
    return any(c.dep_ in ("aux", "auxpass", "cop") and c.tag_ in PRESENT_TAGS
               for c in tok.children) and not perfect(tok)


def perfect(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)


def past_temporal(tok: Token) -> bool:
    """A past "when/before/after" clause anchored to the present or to a noun or year."""
    if not (past(tok) and _time_mark(tok)) or tok.dep_ not in CLAUSE_LINKS:
        return False
    head = _governor(tok)
    if tok.dep_ in ("relcl", "acl") or head.dep_ in ("relcl", "acl"):
        return True  # "the rights granted when ..."
    if head.pos_ in ("NOUN", "PROPN", "NUM"):
        return True
    return _present(head)


def _governor(tok: Token) -> Token:
    """The word a clause hangs on, past prepositions and predicates ("higher than before")."""
    cur = tok.head
    for _ in range(4):
        if cur.dep_ not in ("prep", "acomp", "pcomp") or cur.head is cur:
            break
        cur = cur.head
    return cur


def years_back(tok: Token) -> bool:
    """A past clause measured back in years: "decades ago", "two years earlier"."""
    if not past(tok) and tok.pos_ != "NOUN":
        return False
    for child in tok.children:
        if child.dep_ == "advmod" and child.lower_ in BACK_WORDS and any(
                g.lower_ in LONG_UNITS for g in child.children):
            return True
    return False


def is_background(tok: Token) -> bool:
    """``tok``'s clause, or the clause its infinitive or gerund hangs on, is background."""
    for _ in range(3):
        if past_temporal(tok) or years_back(tok):
            return True
        if tok.dep_ != "xcomp":
            return False
        tok = tok.head
    return False


def noun_attached(date_tok: Token, trigger: Token) -> bool:
    """The date modifies a noun other than the trigger ("the 2010 leak", "files from 2010")."""
    head = date_tok.head
    if date_tok.dep_ in NOUN_LINKS and head.pos_ in ("NOUN", "PROPN") and head.i != trigger.i:
        # "released the 2010 files", "the leaders of the 2014 invasion"; not "at the 2018 summit"
        return head.dep_ in ARGUMENTS or _of_a_noun(head, trigger)
    if date_tok.dep_ == "pobj" and head.lower_ in NOUN_PREPS:
        owner = head.head
        return owner.pos_ in ("NOUN", "PROPN") and owner.i != trigger.i
    return False


def _of_a_noun(noun: Token, trigger: Token) -> bool:
    """``noun`` is the object of a preposition that hangs on another noun ("the leaders of
    the 2014 invasion"), not on the clause's verb ("met at the 2018 summit")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == trigger.i:
        return False
    return prep.head.pos_ in ("NOUN", "PROPN")


def older_than_a_year(value: str | None, published: str | None) -> bool:
    """``value`` (YYYY[-MM[-DD]]) lies a year or more before ``published`` (YYYY-MM-DD)."""
    if not value or not published or len(value) < 4 or len(published) < 4:
        return False
    try:
        year, pub_year = int(value[:4]), int(published[:4])
    except ValueError:
        return False
    if year != pub_year - 1:
        return year < pub_year
    return len(value) == 4 or value[5:7] <= published[5:7]
