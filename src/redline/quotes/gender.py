"""He or she: the gender a named person's mention shows, when it shows one.

Only what the text gives cheaply is used: a title (Mr., Mrs., Ms.) or a common given
name, learnt once per document and carried over to the surname ("Hillary Clinton" makes a
later "Clinton" female unless another Clinton in the text is male).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from redline.actors.surnames import given_names
from redline.quotes.lexicon import (
    NOUNS_FEMALE,
    NOUNS_MALE,
    ROLES_FEMALE,
    ROLES_MALE,
    TITLES_FEMALE,
    TITLES_MALE,
)

FEMALE, MALE = "f", "m"


def name_gender(words: Iterable[str]) -> str | None:
    """The gender a name's own words show: an honorific or a known given name (one that
    another word follows: a lone 'Warren' is a surname), else a gendered role word."""
    names = given_names()
    seq = list(words)
    role: str | None = None
    for k, word in enumerate(seq):
        low = word.lower()
        if low in TITLES_FEMALE or low in TITLES_MALE:
            return FEMALE if low in TITLES_FEMALE else MALE
        if low in ROLES_FEMALE or low in ROLES_MALE:
            role = FEMALE if low in ROLES_FEMALE else MALE
        elif word[:1].isupper() and low.rstrip(".") not in ("sen", "rep", "gov", "gen", "dr"):
            given = names.get(low) if k + 1 < len(seq) else None
            return given or role  # the first proper word decides
    return role


def surname_genders(doc: Doc) -> dict[str, str]:
    """Surname -> gender for the persons named in ``doc``; "" for a surname whose names do
    not show a gender, or that a man and a woman share."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        before = [ent.doc[ent.start - 1].text] if ent.start > 0 else []
        gender = name_gender([*before, *(t.text for t in ent)] if len(ent) > 1 else before)
        last = ent[-1].text.lower()
        if gender is None:
            if len(ent) > 1:
                out.setdefault(last, "")
            continue
        if out.get(last, gender) not in (gender, ""):
            clash.add(last)
        out[last] = gender
    return {k: "" if k in clash else v for k, v in out.items()}


def mention_gender(text: str, name: str, surnames: dict[str, str]) -> str | None:
    """The gender of an actor mentioned as ``text`` (canonical ``name``), if the text shows it:
    a title or given name, a lone surname whose bearer's full name shows it, or a lone given
    name that is no one's surname here ('his wife, Jane')."""
    for words in (text.split(), name.split()):
        found = name_gender(words)
        if found is not None:
            return found
    for words in (text.split(), name.split()):
        if len(words) != 1:
            continue  # 'Irena Novak' is not a man for sharing Daniel Novak's surname
        last = words[0].lower().strip(".,")
        for suffix in ("'s", "’s"):
            last = last.removesuffix(suffix)
        if hit := surnames.get(last):
            return hit
    words = name.split()
    if len(words) == 1 and words[0].lower() not in surnames:
        return given_names().get(words[0].lower())
    return None


def apposed_gender(head: Token) -> str | None:
    """The gender a noun set beside a name shows: 'his wife, Irena Novak', 'Pablo, her son'."""
    nouns = [head.head] if head.dep_ == "appos" else []
    nouns += [c for c in head.children if c.dep_ == "appos"]
    return next((g for n in nouns if (g := _kin_gender(n.lemma_.lower())) is not None), None)


def noun_gender(lemma: str) -> str | None:
    """The gender a person noun names ('businessman', 'widow'), else None."""
    if (kin := _kin_gender(lemma)) is not None:
        return kin
    return FEMALE if lemma in ROLES_FEMALE else MALE if lemma in ROLES_MALE else None


def _kin_gender(lemma: str) -> str | None:
    """The gender a kinship noun names ('wife', 'son'), else None."""
    return FEMALE if lemma in NOUNS_FEMALE else MALE if lemma in NOUNS_MALE else None
