"""Date-aware queries over the knowledge base: alliance members, coverage, actor look-up."""

from __future__ import annotations

import datetime as dt
import difflib
import unicodedata
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from redline.actors.kb import KnowledgeBase, Person, active, knowledge_base
from redline.errors import NotFoundError, UsageError


class AmbiguousNameError(UsageError):
    """A name that fits several actors; ``candidates`` lists them."""

    code = "ambiguous"

    def __init__(self, name: str, candidates: list[str]) -> None:
        super().__init__(f"{name!r} is ambiguous; candidates: {', '.join(candidates)}")
        self.candidates = candidates


def parse_date(value: str | None) -> str:
    """A valid ISO date string (``None`` or "" means today); malformed dates raise UsageError."""
    if not value:
        return dt.date.today().isoformat()
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except (ValueError, TypeError, AttributeError):
        raise UsageError(f"invalid date {value!r}: expected YYYY-MM-DD") from None


def safe_date(value: str | None) -> str:
    """Like parse_date, but falls back to today instead of raising (for the coder)."""
    try:
        return parse_date(value)
    except UsageError:
        return dt.date.today().isoformat()


# curly quotes and the letters romanisations write for an apostrophe (the Hawaiian and
# Samoan okina, the Arabic ayn and hamza: "Mataʻafa", "Kaʿbah") read as "'" (r16-18a)
APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bb\u02bc\u02bf\u02be\u00b4"})


def fold(text: str) -> str:
    """Lower-case, accents removed, curly quotes straightened, Cyrillic and Greek in Latin
    letters: the key of every name index."""
    if text.isascii():  # nothing to decompose or straighten
        return text.lower()
    from redline.actors.translit import latin

    text = latin(text)
    text = text.translate(APOSTROPHES).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class AllianceAnswer:
    alliance: str
    as_of: str
    members: tuple[str, ...]
    name: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"alliance": self.alliance, "as_of": self.as_of, "members": list(self.members)}


@dataclass(frozen=True, slots=True)
class CoverageAnswer:
    state: str
    as_of: str
    covered_by: tuple[str, ...]
    member_of: tuple[str, ...]
    partner_of: tuple[str, ...]
    programmes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "as_of": self.as_of,
            "covered_by": list(self.covered_by),
            "member_of": list(self.member_of),
            "partner_of": list(self.partner_of),
        }


@dataclass(frozen=True, slots=True)
class ActorAnswer:
    name: str
    as_of: str
    code: str
    country: str | None
    sector: str | None
    kind: str
    office: str | None
    layer: str = "curated"  # which knowledge answered: curated | background | composition

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def make_code(kb: KnowledgeBase, country: str, sector: str | None) -> str:
    """CAMEO-style code: a state's code takes its sector; an IGO keeps its bare code for GOV."""
    if not sector or (not kb.is_state(country) and sector == "GOV"):
        return country
    return country + sector


def person_code(
    kb: KnowledgeBase, person: Person, date: str
) -> tuple[str, str | None, str | None, str | None]:
    """(code, country, sector, office) of a person on a date; out of office: the background's
    dated code for the name on the date where one is in force, else former elite ELI."""
    code, country, sector, office = curated_code(kb, person, date)
    if person.term_on(date) is None and country is not None and kb.is_state(country):
        from redline.actors.dated import dated_sector

        dated = dated_sector((person.name, *person.aliases), country, date, sector is None)
        if dated is not None:  # the background's office on the date (actors/dated.py)
            return make_code(kb, country, dated), country, dated, None
    return code, country, sector, office


def curated_code(
    kb: KnowledgeBase, person: Person, date: str
) -> tuple[str, str | None, str | None, str | None]:
    """:func:`person_code` from the curated rows alone."""
    term = person.term_on(date)
    if term:
        return make_code(kb, term.country, term.sector), term.country, term.sector, term.office
    past = person.last_before(date)
    if past:
        country = past.country if kb.is_state(past.country) else _home(person, kb)
        return make_code(kb, country, "ELI"), country, "ELI", None
    first = min(person.terms, key=lambda t: t.start)
    country = first.country if kb.is_state(first.country) else _home(person, kb)
    return country, country, None, None


def _home(person: Person, kb: KnowledgeBase) -> str:
    states = [t.country for t in person.terms if kb.is_state(t.country)]
    return states[0] if states else person.terms[0].country


@lru_cache(maxsize=1)
def _org_index() -> dict[str, str]:
    kb = knowledge_base()
    index: dict[str, str] = {}
    for org in kb.orgs.values():
        for label in (org.code, org.name, *org.aliases, org.code.replace("_", " ")):
            index.setdefault(fold(label), org.code)
    return index


def _closest(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=5, cutoff=0.4)
    if not close:
        close = difflib.get_close_matches(name.lower(), [k.lower() for k in known], n=5, cutoff=0.3)
    return ", ".join(close) if close else ", ".join(sorted(known)[:8])


def find_org(name: str) -> str:
    """The org code for a name or alias; NotFoundError lists the closest known names."""
    code = _org_index().get(fold(name.strip()))
    if code:
        return code
    kb = knowledge_base()
    known = sorted({o.code for o in kb.orgs.values()} | {o.name for o in kb.orgs.values()})
    closest = _closest(name, known)
    raise NotFoundError(f"unknown alliance or organisation {name!r}; closest: {closest}")


def alliance_members(name: str, as_of: str | None) -> AllianceAnswer:
    """The members (or, for a programme, the participants) of an organisation on a date."""
    date = parse_date(as_of)
    code = find_org(name)
    kb = knowledge_base()
    org = kb.orgs[code]
    statuses = {m.status for m in kb.by_org.get(code, ())} - {"suspended", "observer", "associate"}
    status = "member" if "member" in statuses or not statuses else sorted(statuses)[0]
    return AllianceAnswer(code, date, tuple(kb.members_on(code, date, status)), org.name)


def _state_code(iso3: str) -> str:
    kb = knowledge_base()
    key = iso3.strip().upper()
    if key in kb.states:
        return key
    by_name = {fold(n): s.iso3 for s in kb.states.values() for n in (s.name, *s.aliases)}
    found = by_name.get(fold(iso3.strip()))
    if found:
        return found
    known = sorted(kb.states)
    raise NotFoundError(f"unknown state {iso3!r}; closest: {_closest(key, known)}")


def coverage(iso3: str, as_of: str | None) -> CoverageAnswer:
    """Which organisations a state belongs to / partners with, and which clauses cover it."""
    date = parse_date(as_of)
    state = _state_code(iso3)
    kb = knowledge_base()
    rows = kb.statuses_of(state, date)
    member_of = sorted(
        {m.org for m in rows if m.status == "member" and kb.orgs[m.org].kind != "programme"}
    )
    partner_rows = [m for m in rows if kb.orgs[m.org].kind == "programme" or m.status == "partner"]
    partner_of = sorted({kb.orgs[m.org].parent or m.org for m in partner_rows} - set(member_of))
    programmes = sorted({kb.orgs[m.org].name for m in partner_rows})
    covered = [
        c.label
        for c in kb.commitments
        if c.org in member_of
        and active(c.start, c.end, date)
        and (not c.covers or state in c.covers)
    ]
    return CoverageAnswer(
        state, date, tuple(sorted(covered)), tuple(member_of), tuple(partner_of), tuple(programmes)
    )
