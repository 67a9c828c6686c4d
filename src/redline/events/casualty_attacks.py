"""Attacks told by their casualties (issue 17, r9-17c), with no actor on either side.

"Six people were killed in a grenade attack", "a villager was injured in a bomb attack", "the
office was targeted in a rocket attack", "a grenade attack killed ten people", "gun attacks
have left seven people dead", "a chemical attack that killed 40 civilians": an attack noun
(CAMEO 18, 19 or 20) whose sentence tells who was hurt by it. The attack is an event even
though no doer is named; both sides are left empty (the gold's "unstated actor is null"), as
for the agentless passives of :mod:`redline.events.agentless`.

The attack noun is the subject of a casualty verb, the antecedent of a relative clause headed
by one, or the object of "in", "during" or "with" on one; the verb's victim must be people
(a human noun or a count: "the attack killed the mood", "a striker injured in an attack on
goal" are none), and "targeted" counts only for an armed attack ("a rocket attack"). The
event takes the casualty verb's modality ("could kill hundreds", "if it killed": supposed;
"the 2008 attack": historical). A blast, an explosion or a fire is no attack (accidents are
told the same way: "killed in an explosion at a chemical plant"), nor a heart or a shark
attack, nor an attack by bees, nor anything the lexicon does not code as force. Where the
casualty verb has an event of its own ("killed in a Russian missile attack": Russia's; "in
an attack by Houthi rebels": the rebels'), the noun adds none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from redline.events.accidents import ACCIDENTS
from redline.events.hit_modality import actorless_modality, speaker_hit
from redline.events.modality import clause_modality, is_year
from redline.events.records import make_event
from redline.events.triggers import Hit
from redline.model import Event

FORCE_ROOTS = ("18", "19", "20")
CASUALTY = frozenset({"kill", "injure", "wound", "hurt", "maim", "die", "leave", "claim",
                      "target", "murder", "slay"})
PREPS = frozenset({"in", "during", "with"})
# an attack of the body or by an animal ("a heart attack", "a shark attack", "by bees")
NOT_FORCE = frozenset({"heart", "cardiac", "panic", "asthma", "anxiety", "allergic", "shark",
                       "dog", "bear", "animal", "wolf", "crocodile", "snake", "bee", "wasp",
                       "hornet", "swarm", "elephant", "lion", "tiger", "leopard", "hippo"})
# people hurt by an attack (players, strikers and ministers are hurt in figures of speech)
VICTIMS = frozenset({
    "people", "person", "civilian", "passenger", "villager", "resident", "soldier", "troop",
    "child", "woman", "man", "trader", "guard", "worker", "student", "pilgrim", "worshipper",
    "bystander", "officer", "policeman", "police", "farmer", "herder", "teacher", "doctor",
    "journalist", "family", "commuter", "shopper", "tourist", "baby", "girl", "boy", "citizen",
    "refugee", "employee", "pedestrian", "personnel", "militant", "fighter", "victim", "staff",
    "other",
    "hundred", "thousand", "million", "dozen", "score"})
# an armed attack ("a rocket attack"): "targeted" tells its casualty
ARMS = frozenset({"bomb", "grenade", "rocket", "missile", "mortar", "gun", "suicide", "drone",
                  "artillery", "armed", "arson", "terror", "terrorist", "militant", "chemical",
                  "car", "air", "knife", "gunman", "sniper"})
VICTIM_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def casualty_attack(hit: Hit) -> bool:
    """An attack noun told by its casualties (the module doc's positions), as a fact of now:
    agentless.py's rule, which takes the noun's own modality, leaves out "an attack could
    kill hundreds" and "the 2008 attack that killed 166"."""
    verb = casualty_verb(hit)
    return verb is not None and clause_modality(verb, reported=False) == "asserted" and not (
        _dated(hit.tok))


def _dated(tok: Token) -> bool:
    return any(is_year(c) for c in tok.children)


def casualty_verb(hit: Hit) -> Token | None:
    """The casualty verb that tells ``hit``'s attack noun, if it is one."""
    tok = hit.tok
    if tok.pos_ != "NOUN" or not (hit.code or "").startswith(FORCE_ROOTS) or _no_attack(tok):
        return None
    verb = _verb_of(tok)
    return verb if verb is not None and _people_hurt(verb, tok) else None


def _no_attack(tok: Token) -> bool:
    """An accident, or an attack of the body or by an animal ("killed by a swarm of bees")."""
    words = [c for c in tok.children if c.dep_ in ("compound", "amod")]
    words += [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
              for t in c.subtree]
    return tok.lemma_.lower() in ACCIDENTS or any(
        t.lower_ in NOT_FORCE or t.lemma_.lower() in NOT_FORCE for t in words)


def _casualty(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in CASUALTY


def _verb_of(tok: Token) -> Token | None:
    """"a grenade attack killed ten people", "an attack that killed 40 civilians", "were
    killed in a grenade attack", "was injured during an armed raid"."""
    if tok.dep_ == "nsubj" and _casualty(tok.head):
        return tok.head
    verb = next((c for c in tok.children if c.dep_ == "relcl" and _casualty(c)), None)
    prep = tok.head
    if verb is None and tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in PREPS:
        verb = prep.head if _casualty(prep.head) else None
    return verb


def _people_hurt(verb: Token, attack: Token) -> bool:
    if verb.lemma_.lower() == "target":
        return any(c.lower_ in ARMS or c.lemma_.lower() in ARMS for c in attack.children)
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "killed and 23 injured"
    victims = [c for v in verbs for c in v.children if c.dep_ in VICTIM_DEPS and c != attack]
    if verb.dep_ == "acl":  # "23 others injured in grenade attacks"
        victims.append(verb.head)
    return any(_people(c) for c in victims)


def _people(noun: Token) -> bool:
    """"four passengers", "166 people", "thousands", "hundreds of people"."""
    return noun.lemma_.lower() in VICTIMS or noun.lower_ in VICTIMS or noun.like_num


def casualty_events(hits: dict[int, Hit], hit: Hit, si: int, doc_id: str,
                    asks: bool) -> list[Event]:
    """The event of an attack noun that no actor goes with (extract's nouns that are not
    standalone: in an adjunct, or with no side of their own), both sides empty."""
    verb = casualty_verb(hit)
    if verb is None or speaker_hit(hits, hit.tok) is not None:
        return []
    mod = actorless_modality(hits, hit, asks, verb)
    if mod == "intended":  # "would kill millions": supposed, no attack means to
        mod = "hypothetical"
    if _dated(hit.tok):  # "the 2008 attack that killed 166"
        mod = "historical" if mod == "asserted" else mod
    return [make_event(hit, None, None, si, doc_id, 0, mod, None, hit.code or "")]


def without_covered(events: list[Event], doc: Doc) -> list[Event]:
    """Drop a sideless attack noun whose casualty verb has an event of its own."""
    starts = {e.trigger.start for e in events}
    return [e for e in events if not _covered(e, doc, starts)]


def _covered(event: Event, doc: Doc, starts: set[int]) -> bool:
    if event.source is not None or event.target is not None:
        return False
    span = doc.char_span(event.trigger.start, event.trigger.end)
    if span is None or span[0].pos_ != "NOUN":
        return False
    verb = _verb_of(span[0])
    return verb is not None and verb.idx in starts
