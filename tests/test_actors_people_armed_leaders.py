"""Leaders of armed groups the curated people lacked (r16-18a): each is the group's state and
REB on a date of the office; a son is not his father ("Ahmad Massoud" was read as Ahmad Shah
Massoud, dead since 2001). Our own look-ups."""

from __future__ import annotations

import pytest

from redline.actors import lookup_actor


@pytest.mark.parametrize(("name", "date", "code", "office"), [
    # unknown before
    ("Ahmed Diriye", "2022-06-01", "SOMREB", "Leader of al-Shabaab"),  # alias of Ahmad Umar
    ("Qais al-Khazali", "2022-06-01", "IRQREB", "Secretary-General of Asa'ib Ahl al-Haq"),
    ("Abu Mahdi al-Muhandis", "2019-06-01", "IRQREB",
     "Deputy chairman of the Popular Mobilization Forces"),
    ("Ivan Marquez", "2022-06-01", "COLREB",
     "Leader of the Segunda Marquetalia (FARC dissidents)"),
    ("Subcomandante Marcos", "2000-06-01", "MEXREB",
     "Spokesman of the Zapatista Army of National Liberation"),
    # the father before; an IGO code of the background layer for Kony
    ("Ahmad Massoud", "2022-06-01", "AFGREB",
     "Leader of the National Resistance Front of Afghanistan"),
    ("Joseph Kony", "2022-06-01", "UGAREB", "Leader of the Lord's Resistance Army"),
    # as before
    ("Ahmad Shah Massoud", "2000-06-01", "AFGREB", "Commander of the Northern Alliance"),
])
def test_armed_group_leaders(name: str, date: str, code: str, office: str) -> None:
    answer = lookup_actor(name, date)
    assert (answer.code, answer.office) == (code, office)


def test_office_ended() -> None:
    """Al-Muhandis was killed in January 2020: no office on a later date."""
    assert lookup_actor("Abu Mahdi al-Muhandis", "2021-06-01").office is None
