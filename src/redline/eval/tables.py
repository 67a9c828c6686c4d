"""Score the dates/places/quantities case tables (``redline/eval/cases``).

``score_tables()`` runs every case through the real extractors and reports accuracy per
table; the tests run the same cases one by one. A case is right when the extractor finds a
record overlapping the expected words and every expected field matches.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from redline.eval.cases.dates import DATE_CASES
from redline.eval.cases.places import PLACE_CASES
from redline.eval.cases.quantities import QUANTITY_CASES


def _locate(text: str, mention: str) -> tuple[int, int]:
    start = text.index(mention)
    return start, start + len(mention)


def _overlapping(records: list[Any], start: int, end: int) -> Any | None:
    hits = [r for r in records if r.start < end and start < r.end]
    return max(hits, key=lambda r: min(r.end, end) - max(r.start, start)) if hits else None


def check_date(nlp: Any, case: tuple[Any, ...]) -> tuple[bool, str]:
    from redline.dates import find_dates

    text, published, expr, value, precision = case
    found = find_dates(nlp(text), published=published)
    got = _overlapping(found, *_locate(text, expr))
    if got is None:
        return False, "no time expression found"
    ok = got.value == value and (value is None or got.precision == precision)
    if value is None:
        ok = ok and bool(got.reason)
    return ok, f"{got.text!r} -> {got.value} ({got.precision}; {got.reason})"


def check_place(nlp: Any, case: tuple[Any, ...]) -> tuple[bool, str]:
    from redline.places import find_places

    text, mention, name, country, feature = case
    got = _overlapping(find_places(nlp(text), []), *_locate(text, mention))
    if got is None:
        return False, "no place found"
    if name is None:
        return got.gazetteer_id is None, f"{got.text!r} -> {got.gazetteer_id}"
    ok = (got.name, got.country, got.feature) == (name, country, feature)
    return ok and got.lat is not None, f"{got.text!r} -> {got.name}/{got.country}/{got.feature}"


def check_quantity(nlp: Any, case: tuple[Any, ...]) -> tuple[bool, str]:
    from redline.quantities import find_quantities

    text, mention, value, vmax, unit, qual, claimant = case
    got = _overlapping(find_quantities(nlp(text)), *_locate(text, mention))
    if got is None:
        return False, "no quantity found"
    ok = (got.value, got.value_max, got.unit) == (value, vmax, unit)
    if value is not None:
        ok = ok and got.qualifier == qual
    ok = ok and (got.claimant is None if claimant is None else claimant in (got.claimant or ""))
    desc = (
        f"{got.text!r} -> {got.value}..{got.value_max} {got.unit} {got.qualifier} [{got.claimant}]"
    )
    return ok, desc


TABLES: dict[str, tuple[list[Any], Callable[[Any, tuple[Any, ...]], tuple[bool, str]]]] = {
    "dates": (DATE_CASES, check_date),
    "places": (PLACE_CASES, check_place),
    "quantities": (QUANTITY_CASES, check_quantity),
}


def score_tables(nlp: Any = None, *, verbose: bool = False) -> dict[str, dict[str, Any]]:
    """{table: {"cases", "correct", "accuracy", "misses"}} over the tables of cases."""
    if nlp is None:
        from redline.nlp import load_nlp

        nlp = load_nlp()
    out: dict[str, dict[str, Any]] = {}
    for name, (cases, check) in TABLES.items():
        misses = []
        for case in cases:
            ok, desc = check(nlp, case)
            if not ok:
                misses.append(f"{case[0]!r}: {desc}")
        n = len(cases)
        out[name] = {"cases": n, "correct": n - len(misses),
                     "accuracy": round((n - len(misses)) / n, 3) if n else 0.0}  # fmt: skip
        if verbose:
            out[name]["misses"] = misses
    return out


def format_tables_report(report: dict[str, dict[str, Any]]) -> str:
    """A printable table: cases, correct and accuracy per table, then the misses."""
    lines = [f"{'table':12s} {'cases':>6s} {'correct':>8s} {'accuracy':>9s}"]
    for name, row in report.items():
        lines.append(f"{name:12s} {row['cases']:6d} {row['correct']:8d} {row['accuracy']:9.3f}")
    for name, row in report.items():
        lines += [f"miss [{name}] {m}" for m in row.get("misses", [])]
    return "\n".join(lines)


if __name__ == "__main__":  # python -m redline.eval.tables
    import json

    print(json.dumps(score_tables(verbose=True), indent=1))
