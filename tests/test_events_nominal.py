"""Constructions of real prose around event nouns and light verbs. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

# (sentence, CAMEO prefix, source code, target code)
CODED: list[tuple[str, str, str | None, str | None]] = [
    # the agent of "the arrest of X by Y", hung on X by the parser
    ("The arrest of the Turkish journalist by German police drew criticism.", "173", "DEUCOP",
     "TURMED"),
    # a light verb the tagger lemmatizes wrongly ("staged" -> "stag"), a hyphenated noun
    ("Students staged a sit-in outside the Iranian parliament.", "14", None, None),
    ("The jailed Egyptian activist began a hunger strike.", "142", "EGYOPP", None),
    ("Teachers went on strike in Kenya.", "143", None, None),
    # legal and police action, passives with and without agents
    ("Russian diplomats were denied visas by the U.S.", "12", "USA", "RUSGOV"),
    ("A court in Moscow sentenced the Ukrainian pilot to 22 years.", "116", "RUS", "UKR"),
    ("Pakistan extradites militant to India", "063", "PAK", "IND"),
    # economic coercion
    ("The European Union imposed sanctions on Belarus.", "163", "EU", "BLR"),
    ("Washington lifted sanctions on Venezuela.", "085", "USA", "VEN"),
    # r7-17c: the act whose responsibility is claimed is the claimant's
    ("Al Qaeda claimed responsibility for the attack on the newspaper.", "19", "IMGREB", None),
    ("The Taliban accepted responsibility for the attack on the convoy.", "19", None, None),
]

# (sentence, CAMEO prefix): no such asserted event with a source ("took responsibility for
# the failures" claims no act; a claim denied is no one's act)
NO_SOURCE: list[tuple[str, str]] = [
    ("The Israeli minister took responsibility for the failures of the ministry.", "1"),
    ("Hamas denied responsibility for the attack on the convoy.", "19"),
    # a claim negated is no one's act; an accusation ("bears responsibility") is not the
    # accused's claim
    ("The Taliban have not claimed responsibility for the attack on the convoy.", "19"),
    ("The Taliban did not claim responsibility for the bombing in Kabul.", "18"),
    ("The United States said Iran bears responsibility for the attack on the tanker.", "19"),
    ("Iran may claim responsibility for the attack on the tanker.", "19"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CODED)
def test_nominal_constructions(nlp: Any, text: str, prefix: str, src: str | None,
                               tgt: str | None) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="own").code_text(text, published="2021-06-01")
    event = next(e for e in doc.events if e.asserted and e.cameo.startswith(prefix))
    if src is not None:
        assert event.source is not None and event.source.code == src
    if tgt is not None:
        assert event.target is not None and event.target.code == tgt


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), NO_SOURCE)
def test_nominal_claimed_act_needs_a_claim(nlp: Any, text: str, prefix: str) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="own").code_text(text, published="2021-06-01")
    assert not [e for e in doc.events if e.asserted and e.cameo.startswith(prefix)
                and e.source is not None]
