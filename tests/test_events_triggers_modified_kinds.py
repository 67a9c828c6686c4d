"""A light verb's class entry yields to its object's modified kind, and the NGEC synthetic
tune half's missing classes (issue 17, 17n, twelfth round): sentences and convictions handed
down, alerts and readiness raised. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events.lexicon import Entry, load_lexicon
from redline.events.triggers import modified_kind
from tests.conftest import coded_events, first_asserted

# (sentence, CAMEO prefix of an asserted event, its PLOVER type)
CODED: list[tuple[str, str, str]] = [
    # "launch +ATTACK" (190) yields to the noun's kind: a cyber attack is coercion (170)
    ("Russian hackers launched a cyber attack on British government servers.", "170",
     "COERCE"),
    ("Iranian hackers carried out a cyber attack against Saudi Arabia.", "170", "COERCE"),
    # a modifier that names a kind of the same act keeps its type
    ("Indian activists staged a hunger strike against the Indian government.", "142",
     "PROTEST"),
    # sentences handed down are sentences passed
    ("A Nigerian court handed down prison sentences to two Nigerian politicians.", "116",
     "SANCTION"),
    # an alert or readiness raised
    ("Greece increased its military readiness on Tuesday.", "152", "MOBILIZE"),
    ("The Greek army raised its alert level after the attack.", "152", "MOBILIZE"),
    ("The Greek army stepped up its readiness after the attack.", "152", "MOBILIZE"),
    # a hazard named outside the alert's phrase leaves it military
    ("The Greek army raised its alert level over the Turkish drills.", "152", "MOBILIZE"),
    ("The Indian army raised its alert level after the earthquake.", "152", "MOBILIZE"),
    ("The alert level was raised by the Greek army after the attack.", "152", "MOBILIZE"),
    ("Prison sentences were handed down to two Nigerian politicians by a Nigerian court.",
     "116", "SANCTION"),
]

# (sentence, CAMEO code that must not be coded): the class entry still codes a plain object
NOT_CODED: list[tuple[str, str]] = [
    ("Indian rebels launched an attack on the Indian army.", "170"),
    ("Germany raised its concerns with Russia.", "152"),
    # an alert for a natural or health hazard is a civil alert, no force posture
    ("Japanese officials raised the alert level for the Sakurajima volcano.", "152"),
    ("Chinese health officials raised the alert level over the outbreak.", "152"),
    ("The Philippine government heightened its typhoon alert on Monday.", "152"),
    # the alert is a preposition's object: the verb raised something else
    ("Russia increased gas prices for Ukraine during the alert.", "152"),
    ("Russia raised prices for Ukraine during the standby period.", "152"),
    ("The Kenyan judge handed down a ruling on the conviction of the Kenyan governor.", "116"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "plover"), CODED)
def test_modified_kinds_coded(nlp: Any, text: str, prefix: str, plover: str) -> None:
    assert first_asserted(nlp, text, prefix).plover == plover


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), NOT_CODED)
def test_modified_kinds_not_coded(nlp: Any, text: str, code: str) -> None:
    assert not [e for e in coded_events(nlp, text) if e.cameo == code]


@pytest.mark.parametrize(("cls", "expected"), [
    ("MOD_CYBER", True),  # needs a modifier's class: a kind of the act
    ("ATTACK", False),  # the noun's own class
    (None, False),
])
def test_modified_kind(cls: str | None, expected: bool) -> None:
    entry = Entry(pos="noun", lemma="attack", words=(), cls=cls, code="170")
    assert modified_kind(entry) is expected


@pytest.mark.parametrize(("pos", "lemma", "classes", "code"), [
    ("verb", "hand down", {"JUDGMENT"}, "116"),
    ("verb", "raise", {"ALERT"}, "152"),
    ("verb", "increase", {"ALERT"}, "152"),
    ("verb", "heighten", {"ALERT"}, "152"),
    ("verb", "launch", {"ATTACK"}, "190"),  # the verb's own class entry is unchanged
])
def test_lexicon_entries(pos: str, lemma: str, classes: set[str], code: str) -> None:
    lex = load_lexicon()
    words = set(lemma.split()[1:])
    entry = lex.match(pos, lemma.split()[0], words, classes)
    assert entry is not None and entry.code == code
