"""Sector-only actors: "teachers went on strike", "police arrested protesters", "the president
will demand": a group or office named by its sector alone belongs to the story's country.

The story's country is the state named most often among the document's actors (the first
named among equals). A sector word is one of our curated sector words or titles
(``actors/data/sectors.csv``, ``titles.csv``) heading a noun phrase that names no actor of its
own; the roles use it only where the phrase gives them nothing else (``ActorIndex``). Inside
reported speech the speaker's country wins ("officials in Beijing say the president will ...":
China's president), see :func:`speaker_country`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from redline.events.frames import HARD_ROOTS
from redline.model import Actor

if TYPE_CHECKING:
    from redline.events.roles import ActorIndex

SECTOR_KIND = "group"
Keys = frozenset[tuple[int, int]]  # offsets of the sector-only actors of a document
# sector words too vague or too often not a party to stand for the story's country
VAGUE = frozenset({"side", "press", "business", "intelligence", "general", "displaced",
                   "television", "newspaper", "newspapers", "company", "companies", "firms",
                   "banks", "businesses", "media", "court", "courts", "people"})
UNKNOWN = "---"
MIN_MENTIONS = 2
DOMINANCE = 0.5


@lru_cache(maxsize=1)
def sector_words() -> dict[str, str]:
    """One-word sector nouns and titles -> sector ("police" -> COP, "president" -> GOV)."""
    from redline.actors.kb import knowledge_base

    kb = knowledge_base()
    out = {t.phrase.lower(): t.sector for t in kb.titles if " " not in t.phrase and t.sector}
    out.update({s.word.lower(): s.sector for s in kb.sectors if " " not in s.word})
    return {w: s for w, s in out.items() if w not in VAGUE}


def sector_nouns(sectors: frozenset[str], *, one_word: bool = True) -> frozenset[str]:
    """The sector lexicon's nouns of ``sectors``, lower-cased (``one_word``: only those of one
    word): the one reading of ``actors/data/sectors.csv`` for the stages' word lists."""
    from redline.actors.kb import knowledge_base

    return frozenset(s.word.lower() for s in knowledge_base().sectors
                     if s.sector in sectors and not (one_word and " " in s.word))


def with_singulars(words: frozenset[str]) -> frozenset[str]:
    """``words``, each also without a plural "s" ("troops" -> "troop")."""
    return words | {w[:-1] for w in words if w.endswith("s")}


def state_actor(actor: Actor) -> bool:
    """A state's actor (not an organisation's, nor of no country)."""
    country = actor.country or ""
    return len(country) == 3 and country.isalpha() and actor.kind != "igo"


def story_country(actors: Sequence[Actor]) -> str | None:
    """The state the story is about: named at least twice and in at least half of the
    mentions of states (None when no state dominates)."""
    counts = Counter(a.country for a in actors if state_actor(a))
    if not counts:
        return None
    country, top = counts.most_common(1)[0]
    if top < MIN_MENTIONS or top < DOMINANCE * sum(counts.values()):
        return None
    return country


def _bare(tok: Token) -> bool:
    """A common noun with no name among its modifiers ("the president", "riot police",
    "thousands of teachers"), not part of a name ("Police Chief Smith")."""
    if tok.pos_ != "NOUN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    return not any(c.pos_ == "PROPN" or c.dep_ == "poss" for c in tok.children)


def sector_fallbacks(doc: Doc, actors: Sequence[Actor],
                     covered: set[int]) -> dict[int, Actor]:
    """Token index -> a sector-only actor of the story's country, for sector nouns not
    ``covered`` by an actor (of no country when no state dominates the story: only a
    speaker's country can give it one, see :func:`speakers_country` and :func:`known`)."""
    country = story_country(actors)
    words = sector_words()
    out: dict[int, Actor] = {}
    for tok in doc:
        sector = words.get(tok.lower_)
        if sector is None or tok.i in covered or not _bare(tok):
            continue
        out[tok.i] = Actor(tok.text, tok.idx, tok.idx + len(tok.text), tok.lower_,
                           (country or UNKNOWN) + sector, country, sector, SECTOR_KIND)
    return out


def keys_of(fallbacks: dict[int, Actor]) -> Keys:
    return frozenset((a.start, a.end) for a in fallbacks.values())


def in_country(actor: Actor, country: str, keys: Keys) -> Actor:
    """A sector-only ``actor`` moved to ``country`` (a speaker's)."""
    if (actor.start, actor.end) not in keys or actor.country == country:
        return actor
    return replace(actor, country=country, code=country + (actor.sector or ""))


def speaker_country(said_by: Sequence[Actor], keys: Keys) -> str | None:
    """The country of whoever reports a clause, when it is a state's."""
    return next((a.country for a in said_by if state_actor(a) and (a.start, a.end) not in keys),
                None)


def speakers_country(said_by: Sequence[Actor], sources: list[Actor], targets: list[Actor],
                     keys: Keys) -> tuple[list[Actor], list[Actor]]:
    """Sector-only roles of a reported clause moved to the reporting state's country."""
    country = speaker_country(said_by, keys)
    if country is None:
        return sources, targets
    return ([in_country(a, country, keys) for a in sources],
            [in_country(a, country, keys) for a in targets])


def known(actors: list[Actor], keys: Keys) -> list[Actor]:
    """The roles without sector-only actors that no country could be given."""
    return [a for a in actors if a.country is not None or (a.start, a.end) not in keys]


# acts of force whose doer may be named by its sector alone ("police seized guns", "militants
# hurled a grenade", "rioters torched a bank"): its country unknown, the act is still told
# (``---COP``, the gold's code); of the opposition only rioters, not protesters or activists
FORCES = frozenset({"COP", "MIL", "REB", "SPY"})
RIOTERS = frozenset({"rioter", "rioters"})


PROTESTERS = frozenset({"OPP", "LAB", "EDU", "CVL", "AGR"})  # who protest (CAMEO 14)


def _doer(sector: str | None, code: str) -> bool:
    """A sector that may act with no known country: forces in acts of force, the people of
    a sector in protests ("students marched to the ministry")."""
    return (code[:2] in HARD_ROOTS and sector in FORCES) or (
        code[:2] == "14" and sector in PROTESTERS | FORCES)


def _force_doer(actor: Actor, code: str) -> bool:
    """A doer of ``_doer``'s sectors, or rioters in an act of force ("rioters torched a bank")."""
    head = actor.text.lower().split()[-1:]
    rioters = actor.sector == "OPP" and bool(head) and head[0] in RIOTERS
    return _doer(actor.sector, code) or (rioters and code[:2] in HARD_ROOTS)


def unplaced_roles(sources: list[Actor], targets: list[Actor], keys: Keys, code: str,
                   stateless: bool, lone: str | None = None,
                   places: Keys = frozenset()) -> tuple[list[Actor], list[Actor]]:
    """Roles without the sector-only actors no country could be given, except in acts of
    force told in a text that names no state, where such a doer is the source ("police
    arrested an activist": ``---COP`` -> ``---OPP``), or that names one state only (``lone``,
    even once: "police arrested two activists in Nairobi": ``KENCOP``; roles only, the story
    country is unchanged), unless a target is of that state ("militants fired rockets into
    Israel", "police arrested a French journalist": the doer stays ``---``); a target that
    is the event's place (``places``: "in Nairobi") is no victim.
    Where several states are named but none dominates, the police are likely one of them,
    and ``---`` would be wrong; a sector-only target alone ("an explosion killed miners") is
    left out."""
    if not any(_force_doer(a, code) for a in sources) or not (stateless or lone):
        return known(sources, keys), known(targets, keys)
    if lone is None or any(a.country == lone and (a.start, a.end) not in places
                           for a in targets):
        return sources, targets  # the only state named is the victim's, not the doer's
    return ([in_country(a, lone, keys) if a.country is None else a for a in sources],
            [in_country(a, lone, keys) if a.country is None else a for a in targets])


# prepositions of the place where an event happens ("in Nairobi"; also ``fallbacks``' places)
LOCATION_PREPS = frozenset({"in", "at", "outside", "near", "inside", "within", "across",
                            "throughout", "around"})


def event_places(index: ActorIndex, actors: Sequence[Actor]) -> Keys:
    """The offsets of the actors named as where an event happened ("in Nairobi")."""
    return frozenset((a.start, a.end) for a in actors if _place(index.first_token(a), a))


def _place(tok: Token | None, actor: Actor) -> bool:
    prep = place_prep(tok, actor)
    return prep is not None and prep.lower_ in LOCATION_PREPS


def place_prep(tok: Token | None, actor: Actor) -> Token | None:
    """The preposition whose object is the mention (its first token ``tok``), if any."""
    while tok is not None and tok.head.i != tok.i and actor.start <= tok.head.idx < actor.end:
        tok = tok.head  # the mention's head word
    return tok.head if tok is not None and tok.dep_ == "pobj" else None


def lone_state(actors: Sequence[Actor]) -> str | None:
    """The country of the only state the document names (None for none or several)."""
    countries = {a.country for a in actors if state_actor(a)}
    return next(iter(countries)) if len(countries) == 1 else None


def home_protesters(country: str | None, tok: Token) -> Actor | None:
    """The people of the story's country protesting ("the protests began in June"), CAMEO's
    unnamed protesters at home."""
    if country is None:
        return None
    return Actor(tok.text, tok.idx, tok.idx + len(tok.text), country, country + "CVL", country,
                 "CVL", SECTOR_KIND)
