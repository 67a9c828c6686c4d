"""Speakers named as the subject of a passive that reports what they said.

- 'X was quoted as saying ...', 'X was criticized for saying ...': a participle of saying
  under a preposition of a passive verb shares that verb's subject
  (``redline.quotes.cues._shared_subject`` climbs to the verb; a passive has no ``nsubj``).
- 'X is reported to have called ...', 'X is said to have told ...': a passive verb of saying
  with no agent whose infinitive is itself a verb of saying reports X's words (who reported
  them is not given).
- 'X was forced to admit ...', 'X is expected to announce ...': an infinitive cue completing a
  passive verb is said by that verb's subject.

A verb whose passive subject is the one spoken to ('X was urged to say', 'X was asked',
``ADDRESSEE_PASSIVE``) gives no speaker this way.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.quotes.cues import ADDRESSEE_PASSIVE
from redline.quotes.said import speech_lemmas


def passive_subject(verb: Token) -> Token | None:
    """The subject of a passive verb that does not name the one addressed."""
    if verb.lemma_.lower() in ADDRESSEE_PASSIVE:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def raised_speaker(cue: Token) -> Token | None:
    """'X is reported to have called ...': the subject of a passive cue with no agent whose
    infinitive is a verb of saying."""
    if any(c.dep_ == "agent" for c in cue.children):
        return None
    inf = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i
                and any(a.lower_ == "to" for a in c.lefts)), None)
    if inf is None or inf.lemma_.lower() not in speech_lemmas():
        return None
    return passive_subject(cue)
