"""The knowledge base's name index: canonical name, full names and aliases, and surnames ->
people, built once when the knowledge base loads (``KnowledgeBase.names``).

A weak surname (``Person.weak``) is not a key of ``by_surname``: in a document it is read alone
only after the person's full name or a fitting title (``mentions.pick_person``). A surname of
``weak_surnames.txt`` is a key of ``by_weak``: a look-up (``lookup_actor``, no document) answers
it with the holder or an ambiguity, as before the index; a "~"-marked one is no look-up key.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from redline.actors.kb import Person

Index = dict[str, tuple[int, ...]]


@dataclass(frozen=True)
class NameIndex:
    by_name: dict[str, int] = field(default_factory=dict)  # canonical name -> person index
    by_label: Index = field(default_factory=dict)  # folded full name or alias -> indices
    by_surname: Index = field(default_factory=dict)  # folded strong surname -> indices
    by_weak: Index = field(default_factory=dict)  # folded listed weak surname -> indices
    # (kind, phrase, person index): every person's full name and aliases ("person"), then
    # surname ("surname", weak or not), in people order: the phrase lexicon's keys
    phrases: tuple[tuple[str, str, int], ...] = ()

    def named(self, name: str) -> int | None:
        """The index of the person whose canonical name is ``name`` (as actors carry it)."""
        return self.by_name.get(name)

    def called(self, key: str, weak: bool = False) -> tuple[int, ...]:
        """People whose full name, alias or strong surname (with ``weak``, also a surname of
        weak_surnames.txt) folds to ``key``, in index order."""
        found = {*self.by_label.get(key, ()), *self.by_surname.get(key, ()),
                 *(self.by_weak.get(key, ()) if weak else ())}
        return tuple(sorted(found))

    def keys(self, weak: bool = False) -> set[str]:
        return set(self.by_label) | set(self.by_surname) | (set(self.by_weak) if weak else set())


def _grouped(pairs: Iterable[tuple[str, int]]) -> Index:
    out: dict[str, list[int]] = defaultdict(list)
    for key, i in pairs:
        if key and i not in out[key]:
            out[key].append(i)
    return {k: tuple(v) for k, v in out.items()}


def name_phrases(people: Sequence[Person]) -> tuple[tuple[str, str, int], ...]:
    """(kind, phrase, person index) for every name of ``people``: full name and aliases
    ("person"), then the surname ("surname"), person by person."""
    return tuple((kind, phrase, i) for i, p in enumerate(people) for kind, phrase in (
        *(("person", label) for label in (p.name, *p.aliases)), ("surname", p.surname)))


def build_name_index(people: Sequence[Person], key: Callable[[str], str]) -> NameIndex:
    """The index of ``people`` with names folded by ``key``."""
    phrases = name_phrases(people)
    labels = ((key(phrase), i) for kind, phrase, i in phrases if kind == "person")
    surnames = [(key(phrase), i) for kind, phrase, i in phrases if kind == "surname"]
    strong = ((k, i) for k, i in surnames if not people[i].weak)
    weak = ((k, i) for k, i in surnames if people[i].weak and not people[i].marked)
    by_name: dict[str, int] = {}
    for i, p in enumerate(people):
        by_name.setdefault(p.name, i)
    return NameIndex(by_name, _grouped(labels), _grouped(strong), _grouped(weak), phrases)
