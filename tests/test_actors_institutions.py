"""A state's own legislature or court named by a word kept for the US institution, and a
state's diplomat named by the organisation they are sent to (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The Peruvian Congress voted to remove the president.", ["PERLEG"]),
        ("Brazil's Supreme Court ruled on Monday.", ["BRAJUD"]),
        ("The Nigerian Senate passed the bill.", ["NGALEG"]),
        ("The US Senate passed the bill.", ["USALEG"]),
        ("Congress passed the bill in Washington.", ["USALEG", "USA"]),  # alone: American
        ("Mexico and Congress disagreed.", ["MEX", "USALEG"]),  # not the state's own
        ("Syria's UN envoy rejected the report.", ["SYRGOV"]),  # the state's diplomat
        ("The Iranian UN ambassador rejected it.", ["IRNGOV"]),
        ("Britain's NATO ambassador spoke.", ["GBRGOV"]),
        ("UN envoy Geir Pedersen met Assad.", ["UN", "SYRGOV"]),  # alone: the UN's
        ("Russia's permanent representative to the UN spoke.", ["RUSGOV"]),
        # a ministry named by a word kept for the British one
        ("The Pakistani Foreign Office summoned the envoy.", ["PAKGOV"]),
        ("The Foreign Office summoned the envoy.", ["GBRGOV"]),  # alone: British
        ("The Nigerian Ministry of Defence denied the report.", ["NGAMIL"]),
    ],
)
def test_institutions_of_a_state(nlp: Any, text: str, codes: list[str]) -> None:
    assert [a.code for a in resolve_actors(nlp(text), published="2022-06-01")] == codes
