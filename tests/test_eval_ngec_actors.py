"""NGEC's actor suite read as data: calls, assertions, conventions (a suite written here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.eval.ngec_actors import Check, _date, _holds, _same_name, read_cases

SUITE = '''
import pytest
names = ["police officers", "riot police"]

def test_one(ag):
    code = ag.agent_to_code("Ruritanian soldiers", "", "2020-01-01")
    assert code['country'] == "RUR"
    assert code['code_1'] == "MIL"

def test_one(ag):
    code = ag.agent_to_code("the second definition wins")
    assert code is None

@pytest.mark.parametrize("name", names)
def test_param(ag, name):
    code = ag.short_text_to_agent(name)
    assert code['code_1'] == "COP"

def test_dict(ag):
    d = {"actor": "Minister X", "date": "Today", "want": "GOV"}
    code = ag.agent_to_code(d['actor'], "", d['date'])
    assert code['code_1'] == d['want']

def test_nat(ag):
    cc, text = ag.search_nat("two Ruritanian men")
    assert cc == "RUR"
    assert text == "two  men"

@pytest.mark.xfail(reason="hard")
def test_hard(ag):
    wiki = ag.query_wiki("Somebody")
    assert wiki['title'] == "Somebody"

def helper_not_a_test(ag):
    code = ag.agent_to_code("x")
    assert code['country'] == "XXX"
'''


@pytest.fixture()
def cases(tmp_path: Path) -> list:
    path = tmp_path / "suite.py"
    path.write_text(SUITE, encoding="utf-8")
    return read_cases(path)


def test_ngec_actors_reader_collects_as_pytest_would(cases: list) -> None:
    names = [c.name for c in cases]
    assert names == ["test_one", "test_param[0]", "test_param[1]", "test_dict", "test_nat",
                     "test_hard"]
    assert cases[0].checks == [Check("call1", None, "is", None)]
    assert cases[1].calls["call1"] == ("short_text_to_agent", ("police officers",))
    assert cases[3].calls["call1"] == ("agent_to_code", ("Minister X", "", "Today"))
    assert cases[3].checks[0].expected == "GOV"
    assert [c.group for c in cases] == ["actor_phrases", "agent_words", "agent_words",
                                        "actor_phrases", "nationality", "names"]
    assert cases[-1].xfail and not cases[0].xfail


@pytest.mark.parametrize(("check", "got", "holds"), [
    (Check("c", "code_1", "==", "PRE"), "", True),  # a partially recognised state
    (Check("c", "code_1", "==", "PRE"), "GOV", False),
    (Check("c", "code_1", "==", "PRM"), "REB", True),  # paramilitaries
    (Check("c", "code_1", "==", "BUD"), "REL", True),
    (Check("c", "code_1", "==", "ELI"), "CVL", True),
    (Check("c", "code_1", "==", "MIL"), "GOV", False),
    # PLOVER's medical code is our HLH, its journalists our media, MED (r15-18a)
    (Check("c", "code_1", "==", "MED"), "HLH", True),
    (Check("c", "code_1", "==", "JRN"), "MED", True),
    (Check("c", "code_1", "==", "MED"), "MED", False),
    (Check("c", "country", "!=", "GBR"), "USA", True),
    (Check("c", "country", "==", ""), None, True),  # no actor: NGEC's empty record
    (Check("c", "code_1", "==", "UNK"), None, True),
    (Check("c", "code_1", "==", "MIL"), None, False),
    (Check("c", "wiki", "!=", ""), None, False),
    (Check("c", None, "is", None), None, True),
    (Check("c", "pattern", "==", "soldier"), "x", None),
])
def test_ngec_actors_checks_map_conventions(check: Check, got: object, holds: bool | None
                                            ) -> None:
    assert _holds(check, got) == holds


@pytest.mark.parametrize(("got", "expected", "same"), [
    ("ben wallace", "ben wallace (politician)", True),
    ("jam kamal", "jam kamal khan", True),
    ("cia", "central intelligence agency", True),
    ("oxford university", "university of oxford", True),
    ("brazil", "brasilia", False),
    ("", "", True),
])
def test_ngec_actors_names_compare_loosely(got: str, expected: str, same: bool) -> None:
    assert _same_name(got, expected) == same


@pytest.mark.parametrize(("value", "day"), [
    ("Today", "2023-06-01"), ("", "2023-06-01"), ("2017-04-01", "2017-04-01"),
    ("10 May 2015", "2015-05-10"),
])
def test_ngec_actors_dates(value: str, day: str) -> None:
    assert _date(value) == day


@pytest.mark.slow
@pytest.mark.parametrize(("phrase", "country", "place"), [
    ("El Fasher", "SDN", True),  # a curated region named alone: NGEC's CVL of its state
    ("Mariupol", "UKR", True),
    ("Beirut", "LBN", True),  # a capital
    ("Mariupol residents", "UKR", False),  # a sector: no place
])
def test_ngec_actors_region_named_alone_is_a_place(phrase: str, country: str,
                                                   place: bool) -> None:
    from redline.eval.ngec_actors import Resolver

    got = Resolver().call("agent_to_code", (phrase,))
    assert (got["country"], got["place"]) == (country, place)
