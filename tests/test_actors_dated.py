"""A curated person out of office on a date: the background's dated code fills in, its date
restrictions honoured, and ``redline actor`` says the background answered."""

from __future__ import annotations

import pytest

from redline.actors import lookup_actor
from redline.actors.dated import dated_sector


@pytest.mark.parametrize(
    ("name", "date", "code", "layer"),
    [
        ("Shimon Peres", "1985-01-01", "ISRGOV", "background"),  # prime minister 1984-1986
        ("Shimon Peres", "2010-01-01", "ISRGOV", "curated"),  # president: our row
        ("Shimon Peres", "2020-01-01", "ISRELI", "curated"),  # after his last office
        ("Yitzhak Shamir", "1988-01-01", "ISRGOV", "curated"),  # r10-18k: our row now
        ("Joe Biden", "2022-01-01", "USAGOV", "curated"),
    ],
)
def test_dated_lookup_fills_an_office_from_the_background(name: str, date: str, code: str,
                                                           layer: str) -> None:
    found = lookup_actor(name, date)
    assert (found.code, found.layer) == (code, layer)


def test_dated_sector_needs_a_closed_interval_of_the_same_country() -> None:
    assert dated_sector(("Shimon Peres",), "ISR", "1985-01-01", False) == "GOV"
    assert dated_sector(("Shimon Peres",), "USA", "1985-01-01", False) is None
    assert dated_sector(("Shimon Peres",), "ISR", "1980-01-01", False) is None  # only ELI
    assert dated_sector(("Nobody Atall",), "ISR", "1985-01-01", True) is None
