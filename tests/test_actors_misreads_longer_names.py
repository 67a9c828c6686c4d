"""A known name inside a longer proper-noun organisation is no mention of the person or of the
shorter body: "the Carter Center" is not Jimmy Carter (the tagger's ORG entity already says so),
"the Trades Union Congress" is not the US Congress; the known body's own name ("the U.S.
Congress") and the bare body stay."""

from __future__ import annotations

from typing import Any

import pytest


def _actors(nlp: Any, text: str, date: str) -> list[tuple[str, str, str]]:
    from redline.actors import resolve_actors

    return [(a.text, a.name, a.code) for a in resolve_actors(nlp(text), published=date)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "not_name"), [
    ("A report by the Carter Center found the vote was fair.", "2010-06-01", "Jimmy Carter"),
    ("Scholars at the Putin Institute said the data was flawed.", "2022-06-01",
     "Vladimir Putin"),
    ("The Trades Union Congress called a strike.", "2022-06-01", "Congress"),
    ("The Pan Africanist Congress called a strike.", "2022-06-01", "Congress"),
    ("The Student Senate voted against the plan.", "2022-06-01", "Senate"),
])
def test_actors_misreads_longer_names_not_read(nlp: Any, text: str, date: str,
                                               not_name: str) -> None:
    found = _actors(nlp, text, date)
    assert not_name not in [name for _, name, _ in found], found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "code"), [
    ("The U.S. Congress passed the bill.", "2022-06-01", "USALEG"),
    ("Congress passed the bill on Monday.", "2022-06-01", "USALEG"),
    ("The Senate voted against the plan.", "2022-06-01", "USALEG"),
    ("Putin said the talks had failed.", "2022-06-01", "RUSGOV"),
    ("The United States Congress passed the bill on Monday.", "2022-06-01", "USALEG"),
    ("The Sri Lankan Supreme Court ruled the decree illegal.", "2022-06-01", "LKAJUD"),
    ("The American Senate voted for the treaty.", "2022-06-01", "USALEG"),
    ("Biden Urges Congress To Pass Ukraine Aid", "2022-06-01", "USALEG"),
])
def test_actors_misreads_longer_names_kept(nlp: Any, text: str, date: str, code: str) -> None:
    found = _actors(nlp, text, date)
    assert code in [c for _, _, c in found], found
