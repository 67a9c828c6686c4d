"""Spellings of curated names as news writes them (r16-18a): the letters romanisations use
for an apostrophe (okina, ayn, hamza) read as one, and South Slavic caron letters also as
English digraphs. Our own look-ups."""

from __future__ import annotations

import pytest

from redline.actors import lookup_actor
from redline.actors.kb import digraph_spellings
from redline.actors.queries import fold


@pytest.mark.parametrize(("a", "b"), [
    ("Mata\u02bbafa", "Mata'afa"),  # okina
    ("Mata\u2019afa", "Mata'afa"),  # curly quote, as before
    ("Ka\u02bfbah", "Ka'bah"),  # ayn
    ("Qur\u02bcan", "Qur'an"),  # modifier apostrophe
])
def test_apostrophe_letters_fold_alike(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(("name", "aliases", "out"), [
    ("Dimitar Kova\u010devski", ("Dimitar Kovacevski",), ("Dimitar Kovachevski",)),
    ("\u017delyu \u0160ishkov", (), ("Zhelyu Shishkov",)),
    ("Olaf Scholz", (), ()),  # no caron letter: nothing added
])
def test_digraph_spellings(name: str, aliases: tuple[str, ...], out: tuple[str, ...]) -> None:
    assert digraph_spellings(name, aliases) == out


@pytest.mark.parametrize(("name", "date", "code"), [
    # failed before (no answer)
    ("Fiame Naomi Mata'afa", "2023-06-01", "WSMGOV"),
    ("Dimitar Kovachevski", "2023-06-01", "MKDGOV"),
    # no office on the date before (Justice Minister 2021-2022)
    ("Gideon Sa'ar", "2022-06-01", "ISRGOV"),
    # as before
    ("Fiame Naomi Mataafa", "2023-06-01", "WSMGOV"),
    ("Dimitar Kovacevski", "2023-06-01", "MKDGOV"),
    ("Moshe Ya'alon", "2015-06-01", "ISRMIL"),
])
def test_spelling_variants_look_up(name: str, date: str, code: str) -> None:
    assert lookup_actor(name, date).code == code
