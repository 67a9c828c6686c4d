"""The phrase lexicon's people come from the knowledge base's name index (one mechanism:
``NameIndex.phrases``), with the same keys and entries as the people rows give (r10-18k)."""

from __future__ import annotations

from dataclasses import replace

import pytest


def test_actors_lexicon_names_read_from_index() -> None:
    from redline.actors.kb import knowledge_base
    from redline.actors.lexicon import build_table

    kb = knowledge_base()
    extra = (*kb.names.phrases, ("surname", "Zzyzxqw", 0))
    table = build_table(replace(kb, names=replace(kb.names, phrases=extra)))
    assert [e.label for e in table[("zzyzxqw",)]] == [kb.people[0].name]


@pytest.mark.parametrize(("phrase", "kind", "name"), [
    ("Vladimir Putin", "person", "Vladimir Putin"),
    ("Putin", "surname", "Vladimir Putin"),
    ("Popescu", "surname", "Nicu Popescu"),  # a weak surname is a lexicon key (read in context)
    ("Jimmy Carter", "person", "Jimmy Carter"),
])
def test_actors_lexicon_names_phrases(phrase: str, kind: str, name: str) -> None:
    from redline.actors.kb import knowledge_base
    from redline.actors.lexicon import lexicon

    entries = lexicon().table[tuple(phrase.lower().split())]
    people = knowledge_base().people
    assert name in {people[int(e.ref)].name for e in entries if e.kind == kind}


def test_actors_lexicon_names_every_person_once() -> None:
    """The index's phrases name every person: full name first, surname last."""
    from redline.actors.kb import knowledge_base

    kb = knowledge_base()
    firsts = [(kind, i) for kind, _, i in kb.names.phrases if kind == "surname"]
    assert [i for _, i in firsts] == list(range(len(kb.people)))
