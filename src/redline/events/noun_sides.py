"""Event nouns told with one side only, or with both sides after "between".

- "talks between X and Y", "a clash between protesters and police", "a meeting in Warsaw
  between X and an aide of Y": one event, the first party named the source and the second
  the target (the gold's convention for "A and B signed a pact").
- "the airstrike on Aleppo", "sanctions against Russia", "the arrest of the journalist": an act
  whose target is named after "on"/"against" (or, for coercion and violence, "of") but whose
  author the sentence does not say. The author is left null (the gold's convention for an
  unstated actor) rather than guessed.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.fallbacks import location_actors
from redline.events.roles import ActorIndex
from redline.events.triggers import Hit
from redline.model import Actor

# roots whose nouns name a two-sided act: talks, meetings, deals, cooperation, clashes
TWO_SIDED = frozenset({"03", "04", "05", "06", "19"})
# roots whose "of" names who is acted on: "the arrest of X", "the bombing of X"
OF_TARGET = frozenset({"17", "18", "19", "20"})
TARGET_WORDS = ("on", "against")
# words that put an event noun in the background: "following the killing of X"
AFTER_WORDS = frozenset({"following", "after", "before", "since", "during", "amid", "despite",
                         "ahead", "pending"})


def between_parties(index: ActorIndex, tok: Token, code: str) -> list[Actor]:
    """The actors after the noun's "between" ("talks between X and Y"), for two-sided acts;
    two distinct parties are needed ("a clash between protesters" alone says nothing)."""
    if code[:2] not in TWO_SIDED:
        return []
    out: list[Actor] = []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            out.extend(index.pobj_actors(prep))
    return out if len({(a.start, a.end) for a in out}) > 1 else []


def between_source(index: ActorIndex, tok: Token, code: str) -> list[Actor]:
    """The first party after "between" (see :func:`between_parties`)."""
    return between_parties(index, tok, code)[:1]


def between_target(index: ActorIndex, tok: Token, code: str) -> list[Actor]:
    """The second party after "between"."""
    return between_parties(index, tok, code)[1:2]


def named_targets(index: ActorIndex, tok: Token, code: str) -> list[Actor]:
    """Who a one-sided act noun is aimed at ("strikes on X", "sanctions against X", and for
    coercion and violence "the arrest of X")."""
    return index.prep_actors(tok, (*TARGET_WORDS, "of") if code[:2] in OF_TARGET
                             else TARGET_WORDS)


def one_side_ok(index: ActorIndex, hits: dict[int, Hit], hit: Hit) -> bool:
    """An event noun without an author stands on its own when its parties are named after
    "between" or its target after "on"/"against"/"of", no other trigger governs it ("is
    considering an attack on X", "called for sanctions against X": what is considered or
    asked for) and it is not a time adjunct ("following the killing of X")."""
    tok, code = hit.tok, hit.code or ""
    if any(h.comp is not None and h.comp.i == tok.i for h in hits.values() if h is not hit):
        return False
    if tok.head.lower_ in AFTER_WORDS:
        return False
    if between_parties(index, tok, code):
        return True
    gov = tok.head.head if tok.dep_ == "pobj" and tok.head.pos_ == "ADP" else tok.head
    return gov.i not in hits and bool(named_targets(index, tok, code))  # "called for sanctions"


def protest_place(index: ActorIndex, tok: Token) -> str | None:
    """The state where protests told without protesters took place: "protests in Chile",
    "protests erupted across Chile" (their protesters are that country's people)."""
    heads = [tok, tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else [tok]
    found = location_actors(index, heads, "14")
    return found[0].country if found else None
