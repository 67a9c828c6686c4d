"""Trigger coverage of real news: legal and police action, economic coercion, protests of
every kind, concessions, cooperation, criticism and appeals. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events.lexicon import load_lexicon
from tests.conftest import assert_sides, first_asserted

# (sentence, CAMEO prefix of an asserted event, source code or None, target code or None)
CODED: list[tuple[str, str, str | None, str | None]] = [
    # economic coercion: tariffs are sanctions, raised, imposed or cut
    ("China raised tariffs on American soybeans.", "163", "CHN", "USA"),
    ("The United States imposed new tariffs on Chinese steel.", "163", "USA", "CHN"),
    ("Mexico lifted its tariffs on US pork.", "085", "MEX", "USA"),
    # legal and police action
    ("China criticized the indictment of its officials by the United States.", "115", "USA",
     "CHN"),
    ("Hong Kong police laid siege to the university.", "191", None, None),
    # protests of every kind
    ("Palestinian prisoners began a hunger strike in Israeli jails.", "142", None, None),
    ("Egyptian protesters chanted slogans against the government.", "141", "EGYOPP", None),
    ("Thousands of Venezuelan students took to the streets.", "141", None, None),
    ("Hundreds of Kenyan students rallied outside parliament in Nairobi.", "141", "KENEDU", None),
    ("Thousands of Kenyan teachers are on strike.", "143", "KENEDU", None),
    ("Nigerian doctors struck for higher pay.", "143", "NGA", None),
    ("Republican senators rallied behind the president.", "053", "USALEG", None),
    ("The EU rallied support for Ukraine.", "053", "EU", "UKR"),
    # violence named by its weapon
    ("A US drone strike killed three militants in Yemen.", "195", "USA", None),
    # consultation, cooperation, concessions
    ("Russia's foreign minister spoke with his Turkish counterpart.", "040", "RUSGOV", None),
    ("Germany worked with France on the proposal.", "060", "DEU", "FRA"),
    ("The Iranian government backed down on the fuel price increase.", "080", "IRNGOV", None),
    ("The Chilean government withdrew the pension bill.", "080", "CHLGOV", None),
    # criticism and appeals
    ("The Polish president assailed the German chancellor over defence spending.", "111", None,
     "DEUGOV"),
    ("The Chinese foreign ministry lashed out at the United States.", "111", "CHNGOV", "USA"),
    ("Washington pressured Ankara to release the pastor.", "02", "USA", "TUR"),
    ("The Chinese foreign minister took a swipe at Japan.", "111", "CHNGOV", "JPN"),
    ("NATO warmly welcomed Germany's pledge to add soldiers.", "051", "NATO", "DEU"),
    ("Saudi authorities have blocked nearly 400,000 websites.", "1721", "SAUGOV", None),
    # weapons thrown and set off, property looted, bases set up
    ("Taliban militants detonated a car bomb outside the Afghan parliament.", "183", None, None),
    ("Chilean protesters looted shops in Santiago.", "1712", "CHLOPP", None),
    ("Turkish forces have set up a new military base in Idlib.", "154", "TURMIL", None),
    ("Thousands of French workers joined protests against the pension reform.", "141", None,
     None),
    ("The Serbian government removed restrictions on foreign journalists.", "081", "SRBGOV",
     None),
]

# (sentence, CAMEO root that must not be coded): senses the new entries leave alone
NOT_CODED: list[tuple[str, str]] = [
    ("The Kenyan firm raised prices on imported steel.", "16"),
    ("Teachers in Chile worked on the new curriculum.", "06"),
    ("Israeli jets struck Hamas targets in Gaza.", "14"),  # a strike with an object
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CODED)
def test_coverage_coded(nlp: Any, text: str, prefix: str, src: str | None,
                        tgt: str | None) -> None:
    assert_sides(first_asserted(nlp, text, prefix), src, tgt)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), NOT_CODED)
def test_coverage_not_coded(nlp: Any, text: str, root: str) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="own").code_text(text, published="2021-06-01")
    assert not [e for e in doc.events if e.cameo_root == root]


@pytest.mark.parametrize(("lemma", "classes", "code"), [
    ("strike", {"MOD_HUNGER"}, "142"),  # a modifier's class picks the noun's sense
    ("strike", {"MOD_AERIAL"}, "195"),
    ("strike", set(), "143"),
    ("tariff", set(), "163"),
])
def test_coverage_noun_modifier_classes(lemma: str, classes: set[str], code: str) -> None:
    entry = load_lexicon().match("noun", lemma, set(), classes)
    assert entry is not None and entry.code == code
