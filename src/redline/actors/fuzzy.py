"""Misspelt state names ("Ethopia", "Afganistan", "Phillippines", "Quatar"): a conservative
fuzzy match, tried only where the exact lexicon found nothing.

A token matches a state when it is capitalised, at least six letters long, a proper noun (or,
away from the start of a sentence, an adjective: "Ghanian"), not part of a PERSON entity, not
a place name the gazetteer knows ("Indiana", "Columbia", "Guiana"), and exactly one edit
(insertion, deletion, substitution or transposition of neighbours) away from the one-word name
or demonym of exactly one state, with the same first letter ("Inland" is a word, not a
misspelt Finland). The look-up is a symmetric-deletion index built once, so a
token costs a handful of dictionary look-ups.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from spacy.tokens import Token

from redline.actors.kb import knowledge_base

MIN_TOKEN = 6  # letters in the token
MIN_FORM = 5  # letters in the state's name or demonym ("Qatar")


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[tuple[str, str], ...]]:
    """deletion key -> ((form, ISO3), ...) over the states' one-word names and demonyms."""
    index: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for state in knowledge_base().states.values():
        for phrase in (state.name, *state.aliases, *state.demonyms):
            form = phrase.lower()
            if len(form) < MIN_FORM or not form.isalpha() or not form.isascii():
                continue
            for key in (form, *_deletes(form)):
                index[key].add((form, state.iso3))
    return {k: tuple(sorted(v)) for k, v in index.items()}


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """Lower-case names the gazetteer knows (cities, US states, regions, countries)."""
    try:
        from redline.gazetteer import load_gazetteer

        gaz = load_gazetteer()
    except Exception:  # noqa: BLE001 - no gazetteer: no exclusions beyond the KB's own
        return frozenset()
    names: set[str] = set()
    for table in (gaz.cities, gaz.city_alts, gaz.admins, gaz.regions, gaz.countries,
                  gaz.demonyms):
        names.update(table)
    return frozenset(names)


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one edit (transposition counts as one)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or (
        i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:])


def _eligible(tok: Token) -> bool:
    text = tok.text
    if len(text) < MIN_TOKEN or not text.isalpha() or not text.isascii():
        return False
    if not text[0].isupper() or text.isupper() or tok.ent_type_ == "PERSON":
        return False
    return tok.pos_ == "PROPN" or (tok.pos_ == "ADJ" and not tok.is_sent_start)


def fuzzy_state(tok: Token) -> tuple[str, str] | None:
    """(ISO3, matched form) of a misspelt state name or demonym at ``tok``, or None."""
    if not _eligible(tok):
        return None
    word = tok.text.lower()
    index = _index()
    found = {(form, iso3) for key in (word, *_deletes(word)) for form, iso3 in index.get(key, ())
             if form[0] == word[0] and one_edit(word, form)}  # 'Inland' is no Finland
    states = {iso3 for _, iso3 in found}
    if len(states) != 1 or word in _known_places():
        return None
    iso3 = states.pop()
    return iso3, min(form for form, _ in found)
