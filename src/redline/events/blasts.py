"""Bombs that went off and shells that landed (issue 17, r15-17c).

"A grenade exploded in the market", "an improvised explosive device detonated near the convoy",
"a roadside bomb went off", "two suicide bombers blew up at the checkpoint", "several mortar
rounds landed near the base": a weapon that goes off or lands is an attack (a bombing, 183; a
suicide bombing, 1831; shelling, 194) although the sentence names no one who set it off or
fired it. Both sides are left empty, as for the agentless passives of
:mod:`redline.events.agentless` ("the unstated actor is null"): the place where it happened is
not made the doer.

Only the weapon as the active subject of a verb of going off counts ("explode", "detonate",
"go off", "blow up"; a projectile also "land", "fall", "slam", "crash"). Not a tank, a gas
cylinder or a plant that exploded (no weapon: an accident), not a space rocket, fireworks, a
bomb of organised crime (extortion, gangs, a cash machine blown open: read in the sentence and
the words around it) or a wartime bomb left over ("an unexploded World War II bomb"), not a
verb that takes an object ("the army detonated a bomb" is the lexicon's, with its doer).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from redline.events.lexicon import Entry
from redline.events.triggers import Hit

BLAST = "blast"  # the ``Hit.extra`` key of these hits: no place is made their doer
BOMB_CODE, SUICIDE_CODE, SHELL_CODE = "183", "1831", "194"
BOMBS = frozenset({"bomb", "explosive", "ied", "grenade", "landmine", "mine", "carbomb"})
BOMBERS = frozenset({"bomber", "kamikaze"})
# a device is a bomb when told so ("explosive device", "IED device", "bomb device")
DEVICE_WORDS = frozenset({"explosive", "improvised", "ied", "bomb", "incendiary"})
SHELLS = frozenset({"mortar", "shell", "rocket", "missile", "projectile"})
ROUNDS = frozenset({"mortar", "artillery", "tank", "rocket"})  # "mortar rounds", not "a round"
GOING_OFF = frozenset({"explode", "detonate"})
WITH_PARTICLE = {"go": "off", "blow": "up"}
LANDING = frozenset({"land", "fall", "slam", "crash", "strike", "hit", "explode", "detonate"})
# no political attack told: a space launch, a test, fireworks, a mine that is dug ("a coal
# mine"), a quarry or fishing blast; organised crime (extortion, gangs, cartels, a cash
# machine blown open), as the assailant rule's sentences of crime (assailants.NOT_POLITICAL)
CRIME = frozenset({"mafia", "mobster", "extortion", "racket", "gang", "gangs", "gangster",
                   "gangsters", "cartel", "cartels", "drug", "drugs", "narco", "robbery",
                   "robbers", "thieves", "burglars", "atm", "atms", "heist"})
NOT_ATTACK = CRIME | frozenset({"space", "spacex", "nasa", "satellite", "launchpad", "orbit",
                                "firework", "fireworks", "test", "coal", "mining", "miners",
                                "quarry", "fishing", "fishermen", "liftoff", "lift-off"})
CONTEXT = 40  # words either side of the sentence read for those (a snippet's next sentence)
# a bomb left from an old war ("an unexploded World War II bomb", "a wartime shell")
OLD = frozenset({"unexploded", "wartime", "old", "leftover", "world", "ww2", "wwii"})
# open water a missile or rocket comes down in: a test or a launch, no one is hit ("fell into
# the sea off Japan", "landed in waters off the coast", "in its exclusive economic zone")
WATERS = frozenset({"sea", "ocean", "water", "waters", "eez"})


def blast_hits(sent: Span, hits: dict[int, Hit]) -> None:
    """Add or mark the hit of each verb whose subject is a weapon going off (module doc)."""
    for tok in sent:
        code = _blast_code(tok)
        if code is None:
            continue
        hit = hits.get(tok.i)
        if hit is None or hit.code is None or hit.code[:2] not in ("18", "19"):
            entry = Entry("verb", tok.lemma_.lower(), (), None, code)
            hit = hits[tok.i] = Hit(tok, entry, tok, code=code, resolved=True)
        hit.extra[BLAST] = "1"


def blast_hit(hit: Hit) -> bool:
    """A weapon that went off or landed with no one named: both sides empty."""
    return BLAST in hit.extra


def is_blast_verb(tok: Token) -> bool:
    """``tok`` is a weapon's verb of going off or landing, as :func:`blast_hits` codes it."""
    return _blast_code(tok) is not None


def _blast_code(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in GOING_OFF | LANDING and lemma not in WITH_PARTICLE:
        return None
    if lemma in WITH_PARTICLE and not any(
            c.dep_ == "prt" and c.lower_ == WITH_PARTICLE[lemma] for c in tok.children):
        return None
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in kids):
        return None  # "detonated a bomb", "was hit by": the lexicon's, with their sides
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    code = None if subj is None else _weapon_code(subj, lemma)  # the cheap test first
    if subj is None or code is None or OLD & {t.lower_ for t in subj.subtree}:
        return None
    return None if _at_sea(tok) or _not_attack(tok.sent) else code


def _weapon_code(subj: Token, lemma: str) -> str | None:
    head = subj.lemma_.lower()
    mods = {c.lemma_.lower() for c in subj.children if c.dep_ in ("compound", "amod", "nmod")}
    going_off = lemma in GOING_OFF or lemma in WITH_PARTICLE
    if head in BOMBERS or "suicide" in mods and head in BOMBS:
        return SUICIDE_CODE if going_off else None
    if head in BOMBS or head == "device" and mods & DEVICE_WORDS:
        return BOMB_CODE if going_off else None
    if head in SHELLS or head == "round" and mods & ROUNDS:
        return SHELL_CODE
    return None


def _at_sea(verb: Token) -> bool:
    """The weapon came down in open water ("fell into the sea", "landed in the Sea of Japan",
    "landed inside Japan's exclusive economic zone")."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if obj.lemma_.lower() in WATERS or obj.lower_ in WATERS or (
                    obj.lemma_.lower() == "zone"
                    and any(m.lower_ == "economic" for m in obj.children)):
                return True
    return False


def _not_attack(sent: Span, words: frozenset[str] = NOT_ATTACK) -> bool:
    doc = sent.doc
    return any(t.lower_ in words
               for t in doc[max(0, sent.start - CONTEXT):min(len(doc), sent.end + CONTEXT)])


def crime_story(sent: Span) -> bool:
    """Organised crime told in the sentence or the words around it (:data:`CRIME`)."""
    return _not_attack(sent, CRIME)
