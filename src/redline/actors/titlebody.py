"""A title held in a non-state body, and a name set off by such a description (r15-19b).

"the president of the farmers' federation", "chairman of the chamber of commerce", "the
president of the American Farm Bureau": the body after the title's "of"/"for" is no state, so
the title names no holder of a state office ("the president" read back to the country's
president). Its head noun decides, as for a body's proper name
(:mod:`redline.actors.namedbody`: "union" LAB, "chamber" BUS, "federation" an interest group),
with the agent words inside it ("farmers'" AGR); a state named in it gives the country.

"Jane Roe, a trade professor at Cornell," with the name tagged as an organisation: a post noun
set in apposition to the name makes the name a person's (:func:`described_names`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import DEP
from spacy.symbols import appos
from spacy.tokens import Doc, Span, Token

from redline.actors.context import GROUP_NOUNS, UNKNOWN, item_at
from redline.actors.lone import COUNTRYISH
from redline.actors.mentions import country_of
from redline.actors.namedbody import (
    GROUP_HEADS,
    HEAD_SECTORS,
    STATE_HEADS,
    body_sector,
    name_head,
)
from redline.actors.officeof import POSTS
from redline.actors.queries import make_code

if TYPE_CHECKING:
    from redline.actors.resolve import Ctx

TITLE_PREPS = frozenset({"of", "for"})
NAME_TAGS = frozenset({"", "ORG"})  # a name spaCy read as no one or as an organisation
NAME_WORDS = (2, 3)  # a given name and one or two family names


@dataclass(frozen=True)
class TitleBody:
    """The non-state body of a title: its code, country, sector and the token it ends at."""

    code: str
    country: str | None
    sector: str
    end: int


def title_body(ctx: Ctx, end: int) -> TitleBody | None:
    """The non-state body named by "of|for [the] <body>" right after a title ending at
    token ``end``, None when the words name a state's body or no body."""
    doc = ctx.doc
    if end >= len(doc) or doc[end].lower_ not in TITLE_PREPS:
        return None
    pobj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ not in ("NOUN", "PROPN"):
        return None
    stop = _body_end(doc, pobj)
    if _known_body(ctx, end + 1, stop):  # "the Christian Democratic Union": its own code
        return None
    ws = [t for t in doc[end + 1:stop] if t.pos_ != "DET"]
    head = name_head(ws)
    if head not in HEAD_SECTORS and head not in GROUP_HEADS and head not in GROUP_NOUNS:
        return None
    sector = body_sector(ws)
    if not sector or sector in STATE_BODY_SECTORS:
        return None
    country = _country_in(ctx, end + 1, stop)
    code = make_code(ctx.kb, country, sector) if country else UNKNOWN + sector
    return TitleBody(code, country, sector, stop)


STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "SPY", "ELI"})


def _body_end(doc: Doc, pobj: Token) -> int:
    """The end of the body's words: the object's subtree up to a comma or a verb."""
    k = pobj.i + 1
    while k <= pobj.right_edge.i and not doc[k].is_punct or (
            k <= pobj.right_edge.i and doc[k].text in ("'", "\u2019")):
        if doc[k].pos_ in ("VERB", "AUX"):
            break
        k += 1
    return k


def _known_body(ctx: Ctx, start: int, end: int) -> bool:
    """Whether the lexicon knows an organisation or a body's name among tokens [start, end)."""
    return any((item := item_at(ctx, k)) is not None and bool(item.of("org", "metonym"))
               for k in range(start, end))


def _country_in(ctx: Ctx, start: int, end: int) -> str | None:
    """The state a country-like word among tokens [start, end) names ("Kenyan")."""
    for k in range(start, end):
        item = item_at(ctx, k)
        entries = item.of(*COUNTRYISH) if item is not None else []
        if entries:
            code = country_of(ctx.kb, entries[0])[0]
            return code if ctx.kb.is_state(code) else None
    return None


def apposed(doc: Doc, start: int, end: int) -> bool:
    """Whether the title phrase [start, end) describes a name it is set off from by a comma
    ("X, the president of the farmers' federation," or "the president of ..., X,"): the
    name's own mention stands for the person, so the phrase is no second actor."""
    head = doc[start:end].root
    return head.dep_ == "appos" or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)


def described_names(doc: Doc) -> dict[int, int]:
    """Token spans (start -> end) of names spaCy did not read as people that a post noun in
    apposition describes ("Eswar Prasad, a trade professor at Cornell,"): one look at each
    post noun the parse sets in apposition, none at other tokens."""
    found: dict[int, int] = {}
    for i in np.flatnonzero(doc.to_array(DEP) == appos):  # no Python loop over tokens
        tok = doc[int(i)]
        if tok.lower_ in POSTS:
            span = _named_head(tok.head, tok)
            if span is not None:
                found[span.start] = span.end
    return found


def _named_head(head: Token, post: Token) -> Span | None:
    """The name ``head`` ends, when it is set off from ``post`` after it by a comma."""
    doc = head.doc
    if post.i < head.i or head.i + 1 >= len(doc) or doc[head.i + 1].text != ",":
        return None
    span = doc[head.left_edge.i:head.i + 1]
    if head.ent_type_ not in NAME_TAGS or not _name_like(span):
        return None
    return span


def _name_like(span: Span) -> bool:
    """Two or three capitalised proper nouns, the last no body's head ("Farm Bureau"), none
    of them in an entity of another kind."""
    last = span[-1].lower_
    if last in HEAD_SECTORS or last in GROUP_HEADS or last in STATE_HEADS:
        return False
    return span.end - span.start in NAME_WORDS and all(
        t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.ent_type_ in NAME_TAGS
        for t in span)
