#!/usr/bin/env python
"""Find people rows whose surname column holds the person's whole name ("Bernie Sanders" for
Bernie Sanders), which leaves the person no bare-surname reading at all: "Sen. Bernie Sanders
spoke. Sanders said ..." then never reads "Sanders" as him. Such a row should carry the
family name, marked weak ("~Sanders") when the name must not be read alone before the full name.

    .venv/bin/python scripts/check_surnames.py [--fix]

A whole name is right in the surname column where no part of it is a family name used alone:
a regnal name ("Charles III", "King Philippe", "Pope Benedict XVI"), a name with a particle of
descent ("Abdullah bin Abdulaziz", "Albert II of Monaco", "Saud al-Faisal"), or a name whose
family name comes first (China, the Koreas, Vietnam, Cambodia, Taiwan, Hong Kong, Singapore,
Myanmar, where "Min Aung Hlaing" has no surname; Thailand, Bhutan and Brunei, whose
leaders go by a given name), or a name whose last word the knowledge base reads as something
else ("Bill English": a demonym; "Godwin Friday": a weekday). ``--fix`` rewrites the other
rows in place with ``~`` and the last word of the name. Exit code 1 when a row is found (without
``--fix``). Only the rows the knowledge base reads are checked: a person's first row, and the
later rows that repeat its surname.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from functools import lru_cache
from pathlib import Path

from check_people import DATA, Row, people_files, read_rows

from redline.actors.kb import knowledge_base

FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "KOR", "PRK", "VNM", "KHM", "SGP", "MMR",
                          "THA", "BTN", "BRN"})
REGNAL = re.compile(r"^(?:[IVX]+|king|queen|pope|patriarch|grand|duke|emir|sheikh|sultan)$",
                    re.IGNORECASE)
PARTICLE = re.compile(r"^(?:bin|ibn|bint|abu|abd|abdul|abdel|of|al|el)$|^(?:al|el)-",
                      re.IGNORECASE)


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday"})


@lru_cache(maxsize=1)
def other_words() -> frozenset[str]:
    """Words the knowledge base reads as something other than a person (a demonym, a title, a
    sector word, a body), and weekdays: as a surname they would shadow that reading."""
    kb = knowledge_base()
    words = [p for s in kb.states.values() for p in (s.name, *s.aliases, *s.demonyms)]
    words += [t.phrase for t in kb.titles] + [w.word for w in kb.sectors]
    words += [m.phrase for m in kb.metonyms]
    return frozenset({w.casefold() for w in words} | WEEKDAYS)


def exempt(fields: dict[str, str]) -> bool:
    """Whether the whole name rightly stands in the surname column (see the docstring)."""
    words = fields["name"].split()
    return (fields["country"] in FAMILY_FIRST or words[-1].casefold() in other_words()
            or any(REGNAL.match(w) or PARTICLE.match(w) for w in words))


def whole_name_surnames(rows: list[Row]) -> list[Row]:
    """Rows of a name of two or more words whose surname column is that whole name, where the
    knowledge base reads it: the person's first row (people.csv, then the other files in name
    order), and the person's other rows that repeat that first row's surname."""
    first: dict[str, str] = {}
    for r in rows:
        first.setdefault(r.fields["name"], r.fields["surname"])
    return [r for r in rows if len(r.fields["name"].split()) > 1
            and r.fields["surname"].removeprefix("~") == r.fields["name"]
            and first[r.fields["name"]] == r.fields["surname"] and not exempt(r.fields)]


def fix(path: Path, lines: set[int]) -> None:
    """Rewrite the surname of the rows at ``lines`` (CSV line numbers) as ~<last word>."""
    text = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for n in lines:
        row = next(csv.DictReader(io.StringIO(text[0] + text[n - 1])))
        old = f",{row['surname']},"
        assert text[n - 1].count(old) == 1, (path.name, n)
        text[n - 1] = text[n - 1].replace(old, f",~{row['name'].split()[-1]},")
    path.write_text("".join(text), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fix", action="store_true", help="rewrite the rows found")
    args = parser.parse_args()
    found = whole_name_surnames(read_rows())
    for r in found:
        print(f"{r.file}:{r.line}: {r.fields['name']!r} has its whole name as surname")
    if args.fix:
        for path in people_files(DATA):
            fix(path, {r.line for r in found if r.file == path.name})
    return 1 if found and not args.fix else 0


if __name__ == "__main__":
    sys.exit(main())
