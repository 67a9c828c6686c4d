"""A place is where an act of force happened, not who did it (events/unnamed_doers.py,
r15-18): a told doer that names no actor (hackers, a bomb, a shooting) leaves the source
empty instead of the state named where. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import code_of, coded_events

# (sentence, the place's code, which must be no source)
NO_PLACE_SOURCE: list[tuple[str, str]] = [
    ("Hackers hit banks in Estonia.", "EST"),
    ("A cyber attack hit banks in Estonia.", "EST"),
    ("A suicide bomber killed 20 people in Baghdad.", "IRQ"),
    ("A car bomb killed five soldiers in Somalia.", "SOM"),
    ("A shooting in Paris killed three people.", "FRA"),
    ("A bomb went off in a market in Kabul.", "AFG"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "place"), NO_PLACE_SOURCE)
def test_place_of_unnamed_doer_is_no_source(nlp: Any, text: str, place: str) -> None:
    events = coded_events(nlp, text, "2019-06-01")
    assert place not in [code_of(e.source) for e in events], [
        (e.cameo, code_of(e.source), code_of(e.target)) for e in events]


# (sentence, source, target): named doers keep their sides; with no doer word at all, or a
# passive's "by" agent (PLOVER's gold: Iraq), the place still stands in for the unnamed local
# party (fallbacks.py); an unnamed doer's act is still told, the place as the victims' side
SIDES: list[tuple[str, str | None, str | None]] = [
    ("Russian hackers hit banks in Estonia.", "RUS", "EST"),
    ("Israeli jets bombed targets in Syria.", "ISRMIL", "SYR"),
    ("The businessman has been put under investigation in Italy.", "ITA", None),
    ("Prisoners rioted at a jail in Dili.", "TLS", None),
    ("Three soldiers were killed by a roadside bomb outside the Iraqi city of Basra.", "IRQ",
     None),
    # a crowd of local people: the place is whose people they are, as for their protests
    ("Protesters attacked the embassy of France in Niger.", "NER", "FRAGOV"),
    ("Angry villagers attacked a police station in Kenya.", "KEN", None),
    ("Rioters set fire to the French consulate in Senegal.", "SEN", "FRA"),
    ("Hackers attacked government websites in Georgia on Tuesday.", None, "GEO"),
    ("Hackers hit banks in Estonia.", None, "EST"),
    ("A shooting in Paris killed three people.", None, "FRA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "tgt"), SIDES)
def test_sides_of_force_acts_by_named_and_unnamed_doers(nlp: Any, text: str, src: str | None,
                                                       tgt: str | None) -> None:
    events = coded_events(nlp, text, "2019-06-01")
    assert (src, tgt) in [(code_of(e.source), code_of(e.target)) for e in events], [
        (e.cameo, code_of(e.source), code_of(e.target)) for e in events]
