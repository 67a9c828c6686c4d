"""NGEC codes a former official by the sector of an office held (its Wikipedia infobox); redline
codes ELI as of the date. The scorer compares the sector of the last office redline knows."""

from __future__ import annotations

from typing import Any, cast

import pytest

from redline.actors.kb import knowledge_base
from redline.eval.ngec_actors import Case, Check, Resolver, former_sector, run_case


@pytest.mark.parametrize(("name", "sector", "kind", "date", "former"), [
    ("Boyko Borisov", "ELI", "person", "2022-04-12", "GOV"),  # prime minister until 2021
    ("Agathon Rwasa", "ELI", "person", "2022-04-12", "LEG"),  # a legislature's office
    ("Boyko Borisov", "GOV", "person", "2020-01-01", ""),  # in office: not former
    ("Nobody Known Here", "ELI", "person", "2022-04-12", ""),  # no row
    ("Bulgaria", "ELI", "state", "2022-04-12", ""),  # not a person
])
def test_ngec_actors_former_sector(name: str, sector: str, kind: str, date: str,
                                   former: str) -> None:
    assert former_sector(knowledge_base(), name, sector, kind, date) == former


class _Stub:
    def __init__(self, answer: dict[str, Any]) -> None:
        self.answer = answer

    def call(self, method: str, args: tuple[Any, ...]) -> Any:
        return self.answer


@pytest.mark.parametrize(("former", "op", "expected", "passed"), [
    ("GOV", "==", "GOV", True),  # NGEC's last office, redline's ELI
    ("", "==", "GOV", False),  # ELI with no known office: still a difference
    ("LEG", "==", "GOV", False),  # another sector's office
    ("GOV", "!=", "GOV", False),
    ("", "==", "ELI", True),  # NGEC's own ELI, as before
])
def test_ngec_actors_former_official_case(former: str, op: str, expected: str,
                                          passed: bool) -> None:
    case = Case("t", False, {"call1": ("agent_to_code", ("X Y",))},
                [Check("call1", "code_1", op, expected)])
    stub = _Stub({"country": "BGR", "code_1": "ELI", "former": former})
    assert run_case(case, cast(Resolver, stub)) is passed


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "former"), [
    ("Boyko Borisov", "12 April 2022", "GOV"),  # a bare name: the convention applies
    ("President Borisov", "12 April 2022", ""),  # a title in the input: it does not
    ("Minister Juan Carlos Jobet", "1 April 2022", ""),
])
def test_ngec_actors_former_only_bare_names(text: str, date: str, former: str) -> None:
    got = Resolver().phrase(text, "", date)
    assert (got or {}).get("former", "") == former


def test_ngec_actors_former_counted() -> None:
    case = Case("t", False, {"call1": ("agent_to_code", ("X Y",))},
                [Check("call1", "code_1", "==", "GOV")])
    stub = _Stub({"country": "BGR", "code_1": "ELI", "former": "GOV"})
    via: list[bool] = []
    assert run_case(case, cast(Resolver, stub), via) and via == [True]
