#!/usr/bin/env python
"""Check the curated people data (``people.csv`` and ``people_*.csv``) for conflicts and against
the Phoenix actor dictionaries.

    .venv/bin/python scripts/check_people.py [--data ../shared/data] [--report FILE] [--stamp]

Reports, each with both sources (file:line and provenance):
- conflicting rows: one name (a person's name or alias, normalized) with two different country
  codes in force on one date, within one person's terms or between two people sharing a name;
- Phoenix disagreements: a row whose person Phoenix (MIT, Open Event Data Alliance; last edited
  2017) knows under the same name, with a date-restricted code of another country in force on the
  row's start date, or of the same country but with dates more than ``SLACK`` days apart.
With ``--stamp`` a ``from memory`` row that Phoenix confirms (same country, start or end within
``SLACK`` days) gets the provenance ``checked: Phoenix dictionary``. Exit code 1 when a conflict
is found.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from redline.actors.bgformat import words
from redline.petrarch.actors import read_actors
from redline.petrarch.model import LoadWarning

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "redline" / "actors" / "data"
PHOENIX = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
           "Phoenix.MilNonState.actors.txt")
RECODE = {"KSV": "XKX", "TMP": "TLS"}  # Phoenix spellings of our codes
SLACK = 31
# Names two people really share on some dates (the resolver picks the one the text decides)
ACCEPTED = {"king abdullah"}
CHECKED = "checked: Phoenix dictionary"


@dataclass(frozen=True)
class Row:
    file: str
    line: int
    fields: dict[str, str]

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line} ({self.fields['provenance']})"

    def names(self) -> list[str]:
        aliases = [a.strip() for a in self.fields["aliases"].split(";") if a.strip()]
        return [self.fields["name"], *aliases]


@dataclass(frozen=True)
class Span:
    code: str
    start: str | None
    end: str | None
    where: str


def people_files(data: Path = DATA) -> list[Path]:
    return [data / "people.csv", *sorted(data.glob("people_*.csv"))]


def read_rows(data: Path = DATA) -> list[Row]:
    rows = []
    for path in people_files(data):
        with path.open(encoding="utf-8") as handle:
            for i, fields in enumerate(csv.DictReader(handle), start=2):
                rows.append(Row(path.name, i, fields))
    return rows


def overlap(a: dict[str, str], b: dict[str, str]) -> str | None:
    """The first day both terms are in force, or None."""
    start = max(a["start"], b["start"])
    ends = [e for e in (a["end"], b["end"]) if e]
    return start if not ends or start < min(ends) else None


def conflicts(rows: list[Row]) -> list[str]:
    """Two country codes for one name on one date, with both sources."""
    by_key: dict[tuple[str, ...], list[Row]] = defaultdict(list)
    for row in rows:
        for key in {words(n) for n in row.names()}:
            if key:
                by_key[key].append(row)
    found = set()
    for key, group in by_key.items():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                day = overlap(a.fields, b.fields)
                name = " ".join(key).lower()
                if day and a.fields["country"] != b.fields["country"] and name not in ACCEPTED:
                    found.add(f"{name} on {day}: {a.fields['country']} "
                              f"{a.where} vs {b.fields['country']} {b.where}")
    return sorted(found)


def read_phoenix(folder: Path) -> dict[tuple[str, ...], list[Span]]:
    warnings: list[LoadWarning] = []
    table: dict[tuple[str, ...], list[Span]] = {}
    for name in PHOENIX:
        for entry in read_actors(folder / name, warnings):
            spans = [Span(RECODE.get(c.code[:3], c.code[:3]) + c.code[3:], c.start, c.end,
                          f"{name}:{entry.line}") for c in entry.codes if c.start or c.end]
            for phrase in entry.names:
                key = words(" ".join(phrase.words))
                if key and spans:
                    table.setdefault(key, spans)
    return table


def _days(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0 if a == b else 10**6
    return abs(date.fromisoformat(a[:10]).toordinal() - date.fromisoformat(b[:10]).toordinal())


def _same_country(ours: str, theirs: str, states: set[str]) -> bool:
    if ours in states:
        return theirs[:3] == ours
    return theirs[:3] in ("IGO", "NGO", "IMG") or theirs.startswith(ours)


def _in_force(span: Span, day: str) -> bool:
    return (span.start is None or span.start <= day) and (span.end is None or day <= span.end)


def _overlaps(span: Span, start: str, end: str | None) -> bool:
    return (span.end is None or start <= span.end) and (end is None or span.start is None
                                                         or span.start < end)


def compare(row: Row, spans: list[Span], states: set[str]) -> tuple[str, str]:
    """('agree' | 'dates' | 'country' | '', message) for one row against Phoenix."""
    f = f"{row.fields['name']} {row.fields['country']} {row.fields['start']}..{row.fields['end']}"
    mine = [s for s in spans if _same_country(row.fields["country"], s.code, states)]
    end = row.fields["end"] or None
    for s in mine:
        if _days(s.start, row.fields["start"]) <= SLACK or (end and _days(s.end, end) <= SLACK):
            return "agree", ""
    during = [s for s in mine if _overlaps(s, row.fields["start"], end)]
    if during:
        near = min(during, key=lambda s: _days(s.start, row.fields["start"]))
        return "dates", f"{f}: Phoenix {near.code} {near.start}..{near.end} ({near.where})"
    if mine:
        return "other", ""
    other = [s for s in spans if _in_force(s, row.fields["start"])]
    if other:
        return "country", f"{f}: Phoenix {other[0].code} {other[0].start}..{other[0].end} " \
                          f"({other[0].where}); {row.where}"
    return "", ""


def check_phoenix(rows: list[Row], table: dict[tuple[str, ...], list[Span]],
                  states: set[str]) -> tuple[dict[str, list[str]], set[tuple[str, int]]]:
    report: dict[str, list[str]] = defaultdict(list)
    agreed: set[tuple[str, int]] = set()
    for row in rows:
        spans = next((table[k] for k in (words(n) for n in row.names()) if k in table), None)
        if not spans:
            continue
        kind, message = compare(row, spans, states)
        if kind == "agree":
            agreed.add((row.file, row.line))
        elif kind:
            report[kind].append(message)
    return report, agreed


def stamp(agreed: set[tuple[str, int]], data: Path = DATA) -> int:
    """Rewrite ``from memory`` provenance of confirmed rows; returns how many changed."""
    changed = 0
    for path in people_files(data):
        with path.open(encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            fields, rows = list(reader.fieldnames or []), list(reader)
        for i, row in enumerate(rows, start=2):
            if (path.name, i) in agreed and row["provenance"].startswith("from memory"):
                rest = row["provenance"][len("from memory"):]
                row["provenance"] = f"{CHECKED} (country and date within {SLACK} days){rest}"
                changed += 1
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fields, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--report", help="write the report to this file too")
    parser.add_argument("--stamp", action="store_true", help="record Phoenix agreement")
    args = parser.parse_args()
    rows = read_rows()
    with (DATA / "states.csv").open(encoding="utf-8") as handle:
        states = {r["iso3"] for r in csv.DictReader(handle)}
    lines = [f"CONFLICT {c}" for c in conflicts(rows)]
    folder = Path(args.data) / "dictionaries" / "petrarch2"
    if folder.is_dir():
        report, agreed = check_phoenix(rows, read_phoenix(folder), states)
        for kind in ("country", "dates"):
            lines += [f"PHOENIX-{kind.upper()} {m}" for m in sorted(report[kind])]
        summary = (f"{len(rows)} rows; Phoenix agrees with {len(agreed)}, differs in country for "
                   f"{len(report['country'])}, in dates for {len(report['dates'])}; knows only "
                   f"other offices of the person for {len(report['other'])}")
        if args.stamp:
            summary += f"; {stamp(agreed)} rows stamped '{CHECKED}'"
    else:
        summary = f"{len(rows)} rows; Phoenix dictionaries not found at {folder}, not compared"
    text = "\n".join([*lines, summary])
    print(text)
    if args.report:
        Path(args.report).write_text(text + "\n", encoding="utf-8")
    return 1 if any(line.startswith("CONFLICT") for line in lines) else 0


if __name__ == "__main__":
    sys.exit(main())
