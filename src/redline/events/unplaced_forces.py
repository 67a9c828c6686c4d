"""Weapons taken out of use by forces no country was found for (issue 17, r16-17c).

"The Metro Police seized eight rifles", "government forces seized several firearms", "the
law enforcers seized two landmines", "his forces defused a roadside bomb": arms or explosives
seized, found or defused (CAMEO 1711, the lexicon's ``+WEAPONRY`` and ``+EXPLOSIVE`` rows) by
the police or the armed forces, where the actor stage placed the doer in no country (a force
named by a local name, a pronoun's forces, a phrase whose first word is another sector's). The
act is told (CASE 2021's disrupted weapons use); as for the other acts of
:mod:`redline.events.agentless`, whose ``agentless_pairs`` calls :func:`unplaced_force` only
when the roles gave no source-target pair at all, both sides are left empty.

A doer is a force when the head of the subject, or the phrase of its compound modifiers and
head, is one of the curated sector words (``actors/data/sectors.csv``, titles) of the police
or the military. Not a passive (its subject is what was taken), and not in a story of
organised crime (gangs, cartels, drugs, robberies: the blast rule's words, read in the
sentence and the words around it), where a haul of guns is a crime's.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from redline.events.blasts import crime_story
from redline.events.roles import is_passive, subject_tokens
from redline.events.sector_actors import sector_nouns
from redline.events.triggers import Hit

TAKEN_OUT_OF_USE = "1711"
FORCE_SECTORS = frozenset({"COP", "MIL"})


def unplaced_force(hit: Hit) -> bool:
    """A 1711 act on an active verb whose subject is a police or military phrase (module doc)."""
    tok = hit.tok
    if hit.code != TAKEN_OUT_OF_USE or tok.pos_ != "VERB" or is_passive(tok):
        return False
    if not any(_force(s) for s in subject_tokens(tok) if s.dep_ not in ("nsubjpass",
                                                                        "csubjpass")):
        return False
    return not crime_story(tok.sent)


def _force(noun: Token) -> bool:
    """"police", "The Metro Police", "government forces", "law enforcers", "his forces"."""
    words = _force_words()
    mods = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    phrase = " ".join([*mods, noun.lower_])
    return noun.lower_ in words or phrase in words or (
        len(mods) > 0 and " ".join([mods[-1], noun.lower_]) in words)


@cache
def _force_words() -> frozenset[str]:
    """Sector words and titles (one word or more) of the police and the military."""
    from redline.actors.kb import knowledge_base

    kb = knowledge_base()
    titles = {t.phrase.lower() for t in kb.titles if t.sector in FORCE_SECTORS}
    return sector_nouns(FORCE_SECTORS, one_word=False) | titles
