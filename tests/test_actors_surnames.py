"""Weak surnames (``~Surname`` in the people files, or a surname listed in
``weak_surnames.txt``: one mechanism, ``Person.weak``): read alone only after the person's full
name earlier in the same document, or after a title that fits the person's office; otherwise the
bare surname is no one, or its strong holder."""

from __future__ import annotations

import csv
from typing import Any

import pytest

from redline.actors.kb import WEAK_MARK, knowledge_base, people_files, weak_surnames
from redline.errors import UsageError


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "name", "code"), [
    ("Moldovan Foreign Minister Nicu Popescu met envoys. Popescu accused Russia of meddling.",
     "2022-06-01", "Nicu Popescu", "MDAGOV"),
    ("Finance Minister Zainab Ahmed spoke in Abuja. Ahmed said the budget would hold.",
     "2022-06-01", "Zainab Ahmed", "NGAGOV"),
    ("Bulgaria's Mariya Gabriel arrived in Kyiv. Gabriel said the aid would come.",
     "2023-09-01", "Mariya Gabriel", "BGRGOV"),
    ("Canada's Bill Blair spoke in Ottawa. Blair said the police would act.",
     "2021-06-01", "Bill Blair", "CANGOV"),
    ("Akylbek Japarov met bankers. Japarov said the border would open.",
     "2022-06-01", "Akylbek Japarov", "KGZGOV"),
    # a surname of weak_surnames.txt, as the mark
    ("Theresa May met Merkel. May said the deal would pass.",
     "2018-06-01", "Theresa May", "GBRGOV"),
    # a whole name once in the surname column: now the family name, marked weak
    ("Senator Bernie Sanders spoke in Iowa. Sanders said the bill would pass.",
     "2019-06-01", "Bernie Sanders", "USALEG"),
    ("Irish Prime Minister Simon Harris met Macron. Harris said the talks went well.",
     "2024-06-01", "Simon Harris", "IRLGOV"),
])
def test_actors_surnames_weak_surname_after_full_name(
        nlp: Any, text: str, date: str, name: str, code: str) -> None:
    from redline.actors import resolve_actors

    surname = name.split()[-1]
    bare = [a for a in resolve_actors(nlp(text), published=date) if a.text == surname]
    assert bare and all((a.name, a.code) == (name, code) for a in bare)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "expected"), [
    # no earlier full name: the weak holder is not read, a strong holder keeps the surname
    ("Gabriel said the coalition would hold.", "2017-06-01", "Sigmar Gabriel"),
    ("Blair said the war was right.", "2005-06-01", "Tony Blair"),
    ("Japarov said the border would open.", "2022-06-01", "Sadyr Japarov"),
    ("Popescu said the troops would stay.", "2022-06-01", None),
    ("Ahmed said the police fired on protesters.", "2022-06-01", None),
    ("May said the deal would pass.", "2018-06-01", None),
    ("Rice said the talks had failed.", "2006-06-01", None),
    # the full name after the bare one does not reach back
    ("Popescu said the troops would stay. Nicu Popescu later met envoys.", "2022-06-01", None),
])
def test_actors_surnames_weak_surname_alone(
        nlp: Any, text: str, date: str, expected: str | None) -> None:
    from redline.actors import resolve_actors

    first = next(iter(text.split()))
    bare = [a.name for a in resolve_actors(nlp(text), published=date)
            if a.text == first and a.start == 0]
    assert bare == ([expected] if expected else []), bare


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "mention", "name", "code"), [
    # a title before a weak surname decides it: the one holder of the office
    ("Foreign Minister Borg said the talks went well.", "2023-06-01",
     "Foreign Minister Borg", "Ian Borg", "MLTGOV"),
    ("Moldovan Foreign Minister Popescu said the troops would stay.", "2022-06-01",
     "Moldovan Foreign Minister Popescu", "Nicu Popescu", "MDAGOV"),
    ("Prime Minister May said the deal would pass.", "2018-06-01",
     "Prime Minister May", "Theresa May", "GBRGOV"),
])
def test_actors_surnames_weak_surname_with_title(
        nlp: Any, text: str, date: str, mention: str, name: str, code: str) -> None:
    from redline.actors import resolve_actors

    found = {a.text: (a.name, a.code) for a in resolve_actors(nlp(text), published=date)}
    assert found.get(mention) == (name, code), found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "not_name"), [
    # a title or description that does not fit the weak holder's office decides nothing
    ("Moldovan activist Ahmed said the vote was rigged.", "2022-06-01", "Zainab Ahmed"),
    ("Kenyan lawmaker Popescu said the vote was rigged.", "2022-06-01", "Nicu Popescu"),
    ("Russian soldier Peters said the town fell.", "2022-06-01", "Winston Peters"),
    ("The Minister Ahmed spoke.", "2022-06-01", "Zainab Ahmed"),
])
def test_actors_surnames_weak_surname_unfitting_title(
        nlp: Any, text: str, date: str, not_name: str) -> None:
    from redline.actors import resolve_actors

    names = [a.name for a in resolve_actors(nlp(text), published=date)]
    assert not_name not in names, names


def test_actors_surnames_weak_mark_on_first_row() -> None:
    """kb reads a person's surname from the first row found (people.csv, then the other files
    in name order): a weak mark on a later row only would be silently lost."""
    from importlib import resources

    data = resources.files("redline.actors").joinpath("data")
    first: dict[str, str] = {}
    marked: set[str] = set()
    for name in people_files():
        with data.joinpath(name).open(encoding="utf-8") as fh:
            for row in csv.DictReader(line for line in fh if not line.startswith("#")):
                first.setdefault(row["name"], row["surname"])
                if row["surname"].startswith(WEAK_MARK):
                    marked.add(row["name"])
    assert not [n for n in marked if not first[n].startswith(WEAK_MARK)]
    kb = knowledge_base()
    weak = {p.name for p in kb.people if p.weak}
    listed = {p.name for p in kb.people if p.surname.casefold() in weak_surnames()}
    assert weak == marked | listed
    assert all(not p.surname.startswith(WEAK_MARK) for p in kb.people)


def test_actors_surnames_weak_surname_not_looked_up_alone() -> None:
    """`redline actor Popescu` does not answer with the minister from his bare surname."""
    from redline.actors.lookup import lookup_actor

    try:
        alone = lookup_actor("Popescu", "2022-06-01").name
    except UsageError:
        alone = ""
    assert alone != "Nicu Popescu"
    assert lookup_actor("Nicu Popescu", "2022-06-01").code == "MDAGOV"
