"""The people files' surname column (scripts/check_surnames.py): no row the knowledge base reads
holds a person's whole name as surname, unless the whole name rightly stands there (a regnal
name, a particle of descent, a family name written first, a last word read as something else)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from check_people import read_rows  # noqa: E402
from check_surnames import exempt, whole_name_surnames  # noqa: E402


def test_kb_surname_column_no_whole_names() -> None:
    found = whole_name_surnames(read_rows())
    assert not found, [f"{r.file}:{r.line} {r.fields['name']}" for r in found]


def _fields(name: str, country: str) -> dict[str, str]:
    return {"name": name, "country": country, "surname": name}


@pytest.mark.parametrize(("name", "country", "ok"), [
    ("Bernie Sanders", "USA", False),
    ("Simon Harris", "IRL", False),
    ("Charles III", "GBR", True),  # regnal
    ("King Philippe", "BEL", True),
    ("Abdullah bin Abdulaziz", "SAU", True),  # particle of descent
    ("Saud al-Faisal", "SAU", True),
    ("Abdul Hamid", "BGD", True),  # "Abdul Hamid": one compound name
    ("Li Peng", "CHN", True),  # family name first
    ("Min Aung Hlaing", "MMR", True),
    ("Bill English", "NZL", True),  # "English": a demonym
    ("Godwin Friday", "VCT", True),  # a weekday
])
def test_kb_surname_column_exempt(name: str, country: str, ok: bool) -> None:
    assert exempt(_fields(name, country)) is ok


def test_kb_surname_column_first_row_only() -> None:
    """A later row's surname is not read (the first row gives it), so it is not reported."""
    from check_people import Row

    rows = [Row("a.csv", 2, {"name": "Ann Example", "surname": "", "country": "USA"}),
            Row("b.csv", 2, {"name": "Ann Example", "surname": "Ann Example", "country": "USA"}),
            Row("b.csv", 3, {"name": "Bo Example", "surname": "Bo Example", "country": "USA"})]
    assert [r.fields["name"] for r in whole_name_surnames(rows)] == ["Bo Example"]


@pytest.mark.parametrize(("name", "surname"), [
    ("Aguila Saleh Issa", "Saleh"),  # the press's "Saleh", not the last word
    ("Mustafa Abdul Jalil", "Abdul Jalil"),  # a compound name with "Abdul"
    ("Abdul Hamid", "Abdul Hamid"),
    ("Kao Kim Hourn", "Kao"),  # Cambodian, family name first, on an ASEAN row
])
def test_kb_surname_column_family_name(name: str, surname: str) -> None:
    from redline.actors.kb import knowledge_base

    kb = knowledge_base()
    idx = kb.names.named(name)
    assert idx is not None and kb.people[idx].surname == surname


@pytest.mark.slow
def test_kb_surname_column_saleh_after_full_name(nlp: Any) -> None:
    from redline.actors import resolve_actors

    text = ("Libyan parliament speaker Aguila Saleh met Haftar in Cairo. Saleh said elections "
            "would be held in December.")
    found = {a.text: a.name for a in resolve_actors(nlp(text), published="2021-06-01")}
    assert found.get("Saleh") == "Aguila Saleh Issa", found
