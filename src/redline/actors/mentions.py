"""Mentions under construction, and how each kind of knowledge-base entry becomes one."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from redline.actors.kb import KnowledgeBase, Person, Term, active, knowledge_base
from redline.actors.lexicon import Entry
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
    return met.code, met.sector or None, met.label, kind


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
    found = {i for i, s, e in terms if active(s, e, date)}
    return found.pop() if len(found) == 1 else None


HEAD_ROLES_KEPT = frozenset({"head_of_state", "head_of_government"})
RANK_SECTOR = "MIL"  # a rank ("General", "Admiral"): a title of this sector with no role


def pick_person(
    kb: KnowledgeBase,
    entries: list[Entry],
    date: str,
    seen: dict[int, int],
    *,
    role: str = "",
    sector: str = "",
    gender: str = "",
    titled: bool = False,
) -> int | None:
    """Choose the person a name or surname refers to, or None when the text does not decide.

    ``gender`` comes from an honorific ('Mrs. Clinton' is not Bill Clinton); ``sector`` from a
    rank before a bare surname (preferred holders: 'Admiral X' prefers a military holder); a
    title's ``role`` picks its one holder before anyone named earlier. A weak holder of a bare
    surname is read only when named before or when the title's role fits; a ``titled`` surname
    of weak_surnames.txt ('Mr. Moon') is read too, a "~"-marked one ('Mr. Davis') is not."""
    full, cands = _candidates(entries)
    cands = _fitting(kb, cands, bool(full), role, sector, gender)
    fitting = [c for c in cands if role and _role_on(kb.people[c], date) == role]
    if len(fitting) == 1:
        return fitting[0]
    known = [c for c in cands if c in seen]
    if known:  # a bare surname of two people named before: unsure
        return max(known, key=lambda c: seen[c]) if full or len(known) == 1 else None
    if not full:
        cands = _readable_bare(kb, cands, date, titled)
    if len(cands) <= 1:
        return cands[0] if cands else None
    serving = [c for c in cands if kb.people[c].term_on(date)]
    return serving[0] if len(serving) == 1 else None


def _readable_bare(kb: KnowledgeBase, cands: list[int], date: str, titled: bool) -> list[int]:
    """The bearers a bare surname not named before may name. Where a weak bearer shares the
    surname (a common family name: "Sanders", "Reynolds"), a strong bearer is read only while
    in office on the date ("Blair" in 2005 is Tony Blair; "Sanders" in 2016 is not Sarah
    Sanders, who took office in 2017; r11-18)."""
    readable = [c for c in cands if _readable_alone(kb.people[c], titled)]
    if len(readable) == len(cands):
        return readable
    return [c for c in readable if kb.people[c].term_on(date) is not None]


def _readable_alone(person: Person, titled: bool) -> bool:
    """Whether a bare surname not named before may name ``person``: a strong surname, or a
    listed weak one (a common word) after a title; never a "~"-marked one."""
    return not person.weak or (titled and not person.marked)


def _candidates(entries: list[Entry]) -> tuple[list[int], list[int]]:
    """(people named in full, candidates): the full-name matches, else the surname matches."""
    full = [int(e.ref) for e in entries if e.kind == "person"]
    return full, full or [int(e.ref) for e in entries if e.kind == "surname"]


def _fitting(kb: KnowledgeBase, cands: list[int], full: bool, role: str, sector: str,
             gender: str) -> list[int]:
    """The candidates an honorific's gender allows; after a rank ("Admiral", "General": the
    military sector, no role) before a bare surname, the ones it fits when there are some."""
    if gender:
        cands = [c for c in cands if kb.people[c].gender in ("", gender)]
    if sector == RANK_SECTOR and not role and not full:
        fit = [c for c in cands if _fits_title(kb.people[c], sector)]
        cands = fit or cands
    return cands


def _fits_title(person: Person, sector: str) -> bool:
    """Whether a rank of ``sector`` ("Admiral", "General") fits ``person``: one of the
    person's offices, on any date, is of that sector, or the person led a state or government
    (a general who took power)."""
    return any(t.sector == sector or t.role in HEAD_ROLES_KEPT for t in person.terms)


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


HEAD_ROLES = frozenset({"head_of_state", "head_of_government", "monarch", "supreme_leader"})


def _distance(term: Term, date: str) -> int:
    """Days between ``date`` and ``term`` (0 inside it; unparsable dates sort last)."""
    from datetime import date as day

    try:
        d = day.fromisoformat(date[:10]).toordinal()
        s = day.fromisoformat(term.start[:10]).toordinal()
        e = day.fromisoformat(term.end[:10]).toordinal() if term.end else d + 1
    except ValueError:
        return 10**9
    return s - d if d < s else (d - e if d >= e else 0)


def titled_term(
    kb: KnowledgeBase, entries: list[Entry], date: str, roles: frozenset[str]
) -> tuple[int, Term] | None:
    """"President Bush" on a date when no Bush held the office: the title is the text's own
    evidence, so take the candidates' terms in one of ``roles`` (whenever they were held), and
    the term nearest the date; None when no candidate ever held such an office or the terms
    found belong to different countries."""
    cands = _candidates(entries)[1]
    terms = [(i, t) for i in cands for t in kb.people[i].terms if t.role in roles]
    if not terms or len({t.country for _, t in terms}) != 1:
        return None
    return min(terms, key=lambda it: _distance(it[1], date))


def term_mention(kb: KnowledgeBase, idx: int, term: Term, start: int, end: int,
                 sector: str | None = None) -> Mention:
    """A person coded from one of their terms (not from the article's date)."""
    p = kb.people[idx]
    own = sector or term.sector
    return Mention(start, end, p.name, make_code(kb, term.country, own), term.country, own,
                   "person", term.office, p.gender, term.role, idx, named=True)
