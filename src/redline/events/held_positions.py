"""Positions held on the ground vs positions taken on an issue (issue 16, fourteenth round, 16v).

"Syrian troops attacked Turkish positions near Afrin" is force: the positions are held by
troops, on a map. "He attacked her position on trade" is criticism: a position on something.
A position counts as held when nothing makes it a view (no "on", "about", "over", "toward"
phrase of its own) and one of these is in sight: an armed actor attacks, a place phrase
("near Afrin", "along the border", "in Idlib") hangs on the noun or on the verb, or the noun's
modifier names a military side ("army", "enemy", "rebel") or a people ("Turkish").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from redline.events.sector_actors import FORCES, VAGUE, sector_nouns, with_singulars

HELD = frozenset({"position"})  # the one discourse word a force also holds
VIEW_PREPS = frozenset({"on", "about", "over", "toward", "towards", "regarding", "concerning"})
PLACE_PREPS = frozenset({"near", "outside", "along", "around", "inside", "across", "in",
                         "at", "north", "south", "east", "west", "close", "nearby", "beyond"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# a front's words that name no armed sector ("enemy lines", "regime positions",
# "forward positions"); the armed sectors' own nouns come from the sector lexicon
FRONT_MODS = frozenset({"enemy", "regime", "defensive", "forward", "frontline", "front-line",
                        "artillery", "islamist"})
# parties' names are peoples to the tagger ("Democratic positions" are a party's views)
PARTIES = frozenset({"republican", "democratic", "democrat", "conservative", "liberal",
                     "labour", "labor", "socialist", "progressive", "green", "tory"})


@lru_cache(maxsize=1)
def military_mods() -> frozenset[str]:
    """Modifiers naming a military side: the one-word nouns of the armed sectors (``FORCES``:
    "army", "police", "rebels", "militants"), each also without a plural "s" ("troop
    positions", "rebel lines"), and ``FRONT_MODS``."""
    return with_singulars(sector_nouns(FORCES) - VAGUE) | FRONT_MODS


def held_position(obj: Token, verb: Token, armed: bool) -> bool:
    """Whether ``obj`` (an object of the attack verb ``verb``) is a position held on the
    ground rather than a view; ``armed``: the attacker is a force or armed group."""
    if obj.lemma_.lower() not in HELD or _a_view(obj):
        return False
    return armed or _placed(obj) or _placed(verb) or _military_modifier(obj)


def _a_view(obj: Token) -> bool:
    """"position on trade", "their position about the deal": a stance on something."""
    return any(c.dep_ == "prep" and c.lower_ in VIEW_PREPS for c in obj.children)


def _placed(tok: Token) -> bool:
    """A place phrase on ``tok``: "near Afrin", "along the border", "in Idlib" (a named place
    after "in" or "at", so "in a speech" is no place)."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        if prep.lower_ not in ("in", "at") or any(
                p.ent_type_ in PLACE_LABELS for p in prep.subtree if p.dep_ == "pobj"):
            return True
    return False


def _military_modifier(obj: Token) -> bool:
    """"army positions", "enemy lines", "Turkish positions" (a people's)."""
    return any(c.dep_ in ("amod", "compound") and (
        c.lemma_.lower() in military_mods()
        or (c.ent_type_ == "NORP" and c.lemma_.lower() not in PARTIES)) for c in obj.children)
