"""NGEC cases that assert two different values of one field of one answer ("GRU": ``code_1 ==
"MIL"`` and ``code_1 == "SPY"``) cannot hold as written: NGEC means an actor with two agent codes,
as its ``code_1`` / ``code_2`` pairs do elsewhere. Such asserts are read as alternatives: the
case is scored once per choice of one value of each such field, and passes when any choice
does; the scorer counts the cases passed that way apart."""

from __future__ import annotations

from dataclasses import replace
from itertools import product
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from redline.eval.ngec_actors import Case, Check

Field = tuple[str, "str | None"]


def contradictions(checks: list[Check]) -> dict[Field, list[Any]]:
    """The fields asserted equal to two or more different values, with those values."""
    values: dict[Field, list[Any]] = {}
    for c in checks:
        if c.op == "==" and c.expected not in values.setdefault((c.var, c.key), []):
            values[(c.var, c.key)].append(c.expected)
    return {f: v for f, v in values.items() if len(v) > 1}


def variants(case: Case) -> list[Case]:
    """``case`` once per choice of one value of each contradicted field ([case] for none)."""
    fields = contradictions(case.checks)
    if not fields:
        return [case]
    out = []
    for choice in product(*fields.values()):
        chosen = dict(zip(fields, choice, strict=True))
        checks = [c for c in case.checks if (c.var, c.key) not in chosen
                  or c.op != "==" or c.expected == chosen[(c.var, c.key)]]
        out.append(replace(case, checks=checks))
    return out
