"""Concessions and material cooperation added to our own lexicon in the tenth round (block
``# r10-17c`` of events/data/lexicon.txt): rules eased, charges and probes dropped, operations
ceased, foreign troops trained, wildlife and heirlooms returned. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events.lexicon import load_lexicon
from tests.conftest import asserted_events, country_of

# (verb lemma, object lemma, CAMEO code the own lexicon gives the pair; None: no entry)
MATCHES: list[tuple[str, str, str | None]] = [
    ("ease", "requirement", "081"),
    ("relax", "rule", "081"),
    ("loosen", "regulation", "081"),
    ("drop", "charge", "081"),
    ("drop", "lawsuit", "081"),
    ("withdraw", "complaint", "081"),  # a complaint withdrawn: no troops pulled out (087)
    ("drop", "probe", "080"),
    ("end", "investigation", "080"),
    ("cease", "operation", "087"),
    ("train", "soldier", "062"),
    ("return", "animal", "0842"),
    ("repatriate", "heirloom", "0842"),
    # entries that were there before stay as they were
    ("withdraw", "troop", "087"),
    ("ease", "curfew", "081"),
    ("drop", "sanction", "085"),
    # no entry for other objects
    ("train", "teacher", None),
    ("ease", "tension", None),
    ("return", "home", None),
]


@pytest.mark.parametrize(("verb", "obj", "code"), MATCHES)
def test_concession_entries(verb: str, obj: str, code: str | None) -> None:
    lex = load_lexicon()
    entry = lex.match("verb", verb, {obj}, lex.classes_of(obj))
    assert (entry.code if entry is not None else None) == code


# (sentence, CAMEO code, source country) coded end to end
CODED: list[tuple[str, str, str]] = [
    ("The Kenyan government eased rules on foreign charities.", "081", "KEN"),
    ("Prosecutors in Ankara dropped the charges against the German reporter.", "081", "TUR"),
    ("Russia withdrew its complaint against Georgia at the trade body.", "081", "RUS"),
    ("The Syrian army said it has ceased its military operations near Homs.", "087", "SYR"),
    ("The Indian army is training Afghan soldiers.", "062", "IND"),
    ("The United States returned the smuggled animals to Brazil.", "0842", "USA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code", "src"), CODED)
def test_concessions_coded(nlp: Any, text: str, code: str, src: str) -> None:
    found = [(e.cameo, country_of(e.source)) for e in asserted_events(nlp, text)]
    assert (code, src) in found, found


# (sentence, CAMEO prefix) that must not be coded
NOT_CODED: list[tuple[str, str]] = [
    ("The Indian army is training its own cooks.", "06"),
    ("The minister said tensions had eased between the two villages.", "08"),
    ("The Nigerian army returned to its barracks in Maiduguri.", "084"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), NOT_CODED)
def test_concessions_not_coded(nlp: Any, text: str, prefix: str) -> None:
    found = [(e.cameo, e.trigger.text) for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix)]
    assert not found, found
