"""A US state after a town and a comma, read once for the places stage and the actor stage's
misreads: "Moscow, Idaho", "Mexico, Mo." (a state after a comma) and "Shreveport, LA" (a state's
code after a town and a comma). The places stage resolves what it reads against the gazetteer,
the actor stage against the knowledge base's US states (r12-s)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from redline.gazetteer import AP_STATES, US_POSTAL


@dataclass(frozen=True, slots=True)
class StateAfter:
    """What follows a comma: a state's postal code (given as the code or as an AP
    abbreviation, "Mo." -> "MO"), or else the words that may name a state, each with the token
    after it, the two-word reading first ("New Mexico", then "New")."""

    code: str | None
    names: tuple[tuple[str, int], ...] = ()


def state_after_comma(doc: Doc, k: int) -> StateAfter | None:
    """What may name a US state after a comma at token ``k`` (None without a comma there or a
    word after it)."""
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    one = doc[k + 1].text
    if one in US_POSTAL or one in AP_STATES:
        return StateAfter(AP_STATES.get(one, one))
    return StateAfter(None, ((doc[k + 1 : k + 3].text, k + 3), (one, k + 2)))


def code_after_town(doc: Doc, i: int) -> str | None:
    """Token ``i``'s text when a capitalised word and a comma stand before it ("Shreveport,
    LA"): where a state's postal code reads as an address (None elsewhere)."""
    if i < 2 or doc[i - 1].text != "," or not doc[i - 2].text[:1].isupper():
        return None
    return doc[i].text
