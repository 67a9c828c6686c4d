"""He or she: the gender a named person's mention shows, when it shows one.

Only what the text gives cheaply is used: a title (Mr., Mrs., Ms.) or a common given
name, learnt once per document and carried over to the surname ("Hillary Clinton" makes a
later "Clinton" female unless another Clinton in the text is male).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from redline.quotes.lexicon import TITLES_FEMALE, TITLES_MALE

FEMALE, MALE = "f", "m"


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name (lower case) -> 'f' or 'm', read once from the package data."""
    ref = resources.files("redline.quotes").joinpath("data/given_names.csv")
    with ref.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {r["name"]: r["gender"] for r in rows if r["gender"] in (FEMALE, MALE)}


def name_gender(words: Iterable[str]) -> str | None:
    """The gender a name's own words show: a title or a known given name, else None."""
    names = given_names()
    for word in words:
        low = word.lower()
        if low in TITLES_FEMALE or names.get(low) == FEMALE:
            return FEMALE
        if low in TITLES_MALE or names.get(low) == MALE:
            return MALE
        if word[:1].isupper() and low.rstrip(".") not in ("sen", "rep", "gov", "gen", "dr"):
            return None  # the first proper word decides
    return None


def surname_genders(doc: Doc) -> dict[str, str]:
    """Surname -> gender for the persons named in ``doc`` (a surname shared by both, dropped)."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        before = [ent.doc[ent.start - 1].text] if ent.start > 0 else []
        gender = name_gender([*before, *(t.text for t in ent)] if len(ent) > 1 else before)
        last = ent[-1].text.lower()
        if gender is None:
            continue
        if out.get(last, gender) != gender:
            clash.add(last)
        out[last] = gender
    return {k: v for k, v in out.items() if k not in clash}


def mention_gender(text: str, name: str, surnames: dict[str, str]) -> str | None:
    """The gender of an actor mentioned as ``text`` (canonical ``name``), if the text shows it."""
    for words in (text.split(), name.split()):
        found = name_gender(words)
        if found is not None:
            return found
    for words in (text.split(), name.split()):
        last = words[-1].lower().strip(".,") if words else ""
        for suffix in ("'s", "’s"):
            last = last.removesuffix(suffix)
        if (hit := surnames.get(last)) is not None:
            return hit
    return None
