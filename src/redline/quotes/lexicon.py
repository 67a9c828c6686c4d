"""Closed word classes for speaker resolution.

The cue words themselves (verbs, nouns and adjectives of saying, believing and
stance, with the frames each takes) are in ``data/cues.csv``, read by
``redline.quotes.cues``.
"""

from __future__ import annotations

PRONOUNS_PERSON: frozenset[str] = frozenset({"he", "she", "him", "her", "i", "me"})
PRONOUNS_GROUP: frozenset[str] = frozenset({"it", "they", "them", "we", "us"})
DETERMINERS_DEFINITE: frozenset[str] = frozenset({"the", "this", "that"})

# Titles that tell a person's gender.
TITLES_FEMALE: frozenset[str] = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady",
                                           "dame", "queen", "princess", "congresswoman",
                                           "spokeswoman", "chairwoman", "businesswoman"})
TITLES_MALE: frozenset[str] = frozenset({"mr", "mr.", "sir", "lord", "king", "prince",
                                         "congressman", "spokesman", "chairman", "businessman"})
