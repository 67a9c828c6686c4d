"""People named again, and which person a pronoun or description names.

- A surname named again alone or after a title ("Ambassador Sondland", after "Ambassador
  Gordon Sondland") is the person named first in full, not the reading its own sentence
  would give it (``context.sentence_country`` coded it UKRGOV beside "President Zelensky").
- "the president" after two presidents were named: the one named most often.
- "they": the nearest actor named by a plural noun before a state's singular name.
- "Maria Lopez, 45, of Caracas": a person placed by a home town is that state's civilian.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from redline.actors.lexicon import norm
from redline.actors.mentions import Mention


def _unknown(m: Mention) -> bool:
    """A named person the knowledge base does not know (those are found by their own
    surname readings)."""
    return m.kind == "person" and m.named and m.person < 0


def _coded(m: Mention) -> bool:
    return bool(m.code) and not m.code.startswith("---")


def _recode(m: Mention, ante: Mention) -> None:
    """"Ambassador Sondland" after "Ambassador Gordon Sondland": the person named first."""
    m.name, m.code, m.country, m.sector = ante.name, ante.code, ante.country, ante.sector
    m.office, m.gender = ante.office, m.gender or ante.gender


def _note(doc: Doc, m: Mention, known: dict[str, Mention], in_names: set[int]) -> None:
    """Keep the first person named in full under their surname; recode a later mention of
    that surname alone or after a title as that person."""
    last = doc[m.end - 1]
    key = norm(last.text)
    ante = known.get(key)
    if ante is None:
        if m.end - m.start >= 2:
            known[key] = m
    elif last.i not in in_names and _coded(ante):
        _recode(m, ante)


def recode_surnames(doc: Doc, mentions: list[Mention],
                   person_ents: dict[int, int]) -> None:
    """Recode in place a later mention of an unknown person's surname, alone or after a
    title ("Ambassador Sondland"), as the person first named in full with that surname
    (not when the surname ends a longer name: "Peter Sondland" is someone else)."""
    in_names = {i for s, e in person_ents.items() if e - s > 1 for i in range(s, e)}
    known: dict[str, Mention] = {}
    for m in sorted((m for m in mentions if _unknown(m)), key=lambda m: m.start):
        _note(doc, m, known, in_names)


def most_named(holders: list[Mention]) -> Mention:
    """"the president" where two presidents were named last: the one named most often
    (pronouns that stand for them count), the last named among equals. A story's own
    president is named again and again; a foreign one once ("Trump ... he ... his call with
    the president of Ukraine ... the president's wrongdoing": Trump)."""
    counts: dict[str, int] = {}
    for a in holders:
        counts[a.name] = counts.get(a.name, 0) + 1
    top = max(counts.values())
    return next(a for a in reversed(holders) if counts[a.name] == top)


PLURAL_TAGS = frozenset({"NNS", "NNPS"})
THING_REACH = 40  # as coref's: "they" points at an actor named near


def plural_antecedent(doc: Doc, done: list[Mention], m: Mention) -> Mention | None:
    """"150 Indians were deported from the United States ... they stepped outside": "they"
    is the nearest actor named by a plural noun, before a state's singular name."""
    if m.gender != "p":
        return None
    for ante in reversed(done):
        if m.start - ante.end > THING_REACH:
            return None
        group = ante.kind != "person" or (ante.person < 0 and not ante.named)
        if ante.code and ante.emit and group and doc[ante.end - 1].tag_ in PLURAL_TAGS:
            return ante
    return None


HOME_PREPS = frozenset({"of", "from"})


def hometown(doc: Doc, mentions: list[Mention], end: int) -> Mention | None:
    """"Maria Lopez, 45, of Caracas", "Ravi Singh, from Delhi": a person the knowledge base
    does not know, placed by a home town or country right after the name, is a civilian of
    that state (the article states it). A place that names a body ("of the Syrian army")
    is no home."""
    pos = end
    while pos < len(doc) and (doc[pos].text == "," or doc[pos].like_num):
        pos += 1
    if pos == end or pos >= len(doc) or doc[pos].lower_ not in HOME_PREPS:
        return None
    place = next((m for m in mentions if m.start == pos + 1), None)
    if place is None or place.kind != "state" or place.sector or not place.country:
        return None
    country = place.country
    return Mention(end, end, "", country + "CVL", country, "CVL", "person", named=True)


# prepositions of a place passed or stayed in (not "to"/"from": "a warning to Iran. It ...")
PASSAGE_PREPS = frozenset({"via", "through", "into", "in", "at", "across", "near", "inside"})


def travelled(doc: Doc, m: Mention) -> bool:
    """A state or city named as a place ("reached Mexico via Moscow and Paris", "in the
    capital of X"): where something happened, no antecedent for "they" or "it"."""
    if m.kind != "state":
        return False
    head = doc[m.end - 1]
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ != "pobj":
        return False
    prep = head.head
    return prep.lower_ in PASSAGE_PREPS or prep.lower_ == "to" and _journey(prep.head)


MOTION = frozenset({"go", "travel", "fly", "move", "flee", "come", "return", "cross", "walk",
                    "drive", "sail", "escape", "migrate", "relocate"})


def _journey(verb: Token) -> bool:
    """A verb of going, or someone sent or taken ("sent me to Mexico"), not a thing sent."""
    lemma = verb.lemma_.lower()
    return lemma in MOTION or lemma in ("send", "take", "smuggle", "bring") and any(
        c.dep_ == "dobj" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON")
        for c in verb.children)
