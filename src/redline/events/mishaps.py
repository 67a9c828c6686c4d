"""Non-political happenings told with event words: nature, accidents, crime hauls, "without".

- a natural force or an accident as the doer of a violent verb is no assault ("floods hit
  parts of Japan", "an area hit by an earthquake", "two explosions hit the port" with no weapon
  or attacker in sight), nor is one named just before the verb ("earthquake-hit areas");
- goods seized from no one are a police haul, no coercion of a party ("police seized
  counterfeit cosmetics", "confiscated 40 tons of drugs");
- an act governed by "without" did not happen ("slammed into the coast without warning",
  "went ahead without consulting Congress"): negated.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from redline.events.frames import HARD_ROOTS
from redline.model import Event

NATURE = frozenset({"earthquake", "quake", "tremor", "aftershock", "flood", "flooding",
                    "floodwater", "rain", "rainfall", "downpour", "deluge", "monsoon", "storm",
                    "typhoon", "hurricane", "cyclone", "tornado", "twister", "tsunami",
                    "eruption", "volcano", "landslide", "landslip", "mudslide", "avalanche",
                    "drought", "heatwave", "wildfire", "bushfire", "wind", "gale", "snow",
                    "snowstorm", "blizzard", "hail", "hailstorm", "lightning", "pandemic",
                    "epidemic", "virus", "outbreak", "disease", "famine", "locust", "crash",
                    "collapse", "derailment", "leak", "spill"})
AMBIGUOUS = frozenset({"explosion", "blast", "fire", "blaze", "inferno"})
WEAPON_WORDS = frozenset({"bomb", "bomber", "bombing", "attack", "attacker", "militant",
                          "gunman", "gunmen", "rocket", "missile", "grenade", "drone",
                          "terrorist", "suicide", "airstrike", "shelling", "shell", "insurgent",
                          "rebel", "claim", "responsibility", "explosive", "device", "ied",
                          "sabotage", "arson", "arsonist", "troop", "army", "military"})
ARMS = frozenset({"gun", "weapon", "arm", "arms", "rifle", "pistol", "ammunition", "explosive",
                  "grenade", "bomb", "missile", "rocket", "launcher", "mine", "detonator"})
SEIZURES = frozenset({"seize", "confiscate", "impound", "intercept", "recover", "bust", "find"})
GOODS = frozenset({"counterfeit", "fake", "cosmetic", "drug", "narcotic", "cocaine", "heroin",
                   "methamphetamine", "meth", "amphetamine", "cannabis", "marijuana", "hashish",
                   "opium", "pill", "tablet", "cigarette", "tobacco", "alcohol", "liquor",
                   "beverage", "contraband", "ivory", "timber", "wildlife", "pangolin",
                   "goods", "merchandise",
                   "medicine", "bottle", "kilogram", "kg", "ton", "tonne", "gram", "pound",
                   "haul", "shipment", "consignment", "crate", "package", "parcel", "bag"})


def mishap(event: Event, tok: Token) -> bool:
    """``event`` (``tok``: its trigger's head) tells nature, an accident or a crime haul
    (nature does nothing political: "a tsunami slammed into the coast" is no criticism either)."""
    doers = {d.lemma_.lower() for d in _doers(tok)}
    if doers & NATURE or _nature_compound(tok):
        return True
    if event.cameo_root not in HARD_ROOTS:
        return False
    return _blast(doers, tok) or (event.cameo_root == "17" and _haul(event, tok))


def without(event: Event, tok: Token) -> Event:
    """``event`` negated when its trigger hangs on "without" ("without warning")."""
    if not event.asserted or not _under_without(tok):
        return event
    return replace(event, negated=True, modality="negated")


def _under_without(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ in ("pobj", "pcomp") and head.lower_ == "without":
        return True
    return tok.dep_ == "conj" and head.i != tok.i and _under_without(head)


def _doers(tok: Token) -> list[Token]:
    """The subject of an active verb, the agent of a passive one, with their conjuncts."""
    out = [c for c in tok.children if c.dep_ == "nsubj"]
    for agent in (c for c in tok.children if c.dep_ == "agent"):
        out += [p for p in agent.children if p.dep_ == "pobj"]
    return out + [c for d in out for c in d.conjuncts]


def _nature_compound(tok: Token) -> bool:
    """"earthquake-hit areas", "flood hit villages": nature written before the verb."""
    doc, i = tok.doc, tok.i - 1
    if i >= 0 and doc[i].text in ("-", "\u2010", "\u2013"):
        i -= 1
    return i >= 0 and doc[i].lemma_.lower() in NATURE and not any(
        c.dep_ == "nsubj" and c.i > i for c in tok.children)


def _blast(doers: set[str], tok: Token) -> bool:
    """An explosion or fire as the doer, with no weapon or attacker in the sentence."""
    return bool(doers & AMBIGUOUS) and not {t.lemma_.lower() for t in tok.sent} & WEAPON_WORDS


def _haul(event: Event, tok: Token) -> bool:
    """Goods seized, with no person or party as the one they were taken from."""
    if tok.lemma_.lower() not in SEIZURES or event.target is not None and (
            event.target.kind == "person"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        return False  # "seized weapons from the Hamas office": taken from a party
    words: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            words |= _words(c)
        elif c.dep_ == "prep" and c.lemma_.lower() in GOODS:
            words |= _words(c)  # "seized counterfeit cosmetics"
    return bool(words & GOODS) and not words & ARMS  # "seized guns and drugs" stays


def _words(tok: Token) -> set[str]:
    """What was seized: the head noun, its conjuncts, their modifiers and "of" objects
    ("40 tons of heroin", "guns and drugs"), as lemmas and as written ("goods": lemma "good")
    -- not the whole phrase ("a tanker carrying contraband fuel" is a tanker)."""
    heads = [tok, *tok.conjuncts]
    parts = heads + [c for h in heads for c in h.children if c.dep_ in ("amod", "compound")]
    parts += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    return {t.lemma_.lower() for t in parts} | {t.lower_ for t in parts}
