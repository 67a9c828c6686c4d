"""Mentions under construction, and how each kind of knowledge-base entry becomes one."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from redline.actors.kb import KnowledgeBase, Person, knowledge_base
from redline.actors.lexicon import WEAK_SURNAMES, Entry, norm
from redline.actors.queries import make_code, person_code


@dataclass
class Mention:
    """A resolved (or, with ``code`` empty, unresolved) mention over tokens [start, end)."""

    start: int
    end: int
    name: str
    code: str
    country: str | None
    sector: str | None
    kind: str
    office: str | None = None
    gender: str = ""
    role: str = ""
    person: int = -1  # index into kb.people, -1 for unknown people
    ref: str = ""  # deferred resolution: "pronoun:m", "the:title:<role>", "the:code", "group:..."
    emit: bool = True
    named: bool = False  # a named person (known, or an unknown PERSON entity)


def person_mention(kb: KnowledgeBase, idx: int, start: int, end: int, date: str) -> Mention:
    p = kb.people[idx]
    code, country, sector, office = person_code(kb, p, date)
    term = p.term_on(date)
    return Mention(
        start, end, p.name, code, country, sector, "person", office, p.gender,
        term.role if term else "", idx, named=True,
    )


def country_of(kb: KnowledgeBase, entry: Entry) -> tuple[str, str | None, str, str]:
    """(country code, sector or None, canonical name, actor kind) of a country-like entry."""
    if entry.kind == "state":
        return entry.ref, None, kb.states[entry.ref].name, "state"
    if entry.kind == "org":
        return entry.ref, None, kb.orgs[entry.ref].name, "igo"
    met = kb.metonyms[int(entry.ref)]
    kind = "state" if kb.is_state(met.code) else "igo"
    return met.code, met.sector or None, met.phrase, kind


@lru_cache(maxsize=1)
def office_index() -> dict[tuple[str, str], tuple[tuple[int, str, str], ...]]:
    """(country, role) -> (person index, start, end) for every office term."""
    kb = knowledge_base()
    index: dict[tuple[str, str], list[tuple[int, str, str]]] = defaultdict(list)
    for i, p in enumerate(kb.people):
        for t in p.terms:
            index[(t.country, t.role)].append((i, t.start, t.end))
    return {k: tuple(v) for k, v in index.items()}


def office_holder(country: str, role: str, date: str) -> int | None:
    """The one person holding ``role`` for ``country`` on ``date`` (None if none or several)."""
    if not role:
        return None
    terms = office_index().get((country, role), ())
    found = {i for i, s, e in terms if s <= date and (not e or date < e)}
    return found.pop() if len(found) == 1 else None


def pick_person(
    kb: KnowledgeBase,
    entries: list[Entry],
    date: str,
    seen: dict[int, int],
    role: str = "",
    titled: bool = False,
) -> int | None:
    """Choose the person a name or surname refers to, or None when the text does not decide."""
    full = [int(e.ref) for e in entries if e.kind == "person"]
    cands = full or [int(e.ref) for e in entries if e.kind == "surname"]
    if not cands:
        return None
    known = [c for c in cands if c in seen]
    if known:
        return max(known, key=lambda c: seen[c])
    if role:
        fitting = [c for c in cands if _role_on(kb.people[c], date) == role]
        if len(fitting) == 1:
            return fitting[0]
    weak = not full and norm(kb.people[cands[0]].surname) in WEAK_SURNAMES and not titled
    if weak:
        return None
    if len(cands) == 1:
        return cands[0]
    serving = [c for c in cands if kb.people[c].term_on(date)]
    return serving[0] if len(serving) == 1 else None


def _role_on(person: Person, date: str) -> str:
    term = person.term_on(date)
    return term.role if term else ""


def generic_mention(
    kb: KnowledgeBase,
    start: int,
    end: int,
    name: str,
    country: str,
    sector: str | None,
    kind: str,
) -> Mention:
    return Mention(start, end, name, make_code(kb, country, sector), country, sector, kind)
