"""Fact tables for the actors knowledge base: alliances, coverage, people by date, errors."""

from __future__ import annotations

import pytest

from redline.actors import (
    AmbiguousNameError,
    alliance_members,
    coverage,
    knowledge_base,
    lookup_actor,
)
from redline.errors import NotFoundError, UsageError

NATO_COUNTS = [
    ("1949-04-04", 12), ("1949-12-31", 12), ("1952-02-17", 12), ("1952-02-18", 14),
    ("1955-05-06", 15), ("1982-05-30", 16), ("1999-03-12", 19), ("2004-03-29", 26),
    ("2009-04-01", 28), ("2017-06-05", 29), ("2020-03-27", 30), ("2021-12-06", 30),
    ("2023-04-03", 30), ("2023-04-04", 31), ("2024-03-06", 31), ("2024-03-07", 32),
]


@pytest.mark.parametrize(("date", "count"), NATO_COUNTS)
def test_actors_nato_member_count_on_accession_dates(date: str, count: int) -> None:
    assert len(alliance_members("NATO", date).members) == count


def test_actors_fourteen_formerly_communist_states_joined_nato_1999_2020() -> None:
    kb = knowledge_base()
    before = set(alliance_members("NATO", "1999-03-11").members)
    after = set(alliance_members("NATO", "2020-12-31").members)
    joined = after - before
    ex_communist = {s for s in joined if "former_communist" in kb.states[s].tags}
    assert len(ex_communist) == 14
    assert {"POL", "EST", "ALB", "MNE", "MKD"} <= ex_communist


@pytest.mark.parametrize(
    ("name", "date", "count"),
    [("EU", "2013-07-01", 28), ("EU", "2020-01-31", 28), ("EU", "2020-02-01", 27),
     ("European Union", "1995-01-01", 15), ("UN", "2011-07-14", 193), ("OSCE", "2021-12-06", 57),
     ("G7", "2021-12-06", 7), ("G8", "2010-01-01", 8), ("G8", "2014-03-24", 7),
     ("Council of Europe", "2022-02-24", 47), ("Council of Europe", "2022-03-16", 46),
     ("CSTO", "2021-12-06", 6), ("AUKUS", "2021-09-15", 3), ("Quad", "2021-12-06", 4),
     ("Five Eyes", "2021-12-06", 5), ("GCC", "2021-12-06", 6), ("Arab League", "2023-05-07", 22),
     ("ASEAN", "2021-12-06", 10), ("SCO", "2024-07-04", 10), ("BRICS", "2024-01-01", 9)],
)
def test_actors_organisation_member_counts(name: str, date: str, count: int) -> None:
    assert len(alliance_members(name, date).members) == count


def test_actors_eu_loses_the_uk_on_2020_02_01() -> None:
    assert "GBR" in alliance_members("EU", "2020-01-31").members
    assert "GBR" not in alliance_members("EU", "2020-02-01").members


def test_actors_alliance_answer_dict_shape() -> None:
    d = alliance_members("NATO", "2021-12-06").to_dict()
    assert set(d) == {"alliance", "as_of", "members"}
    assert d["alliance"] == "NATO" and d["as_of"] == "2021-12-06"


@pytest.mark.parametrize("state", ["UKR", "GEO"])
def test_actors_ukraine_georgia_partners_not_covered_in_dec_2021(state: str) -> None:
    ans = coverage(state, "2021-12-06")
    assert "NATO" in ans.partner_of
    assert "NATO" not in ans.member_of
    assert not any("NATO" in c for c in ans.covered_by)


@pytest.mark.parametrize(
    ("state", "date", "nato"),
    [("EST", "2021-12-06", True), ("EST", "2004-03-28", False), ("FIN", "2023-04-03", False),
     ("FIN", "2023-04-04", True), ("SWE", "2024-03-06", False), ("SWE", "2024-03-07", True),
     ("USA", "1960-01-01", True), ("UKR", "2024-01-01", False)],
)
def test_actors_nato_article5_coverage_by_date(state: str, date: str, nato: bool) -> None:
    assert ("NATO Art. 5" in coverage(state, date).covered_by) is nato


def test_actors_coverage_dict_shape_and_eu_clause() -> None:
    d = coverage("FIN", "2021-12-06").to_dict()
    assert set(d) == {"state", "as_of", "covered_by", "member_of", "partner_of"}
    assert "EU Art. 42(7) TEU" in d["covered_by"] and "NATO" in d["partner_of"]


@pytest.mark.parametrize(
    ("name", "date", "code", "office_part"),
    [("Joe Biden", "2005-06-01", "USALEG", "Senator"),
     ("Biden", "2012-06-01", "USAGOV", "Vice President"),
     ("Biden", "2019-06-01", "USAELI", None),
     ("Biden", "2022-06-01", "USAGOV", "President of the United States"),
     ("Biden", "2025-06-01", "USAELI", None),
     ("Donald Trump", "2018-06-01", "USAGOV", "President"),
     ("Donald Trump", "2022-06-01", "USAELI", None),
     ("Donald Trump", "2025-01-20", "USAGOV", "President"),
     ("Vladimir Putin", "2010-06-01", "RUSGOV", "Prime Minister"),
     ("Lloyd Austin", "2021-12-06", "USAMIL", "Secretary of Defense"),
     ("Jens Stoltenberg", "2021-12-06", "NATO", "Secretary General"),
     ("Mark Rutte", "2021-12-06", "NLDGOV", "Prime Minister"),
     ("Mark Rutte", "2025-01-01", "NATO", "Secretary General"),
     ("Peskov", "2021-12-06", "RUSGOV", "Press Secretary"),
     ("Kremlin", "2021-12-06", "RUSGOV", None),
     ("the Pentagon", "2021-12-06", "USAMIL", None),
     ("State Department", "2021-12-06", "USAGOV", None),
     ("Kiev", "2021-12-06", "UKR", None), ("Turkey", "2021-12-06", "TUR", None),
     ("Czechia", "2021-12-06", "CZE", None), ("Hong Kong", "2019-11-20", "HKG", None),
     ("Carrie Lam", "2019-11-20", "HKGGOV", "Chief Executive of Hong Kong")],
)
def test_actors_lookup_by_date(name: str, date: str, code: str, office_part: str | None) -> None:
    ans = lookup_actor(name, date)
    assert ans.code == code
    if office_part is None:
        assert ans.office is None
    else:
        assert ans.office is not None and office_part in ans.office


def test_actors_unknown_names_list_closest() -> None:
    with pytest.raises(NotFoundError, match="NATO"):
        alliance_members("NATOO", "2021-12-06")
    with pytest.raises(NotFoundError, match="Putin"):
        lookup_actor("Vladimir Puttin", "2021-12-06")


@pytest.mark.parametrize("bad", ["2021-13-01", "yesterday", "12/06/2021"])
def test_actors_malformed_dates_raise_usage_error(bad: str) -> None:
    with pytest.raises(UsageError):
        alliance_members("NATO", bad)


def test_actors_ambiguous_name_lists_candidates() -> None:
    with pytest.raises(AmbiguousNameError) as info:
        lookup_actor("Clinton", "2020-01-01")
    assert {"Bill Clinton", "Hillary Clinton"} <= set(info.value.candidates)


def test_actors_data_integrity() -> None:
    kb = knowledge_base()
    assert len(kb.states) >= 195
    for person in kb.people:
        for term in person.terms:
            assert not term.end or term.start < term.end, person.name
            assert term.country in kb.states or term.country in kb.orgs or term.country in {
                "IAEA", "WHO", "OSCE"} | {m.code for m in kb.metonyms}, person.name
    for m in kb.memberships:
        assert m.org in kb.orgs
        assert m.member in kb.states or m.member in kb.orgs or m.member == "ESH"
