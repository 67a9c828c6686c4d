"""Finds that are no seizure (r9-16): "discovered a copper mine", "found a grain stockpile".

The lexicon codes finding weapons as a seizure of property (CAMEO 1711: "police found a weapons
cache"). The words for where weapons are kept also name a mine of ore, a store of food or fuel;
a find whose every such object is marked as one of those by a modifier ("copper mine", "a
stockpile of grain") and holds no weapon ("a cache of cash and weapons") is an everyday find,
no event.
"""

from __future__ import annotations

from spacy.tokens import Token

FIND_VERBS = frozenset({"find", "discover", "uncover", "unearth", "recover", "locate"})
STORES = frozenset({"mine", "cache", "stockpile", "arsenal", "depot"})
CIVIL_GOODS = frozenset({
    # ores and minerals
    "copper", "gold", "silver", "coal", "iron", "lithium", "diamond", "salt", "zinc", "nickel",
    "cobalt", "tin", "lead", "bauxite", "phosphate", "potash", "emerald", "ruby", "jade",
    "mineral", "ore", "opencast", "open-pit",
    # food, fuel, money, papers
    "grain", "wheat", "rice", "food", "fuel", "oil", "vaccine", "medicine", "cash", "money",
    "data", "document", "file", "email", "photo", "treasure", "artifact", "fossil"})
# a weapon anywhere in the store's phrase keeps the find a seizure
WEAPONS = frozenset({"weapon", "arm", "rifle", "gun", "pistol", "firearm", "explosive",
                     "ammunition", "munition", "ammo", "bomb", "grenade", "missile", "rocket",
                     "detonator", "shell", "mortar", "dynamite", "landmine", "bullet"})


def civil_find(tok: Token) -> bool:
    """``tok`` (a verb of finding) finds only mines of ore or stores of goods."""
    if tok.lemma_.lower() not in FIND_VERBS:
        return False
    stores = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
              and c.lemma_.lower() in STORES]
    return bool(stores) and all(_civil(s) for s in stores)


def _civil(store: Token) -> bool:
    """"a copper mine", "an open-pit gold mine", "a stockpile of grain": every word of the
    store's phrase ("a cache of cash and weapons", "an oil depot full of explosives") read,
    and no weapon among them."""
    words = {t.lemma_.lower() for t in store.subtree if t != store}
    return bool(words & CIVIL_GOODS) and not words & WEAPONS
