"""Acts of force told with no actor on either side: agentless passives of unambiguous
triggers (events/agentless.py). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, country_of

# (sentence, CAMEO code) of an agentless passive act: coded with both sides empty
CODED: list[tuple[str, str]] = [
    ("Dozens of shops were torched overnight.", "1712"),
    ("Several market stalls have been looted.", "1712"),
    ("Two police cars were set alight near the stadium.", "1712"),
    ("A cache of rifles and grenades was seized at a farm.", "1711"),
    # "fire" in "set on fire" or in the passive subject names no mishap
    ("Several cars were set on fire near the market.", "1712"),
    ("Three fire engines were torched overnight.", "1712"),
    # a protest by unnamed people
    ("Inmates at the jail protested on Sunday.", "14"),
    ("Some 300 supporters staged a demonstration outside the town hall.", "14"),
    # bombers of no known side blowing themselves up
    ("A suicide bomber blew himself up outside the court.", "1831"),
    # a verbal act by a name no actor is known for
    ("Mr Hollings firmly rejected the offer from the council.", "12"),
    ("Jane Mabuza criticized the ruling on Friday.", "11"),
    ("Jane Mabuza commented on the ruling.", "01"),  # a CAMEO statement (no PLOVER type)
]

# (sentence, CAMEO prefix) where no actorless event may be coded
NOT_CODED: list[tuple[str, str]] = [
    ("Several warehouses were destroyed in the fire.", "17"),  # a mishap's cause is named
    ("The looted shops reopened on Monday.", "17"),  # a participle describing a noun
    ("Many homes were damaged by the storm.", "17"),  # nature as the agent
    ("Dozens of shops were torched by their owners.", "17"),  # a "by" agent, no assailant
    ("The results demonstrate a clear trend.", "14"),  # not a protest, no people
    ("Shares rallied on Monday.", "14"),  # no people protest
    ("Mr Hollings attacked a neighbour with a knife.", "1"),  # force: not a verbal act
    # a bare "said" is no event (extract drops a statement with no source before this module)
    ("Jane Mabuza said the rain had stopped.", "01"),
    ("Two men blew themselves up outside the court.", "18"),  # no bomber named
]

# r8-17c lexicon rows (events/data/lexicon.txt): (sentence, CAMEO code, source country)
LEXICON: list[tuple[str, str, str]] = [
    ("Turkish troops set up two new bases near the border.", "154", "TUR"),  # "bases"
    ("Kenyan police defused two explosive devices near the stadium.", "1711", "KEN"),
    ("Kenyan police found a bomb near the stadium.", "1711", "KEN"),
    # a device found is a bomb when told so ("explosive", "improvised explosive")
    ("Kenyan police found two explosive devices near the stadium.", "1711", "KEN"),
    ("Indian troops recovered an improvised explosive device in Kashmir.", "1711", "IND"),
    # verbs that take only bombs keep the bare "device"
    ("Kenyan police defused the device near the stadium.", "1711", "KEN"),
    ("North Korea tested a nuclear device.", "150", "PRK"),
]

# (sentence, CAMEO prefix): a device found is no explosive taken out of use
LEXICON_NOT: list[tuple[str, str]] = [
    ("Japanese engineers discovered a new device for filtering water.", "17"),
    ("Police in Ghana recovered the stolen device.", "17"),
    ("The FBI found a listening device in the Chinese embassy.", "17"),
    ("Samsung tested a new device in Seoul.", "15"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), LEXICON_NOT)
def test_agentless_lexicon_rows_not_coded(nlp: Any, text: str, prefix: str) -> None:
    found = [e.cameo for e in asserted_events(nlp, text) if e.cameo.startswith(prefix)]
    assert not found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code", "src"), LEXICON)
def test_agentless_lexicon_rows(nlp: Any, text: str, code: str, src: str) -> None:
    found = [(e.cameo, country_of(e.source)) for e in asserted_events(nlp, text)]
    assert (code, src) in found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), CODED)
def test_agentless_coded_with_empty_sides(nlp: Any, text: str, code: str) -> None:
    found = [(e.cameo, e.source, e.target) for e in asserted_events(nlp, text)]
    assert any(c.startswith(code) and s is None and t is None for c, s, t in found), found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), NOT_CODED)
def test_agentless_not_coded(nlp: Any, text: str, prefix: str) -> None:
    found = [(e.cameo, e.trigger.text) for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix) and e.source is None and e.target is None]
    assert not found, found
