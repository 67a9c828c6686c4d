"""Verb classes with no trigger before (issue 17, fifth round, 17v): criticism, praise,
appeals, legal action and expulsion, economic coercion, concessions and refugees taken in.
Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events.lexicon import load_lexicon

# (sentence, CAMEO prefix of an asserted event, source code or None, target code or None)
CODED: list[tuple[str, str, str | None, str | None]] = [
    # criticism
    ("The Russian foreign minister mocked the American proposal for a ceasefire.", "111",
     "RUSGOV", "USA"),
    ("The Iranian president chastised the French government over its nuclear stance.", "111",
     "IRNGOV", "FRAGOV"),
    ("The Iranian foreign minister admonished Britain for its remarks.", "111", "IRNGOV",
     "GBR"),
    # praise and endorsement
    ("The Turkish president lauded the Azerbaijani army for its victory.", "051", "TURGOV",
     "AZEMIL"),
    ("The Indian prime minister saluted the Nepalese government for its courage.", "051",
     "INDGOV", "NPLGOV"),
    # appeals with an action complement
    ("Kenyan farmers petitioned the government to lower fuel prices.", "020", None, None),
    # expulsion
    ("The Thai king banished the former prime minister.", "174", None, None),
    # economic coercion
    ("The Treasury blacklisted three Russian banks.", "163", None, "RUSBUS"),
    ("The United States put new tariffs on Chinese steel.", "163", "USA", "CHN"),
    ("Britain froze the assets of five Iranian businessmen.", "163", "GBR", "IRNBUS"),
    ("The European Union expanded sanctions against Belarus.", "163", "EU", "BLR"),
    # concessions
    ("The Greek government capitulated to the demands of its creditors.", "080", "GRCGOV",
     None),
    ("The Kenyan government rescinded the ban on opposition rallies.", "081", "KENGOV", None),
    # the dictionary's criticism and accusation verbs (second batch)
    ("The Russian foreign minister reproached the United States for its sanctions.", "111",
     "RUSGOV", "USA"),
    ("The Venezuelan president lambasted the Colombian government.", "111", "VENGOV",
     "COLGOV"),
    ("The Chinese ambassador remonstrated with the Australian government.", "111", "CHNGOV",
     "AUSGOV"),
    ("Egyptian police rearrested a prominent blogger.", "173", "EGYCOP", None),
    # explosives and firebombs thrown are violence; arsenals expanded are a show of force
    ("Hong Kong protesters threw petrol bombs at the police on Sunday.", "190", None, None),
    ("Chilean demonstrators hurled molotov cocktails at police officers in Santiago.", "190",
     None, "CHLCOP"),
    ("North Korea has been expanding its nuclear arsenal.", "154", "PRK", None),
    # aid announced, rushed, airlifted, dispatched; loans extended (third batch)
    ("The U.S. government announced $33 million in additional assistance to Mozambique.",
     "070", "USAGOV", "MOZ"),
    ("China rushed medical supplies to Italy.", "073", "CHN", "ITA"),
    ("The United States airlifted food to Haiti.", "073", "USA", "HTI"),
    ("Russia dispatched weapons to the Syrian army.", "072", "RUS", "SYRMIL"),
    ("Japan extended a $500 million loan to Sri Lanka.", "071", "JPN", "LKA"),
    # refugees taken in are aid; refused, they stay a rejection
    ("Germany accepted 800 refugees from Syria.", "075", "DEU", "SYR"),
    ("Canada resettled thousands of refugees from Afghanistan.", "075", "CAN", None),
    ("Poland did not accept any refugees from Syria.", "12", "POL", None),
]

# (sentence, CAMEO code that must not be coded): senses the new entries leave alone
NOT_CODED: list[tuple[str, str]] = [
    ("The Kenyan president put the army on alert.", "163"),
    ("The Kenyan minister put the plan to parliament.", "163"),
    ("The Iraqi bank froze its interest rates.", "163"),
    ("The German hospital admitted 30 patients.", "075"),
    ("Germany accepted the invitation to the summit in Paris.", "075"),
    ("Poland did not accept any refugees from Syria.", "075"),
    ("The Kenyan vice-president was implicated in a corruption scandal.", "112"),
    ("The Greek defence minister threw a party in Athens.", "190"),
    ("The Kenyan government announced new taxes on fuel.", "070"),
    ("The Indian ministry extended the deadline for visa applications.", "071"),
    ("The Kenyan president threw his support behind the plan.", "190"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CODED)
def test_verb_classes_coded(nlp: Any, text: str, prefix: str, src: str | None,
                            tgt: str | None) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="own").code_text(text, published="2021-06-01")
    event = next((e for e in doc.events if e.asserted and e.cameo.startswith(prefix)), None)
    assert event is not None, [(e.cameo, e.trigger.text, e.modality) for e in doc.events]
    if src is not None:
        assert event.source is not None and event.source.code == src
    if tgt is not None:
        assert event.target is not None and event.target.code == tgt


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), NOT_CODED)
def test_verb_classes_not_coded(nlp: Any, text: str, code: str) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="own").code_text(text, published="2021-06-01")
    assert not [e for e in doc.events if e.cameo == code and e.asserted]


@pytest.mark.parametrize(("lemma", "classes", "code"), [
    ("accept", {"REFUGEE"}, "075"),
    ("freeze", {"ASSETS"}, "163"),
    ("put", {"SANCTION"}, "163"),
    ("rescind", {"RESTRICTION"}, "081"),
    ("reverse", {"DECISION"}, "080"),
    ("laud", set(), "051"),
    ("chastise", set(), "111"),
    ("throw", {"INCENDIARY"}, "190"),
    ("expand", {"WEAPONRY"}, "154"),
])
def test_verb_classes_lexicon(lemma: str, classes: set[str], code: str) -> None:
    entry = load_lexicon().match("verb", lemma, set(), classes)
    assert entry is not None and entry.code == code
