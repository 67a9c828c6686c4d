"""The knowledge base's name index (``KnowledgeBase.names``): canonical names, full names and
aliases, and strong surnames -> people, built once at load and used by ``lookup_actor`` and the
quote namesakes; weak surnames are no keys, except weak_surnames.txt ones for look-ups."""

from __future__ import annotations

import pytest

from redline.actors.kb import knowledge_base, weak_surnames
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


def _scan(weak: bool) -> dict[str, set[int]]:
    """The keys a plain scan of every person gives (what lookup_actor read before the index)."""
    out: dict[str, set[int]] = {}
    for i, p in enumerate(knowledge_base().people):
        surnames = (p.surname,) if not p.weak or (weak and not p.marked) else ()
        for label in (p.name, *p.aliases, *surnames):
            if fold(label):
                out.setdefault(fold(label), set()).add(i)
    return out


@pytest.mark.parametrize("weak", [False, True])
def test_kb_names_index_matches_a_scan_of_all_people(weak: bool) -> None:
    """The index gives exactly what a scan of every person gives: no key and no person more or
    less (strong surnames for the document side; look-ups also weak_surnames.txt ones)."""
    names = knowledge_base().names
    scan = _scan(weak)
    assert names.keys(weak=weak) == set(scan)
    assert all(set(names.called(k, weak=weak)) == scan[k] for k in scan)


@pytest.mark.parametrize("surname", ["May", "Rice", "Kim", "Wang"])
def test_kb_names_listed_surnames_make_every_bearer_weak(surname: str) -> None:
    kb = knowledge_base()
    bearers = [p for p in kb.people if p.surname == surname]
    assert fold(surname) in weak_surnames() and bearers and all(p.weak for p in bearers)
