"""A case asserting two different values of one field of one answer (an actor with two agent
codes written as two ``code_1`` asserts) is read as alternatives, and counted apart."""

from __future__ import annotations

from typing import Any, cast

import pytest

from redline.eval.ngec_actors import Case, Check, Resolver, run_case
from redline.eval.ngec_alternatives import contradictions, variants


class _Stub:
    def __init__(self, answer: dict[str, Any]) -> None:
        self.answer = answer

    def call(self, method: str, args: tuple[Any, ...]) -> Any:
        return self.answer


def _case(*checks: tuple[str, str, str]) -> Case:
    return Case("t", False, {"call1": ("agent_to_code", ("X",))},
                [Check("call1", key, op, value) for key, op, value in checks])


@pytest.mark.parametrize(("checks", "sector", "passed"), [
    ([("code_1", "==", "MIL"), ("code_1", "==", "SPY")], "SPY", True),  # failed before
    ([("code_1", "==", "MIL"), ("code_1", "==", "SPY")], "MIL", True),  # failed before
    ([("code_1", "==", "MIL"), ("code_1", "==", "SPY")], "GOV", False),
    # the other asserts still hold for the choice
    ([("country", "==", "RUS"), ("code_1", "==", "MIL"), ("code_1", "==", "SPY")], "MIL",
     True),
    ([("country", "==", "USA"), ("code_1", "==", "MIL"), ("code_1", "==", "SPY")], "MIL",
     False),
    ([("code_1", "==", "MIL"), ("code_1", "==", "MIL")], "MIL", True),  # one value twice
    ([("code_1", "==", "MIL"), ("code_1", "!=", "SPY")], "SPY", False),  # no contradiction
])
def test_ngec_actors_either_value(checks: list[tuple[str, str, str]], sector: str,
                                  passed: bool) -> None:
    stub = _Stub({"country": "RUS", "code_1": sector, "former": ""})
    assert run_case(_case(*checks), cast(Resolver, stub)) is passed


def test_ngec_actors_either_contradictions_and_variants() -> None:
    case = _case(("wiki", "==", "GRU"), ("code_1", "==", "MIL"), ("code_1", "==", "SPY"))
    assert contradictions(case.checks) == {("call1", "code_1"): ["MIL", "SPY"]}
    chosen = [[c.expected for c in v.checks] for v in variants(case)]
    assert chosen == [["GRU", "MIL"], ["GRU", "SPY"]]
    plain = _case(("wiki", "==", "GRU"), ("code_1", "==", "MIL"))
    assert variants(plain) == [plain]


def test_ngec_actors_either_counted() -> None:
    stub = cast(Resolver, _Stub({"country": "RUS", "code_1": "SPY", "former": ""}))
    either: list[bool] = []
    assert run_case(_case(("code_1", "==", "MIL"), ("code_1", "==", "SPY")), stub, None,
                    either)
    assert either == [True]
    either = []
    assert run_case(_case(("code_1", "==", "SPY"),), stub, None, either) and either == []
