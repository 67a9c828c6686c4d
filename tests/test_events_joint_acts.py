"""Coordinated sources of a frame verb pair with each other only in a joint act
(events/records.py ``_joint``, r7-16). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest


def _pairs(coder: Any, text: str) -> set[tuple[str | None, str | None]]:
    doc = coder.code_text(text, published="2019-11-20")
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in doc.events if e.asserted and e.plover}


# an act of both on a third party: never one of the two against the other
NOT_EACH_OTHER = [
    ("Kuwait, the Netherlands, Belgium and Ireland have vowed to deliver the funds soon.",
     {"KWT", "NLD", "BEL", "IRL"}),
    ("France and Germany promised to send more troops to Mali.", {"FRA", "DEU"}),
    ("Germany and France agreed to impose sanctions on Russia.", {"FRA", "DEU"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sides"), NOT_EACH_OTHER)
def test_records_third_party_acts_pair_no_sources(coder: Any, text: str,
                                                  sides: set[str]) -> None:
    pairs = _pairs(coder, text)
    assert pairs and not any(s in sides and t in sides for s, t in pairs)


# must still pair: meeting, talks, a ceasefire agreed between the two
EACH_OTHER = [
    ("Israel and Hamas agreed to hold talks in Cairo.", ("ISR", "PSEREB")),
    ("Israel and Hamas agreed to a ceasefire.", ("ISR", "PSEREB")),
    ("India and Pakistan agreed to exchange prisoners.", ("IND", "PAK")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "pair"), EACH_OTHER)
def test_records_joint_acts_still_pair(coder: Any, text: str,
                                       pair: tuple[str, str]) -> None:
    assert pair in _pairs(coder, text)
