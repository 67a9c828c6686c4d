"""Closed word classes for speaker resolution.

The cue words themselves (verbs, nouns and adjectives of saying, believing and
stance, with the frames each takes) are in ``data/cues.csv``, read by
``redline.quotes.cues``.
"""

from __future__ import annotations

PRONOUNS_PERSON: frozenset[str] = frozenset({"he", "she", "him", "her", "i", "me"})
PRONOUNS_GROUP: frozenset[str] = frozenset({"it", "they", "them", "we", "us"})
DETERMINERS_DEFINITE: frozenset[str] = frozenset({"the", "this", "that"})
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that", "whom"})

# Honorifics that tell a person's gender.
TITLES_FEMALE: frozenset[str] = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady",
                                           "dame", "queen", "princess"})
TITLES_MALE: frozenset[str] = frozenset({"mr", "mr.", "sir", "lord", "king", "prince"})
# Gendered role words: they tell a gender only when no given name does ('spokesman Hope
# Hicks' is a woman).
ROLES_FEMALE: frozenset[str] = frozenset({"congresswoman", "spokeswoman", "chairwoman",
                                          "businesswoman"})
ROLES_MALE: frozenset[str] = frozenset({"congressman", "spokesman", "chairman", "businessman"})
# Nouns that tell the gender of the person they are set beside ('his wife, Irena Novak').
NOUNS_FEMALE: frozenset[str] = frozenset({
    "wife", "mother", "daughter", "sister", "widow", "girlfriend", "grandmother", "aunt",
    "niece", "actress", "stepmother", "stepdaughter", "granddaughter", "fiancee", "bride",
})
NOUNS_MALE: frozenset[str] = frozenset({
    "husband", "father", "son", "brother", "widower", "boyfriend", "grandfather", "uncle",
    "nephew", "stepfather", "stepson", "grandson", "fiance", "groom",
})
