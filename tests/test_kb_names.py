"""The knowledge base's name index (``KnowledgeBase.names``): canonical names, full names and
aliases, and strong surnames -> people, built once at load and used by ``lookup_actor`` and the
quote namesakes; weak surnames (``~`` mark or ``weak_surnames.txt``) are no keys."""

from __future__ import annotations

import pytest

from redline.actors.kb import knowledge_base, weak_surnames
from redline.actors.names import build_name_index
from redline.actors.queries import fold


@pytest.mark.parametrize(("key", "name"), [
    ("vladimir putin", "Vladimir Putin"),  # full name
    ("putin", "Vladimir Putin"),  # strong surname
    ("theresa may", "Theresa May"),
    ("nicu popescu", "Nicu Popescu"),
])
def test_kb_names_key_finds_person(key: str, name: str) -> None:
    kb = knowledge_base()
    assert name in {kb.people[i].name for i in kb.names.called(key)}


@pytest.mark.parametrize(("key", "not_name"), [
    ("may", "Theresa May"),  # weak_surnames.txt
    ("popescu", "Nicu Popescu"),  # "~Popescu" in the people files
    ("rice", "Condoleezza Rice"),
])
def test_kb_names_weak_surname_is_no_key(key: str, not_name: str) -> None:
    kb = knowledge_base()
    assert not_name not in {kb.people[i].name for i in kb.names.called(key)}


@pytest.mark.parametrize("name", ["Vladimir Putin", "Theresa May", "Bernie Sanders"])
def test_kb_names_canonical_name(name: str) -> None:
    kb = knowledge_base()
    idx = kb.names.named(name)
    assert idx is not None and kb.people[idx].name == name


def test_kb_names_index_matches_a_scan_of_all_people() -> None:
    """The index gives what a scan of every person gave before it."""
    kb = knowledge_base()
    for i, p in enumerate(kb.people):
        for label in (p.name, *p.aliases, *(() if p.weak else (p.surname,))):
            assert i in kb.names.called(fold(label)), (p.name, label)
    assert kb.names == build_name_index(kb.people, fold)


@pytest.mark.parametrize("surname", ["May", "Rice", "Kim", "Wang"])
def test_kb_names_listed_surnames_make_every_bearer_weak(surname: str) -> None:
    kb = knowledge_base()
    bearers = [p for p in kb.people if p.surname == surname]
    assert fold(surname) in weak_surnames() and bearers and all(p.weak for p in bearers)
