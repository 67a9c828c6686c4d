#!/usr/bin/env python
"""Compile the Phoenix/PETRARCH2 actor dictionaries and the PLOVER agent list into redline's
background layer (``src/redline/actors/data/background/``).

    .venv/bin/python scripts/build_background.py [--data ../shared/data] [--report FILE]

Reads ``dictionaries/petrarch2/Phoenix.{Countries,International,MilNonState}.actors.txt`` and
``codebooks/plover/PLOVER_agents.txt`` (plus ``Phoenix.agents.txt`` for words PLOVER lacks), all
MIT-licensed (Open Event Data Alliance). Writes ``actors.tsv.gz`` and ``agents.tsv.gz`` (format:
``redline.actors.bgformat``) and reports conflicting rows: one name with two different codes in
force on one date, within the dictionaries and against our curated ``people.csv`` and
``people_*.csv`` (whose rows win at run time), each with both sources.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import sys
from pathlib import Path

from redline.actors.bgformat import ORIGINS, PLACE, encode_code, words
from redline.petrarch.actors import read_actors
from redline.petrarch.agents import read_agents
from redline.petrarch.model import LoadWarning

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "redline" / "actors" / "data" / "background"
PEOPLE = ROOT / "src" / "redline" / "actors" / "data" / "people.csv"
Row = tuple[str, str | None, str | None]  # code, start, end


# Phoenix country codes that redline spells otherwise
RECODE = {"KSV": "XKX"}


def _recode(code: str) -> str:
    return RECODE.get(code[:3], code[:3]) + code[3:]


def _usable(code: str) -> bool:
    return "/" not in code and not code.startswith("-") and len(code) >= 3


def read_phoenix(folder: Path, warnings: list[LoadWarning]) -> dict[tuple[str, ...], dict]:
    """Normalized words -> {"codes": [Row], "origin": tag, "where": "file:line"}."""
    table: dict[tuple[str, ...], dict] = {}
    for tag, name in ORIGINS.items():
        if tag == PLACE:
            continue
        for entry in read_actors(folder / name, warnings):
            codes = [(_recode(c.code), c.start, c.end) for c in entry.codes if _usable(c.code)]
            for phrase in entry.names:
                key = words(" ".join(phrase.words))
                if not key or not codes:
                    continue
                where = f"{name}:{entry.line}"
                if key in table:
                    _report_dup(key, table[key], codes, where)
                    continue
                place = tag == "C" and all(len(c) == 3 and not (b or e) for c, b, e in codes)
                table[key] = {"codes": codes, "origin": PLACE if place else tag, "where": where}
    return table


def _default(codes: list[Row]) -> str | None:
    return next((c for c, s, e in codes if not (s or e)), None)


def _report_dup(key: tuple[str, ...], first: dict, codes: list[Row], where: str) -> None:
    a, b = _default(first["codes"]), _default(codes)
    if a and b and a[:3] != b[:3]:
        CONFLICTS.append(f"{' '.join(key)}: {a} ({first['where']}) vs {b} ({where}); "
                         "the first kept")


CONFLICTS: list[str] = []


def code_on(codes: list[Row], date: str) -> str | None:
    """The code in force on ``date`` as redline reads it: a restricted code first, else the
    unrestricted default."""
    for code, start, end in codes:
        if (start or end) and (start is None or date >= start) and (end is None or date <= end):
            return code
    return _default(codes)


def _curated_rows() -> list[tuple[str, dict[str, str]]]:
    """(file name, row) of people.csv and the additional people_*.csv files."""
    out = []
    for path in [PEOPLE, *sorted(PEOPLE.parent.glob("people_*.csv"))]:
        with path.open(encoding="utf-8") as handle:
            out += [(path.name, row) for row in csv.DictReader(handle)]
    return out


def check_curated(table: dict[tuple[str, ...], dict]) -> None:
    """Curated terms whose country differs from the background code in force on their start."""
    for source, row in _curated_rows():
        names = [row["name"], *[a for a in row["aliases"].split(";") if a.strip()]]
        for name in names:
            entry = table.get(words(name))
            got = code_on(entry["codes"], row["start"]) if entry else None
            if got and not got.startswith(row["country"]) and not got.startswith("IGO"):
                CONFLICTS.append(
                    f"{name} on {row['start']}: curated {row['country']}{row['sector']} "
                    f"({source}, {row['provenance']}) vs background {got} "
                    f"({entry['where']}); curated wins")  # type: ignore[index]
                break


def read_agent_words(data: Path, warnings: list[LoadWarning]) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for path in (data / "codebooks" / "plover" / "PLOVER_agents.txt",
                 data / "dictionaries" / "petrarch2" / "Phoenix.agents.txt"):
        for agent in read_agents(path, warnings):
            key = words(" ".join(agent.phrase.words))
            if key and not agent.prefix and len(agent.code) in (3, 6):
                out.setdefault(key, agent.code[:3])  # "CENTRAL_BANK [~GOVBUS]": its first
    return out


def write(table: dict[tuple[str, ...], dict], agents: dict[tuple[str, ...], str],
          out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = [f"{' '.join(k)}\t{'|'.join(encode_code(*c) for c in v['codes'])}\t{v['origin']}"
             for k, v in sorted(table.items())]
    agent_lines = [f"{' '.join(k)}\t{c}" for k, c in sorted(agents.items())]
    for name, rows in (("actors.tsv.gz", lines), ("agents.tsv.gz", agent_lines)):
        blob = ("\n".join(rows) + "\n").encode("utf-8")
        (out_dir / name).write_bytes(gzip.compress(blob, compresslevel=9, mtime=0))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--report", help="write the conflict report to this file too")
    parser.add_argument("--out", default=str(OUT), help="output folder (default: package data)")
    args = parser.parse_args()
    data = Path(args.data)
    warnings: list[LoadWarning] = []
    table = read_phoenix(data / "dictionaries" / "petrarch2", warnings)
    agents = read_agent_words(data, warnings)
    check_curated(table)
    write(table, agents, Path(args.out))
    report = "\n".join(CONFLICTS)
    if args.report:
        Path(args.report).write_text(report + "\n", encoding="utf-8")
    print(report, file=sys.stderr)
    print(f"{len(table)} names, {len(agents)} agent phrases, {len(warnings)} unreadable lines "
          f"skipped, {len(CONFLICTS)} conflicts -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
