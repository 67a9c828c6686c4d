"""The background layer (compiled Phoenix dictionaries) below the curated knowledge base."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from redline.actors import resolve_actors
from redline.actors.background import background, display_name, lookup
from redline.actors.bgformat import decode_code, encode_code, token_word, words
from tests.conftest import REPO


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kassym-Jomart Tokayev", ("KASSYM", "JOMART", "TOKAYEV")),
        ("Jüri Ratas", ("JURI", "RATAS")),
        ("the U.S. Army's", ("THE", "US", "ARMY")),
        ("PEOPLE'S LIBERATION ARMY", ("PEOPLE", "LIBERATION", "ARMY")),
    ],
)
def test_bgformat_words(text: str, expected: tuple[str, ...]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(("token", "word"), [("U.S.", "US"), ("'s", ""), ("-", ""), ("Été", "ETE")])
def test_bgformat_token_word(token: str, word: str) -> None:
    assert token_word(token) == word


@pytest.mark.parametrize(
    "row", [("AFGREB", None, None), ("LTUGOV", "1999-11-03", "2000-10-26"), ("X", "2001-01-01", None)]
)
def test_bgformat_code_roundtrip(row: tuple[str, str | None, str | None]) -> None:
    assert decode_code(encode_code(*row)) == row


def test_background_is_large() -> None:
    # its load time is measured by benchmarks/kb_load.py (speed is a benchmark, not a unit test)
    background.cache_clear()
    bg = background()
    assert len(bg.actors) > 30000 and len(bg.agents) > 3000


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Andrius Kubilius", "2000-01-01", "LTUGOV"),  # a dated code in force
        ("Andrius Kubilius", "2012-01-01", "LTUELI"),  # the undated default after it
        ("Boko Haram", "2015-01-01", "NGAREB"),
        ("the Movement for the Emancipation of the Niger Delta", "2008-01-01", "NGAREB"),
    ],
)
def test_background_lookup_dates(name: str, date: str, code: str) -> None:
    found = lookup(name)
    assert found is not None
    got = found[1].code_on(date)
    assert got is not None and got.code == code


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        # dated offices only, no default: after the last one ends, a former official (ELI)
        ("Mohamed El Gahs", "2015-01-01", "MARELI"),
        ("Mohamed El Gahs", "2005-01-01", "MARGOV"),  # in office
        ("Artis Pabriks", "2009-01-01", "LVAELI"),  # between two offices
        ("Charles Mwanda Nsimba", "2005-06-01", None),  # before the first: nothing
        ("Sami Abu Zuhri", "2010-01-01", None),  # a dated rebel code ended: no former official
    ],
)
def test_background_code_after_dated_offices(name: str, date: str, code: str | None) -> None:
    from redline.actors.background import code_on

    found = lookup(name)
    assert found is not None
    got = code_on(found[1], date)
    assert (got.code if got else None) == code


@pytest.mark.parametrize(
    ("name", "code", "country", "sector"),
    [
        ("Exxon Mobil", "USABUS", "USA", "BUS"),  # Phoenix MNCUSA: a US company
        ("Abbott Laboratories", "USABUS", "USA", "BUS"),  # MNCUSAHLH: its field is dropped
        ("Royal Dutch Shell", "NLDBUS", "NLD", "BUS"),
        ("Aecom Technology", "MNC", "MNC", None),  # a bare MNC names no state: as it was
        # the background layer's own reading (Phoenix NGOUSA); the curated bodies.csv row
        # outranks it in lookup_actor (USAEDU, below)
        ("Carnegie Endowment for International Peace", "USANGO", "USA", "NGO"),
    ],
)
def test_background_company_is_its_state_business(name: str, code: str, country: str,
                                                  sector: str | None) -> None:
    """Phoenix's MNC + state is that state's business, as PLOVER and the article gold code it
    (the background layer alone, through background.lookup)."""
    found = lookup(name)
    assert found is not None
    got = found[1].code_on("2022-06-01")
    assert got is not None and (got.code, got.country, got.sector) == (code, country, sector)


def test_background_curated_body_outranks_the_background_layer() -> None:
    """lookup_actor gives bodies.csv's research institute, not the background layer's NGO."""
    from redline.actors import lookup_actor

    found = lookup_actor("Carnegie Endowment for International Peace", "2022-06-01")
    assert (found.code, found.layer) == ("USAEDU", "curated")


@pytest.mark.parametrize("name", ["ANDRIUS KUBILIUS", "Andrius Kubiliūs", "andrius  kubilius"])
def test_background_lookup_odd_forms(name: str) -> None:
    """All caps, diacritics added or stripped, odd spacing: the same entry."""
    found = lookup(name)
    assert found is not None and found[1].name == "Andrius Kubilius"


def test_background_display_name() -> None:
    assert display_name(("BANK", "OF", "THE", "NORTH")) == "Bank of the North"


def _codes(nlp: Any, text: str, date: str) -> dict[str, str]:
    return {a.text: a.code for a in resolve_actors(nlp(text), published=date)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "date", "span", "code"),
    [
        # a name only the background knows, coded as of the article's date
        ("Eugenijus Gentvilas met reporters on Monday.", "2001-06-25", "Eugenijus Gentvilas",
         "LTUGOV"),
        ("Eugenijus Gentvilas met reporters on Monday.", "2000-05-01", "Eugenijus Gentvilas",
         "LTUELI"),
        # a longer background name wins over the bare place inside it
        ("The Movement for the Emancipation of the Niger Delta attacked a pipeline.",
         "2008-01-01", "Movement for the Emancipation of the Niger Delta", "NGAREB"),
        # the curated row wins where both know a person (Phoenix: NORGOV)
        ("Jens Stoltenberg spoke to reporters.", "2016-01-01", "Jens Stoltenberg", "NATO"),
    ],
)
def test_background_in_text(nlp: Any, text: str, date: str, span: str, code: str) -> None:
    assert _codes(nlp, text, date).get(span) == code


@pytest.mark.slow
def test_background_not_opposed(nlp: Any) -> None:
    """"an anti-X journalist" is not X, for the background either."""
    codes = _codes(nlp, "An anti-Syria journalist was hurt in Beirut.", "2005-06-01")
    assert "Syria" not in codes


def test_build_background_reports_conflicts(shared_data: Any, tmp_path: Any) -> None:
    report = tmp_path / "conflicts.txt"
    script = REPO / "scripts" / "build_background.py"
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, str(script), "--data", str(shared_data), "--report", str(report),
         "--out", str(out)], capture_output=True, text=True, check=True)
    assert "conflicts" in done.stdout
    lines = report.read_text(encoding="utf-8").splitlines()
    assert any("curated" in line and "background" in line for line in lines)
    assert (out / "actors.tsv.gz").stat().st_size > 100_000


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "I boarded a flight on May 15 and reached Mexico via Moscow.",
        "The talks resumed on May 15, a week after the strike.",
    ],
)
def test_background_date_is_no_group(nlp: Any, text: str) -> None:
    """"May 15" is a date, not the Greek group of that name (Phoenix: GRCREB)."""
    codes = _codes(nlp, text, "2019-05-23")
    assert "May 15" not in codes and "GRCREB" not in codes.values()
