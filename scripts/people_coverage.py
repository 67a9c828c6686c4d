#!/usr/bin/env python
"""Report gaps in the curated people data: for every state in ``states.csv`` and every year of a
span, whether some row of ``people*.csv`` names a head of state (or monarch / supreme leader) and
a head of government in office on 1 July of that year.

    python scripts/people_coverage.py [--from 2000] [--to 2026] [--role head_of_state]

Prints one line per state with missing years; the last line gives the totals.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "redline" / "actors" / "data"
ROLES = {
    "head_of_state": {"head_of_state", "monarch", "supreme_leader"},
    "head_of_government": {"head_of_government", "head_of_state"},
    "foreign_minister": {"foreign_minister"},
    "defence_minister": {"defence_minister"},
}


def people_rows(data: Path = DATA) -> list[dict[str, str]]:
    """Every row of people.csv and of the additional people_*.csv files, in loading order."""
    rows: list[dict[str, str]] = []
    for path in [data / "people.csv", *sorted(data.glob("people_*.csv"))]:
        with path.open(encoding="utf-8") as handle:
            rows.extend({**r, "file": path.name} for r in csv.DictReader(handle))
    return rows


def missing_years(rows: list[dict[str, str]], iso3: str, roles: set[str],
                  years: range) -> list[int]:
    mine = [r for r in rows if r["country"] == iso3 and r["role"] in roles]
    out = []
    for year in years:
        day = f"{year}-07-01"
        if not any(r["start"] <= day and (not r["end"] or day < r["end"]) for r in mine):
            out.append(year)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="first", type=int, default=2000)
    parser.add_argument("--to", dest="last", type=int, default=2026)
    parser.add_argument("--role", default="head_of_state", choices=sorted(ROLES))
    parser.add_argument("--states", help="comma-separated ISO3 codes (default: all)")
    args = parser.parse_args()
    with (DATA / "states.csv").open(encoding="utf-8") as handle:
        states = [r["iso3"] for r in csv.DictReader(handle)]
    if args.states:
        states = args.states.split(",")
    rows, years = people_rows(), range(args.first, args.last + 1)
    gaps = 0
    for iso3 in states:
        miss = missing_years(rows, iso3, ROLES[args.role], years)
        gaps += len(miss)
        if miss:
            print(f"{iso3}: {len(miss)} missing: {' '.join(str(y) for y in miss)}")
    total = len(states) * len(years)
    print(f"{args.role}: {total - gaps}/{total} state-years covered ({len(states)} states)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
