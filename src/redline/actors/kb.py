"""The actors knowledge base: states, people with dated offices, organisations, memberships.

Loaded once per process from the CSV files in ``redline/actors/data`` (each row carries a
``provenance`` column saying where the fact comes from). Dates are ISO strings; an interval is
``start <= date < end`` (an empty ``end`` means "still in force").
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from redline.actors.gcpause import without_gc
from redline.actors.names import NameIndex, build_name_index


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(";") if v.strip())


def active(start: str, end: str, on: str) -> bool:
    """True when ``on`` lies in the half-open interval [start, end)."""
    return start <= on and (not end or on < end)


@dataclass(frozen=True, slots=True)
class State:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    region: str
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Term:
    """One office held by a person between two dates."""

    country: str
    sector: str
    role: str
    office: str
    start: str
    end: str

    def on(self, date: str) -> bool:
        return active(self.start, self.end, date)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    gender: str
    surname: str
    terms: tuple[Term, ...]
    weak: bool = False  # a weak surname: read alone only after the full name in the document
    marked: bool = False  # "~" in the surname column: no title alone lifts the weakness

    def term_on(self, date: str) -> Term | None:
        """The office held on ``date`` (the latest-started one when several overlap)."""
        found = [t for t in self.terms if t.on(date)]
        return max(found, key=lambda t: t.start) if found else None

    def last_before(self, date: str) -> Term | None:
        past = [t for t in self.terms if t.end and t.end <= date]
        return max(past, key=lambda t: t.end) if past else None


@dataclass(frozen=True, slots=True)
class Org:
    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str  # alliance | igo | programme
    parent: str


@dataclass(frozen=True, slots=True)
class Membership:
    org: str
    status: str  # member | partner | aspirant | candidate | observer | associate | suspended
    start: str
    end: str
    member: str


@dataclass(frozen=True, slots=True)
class Commitment:
    org: str
    clause: str
    label: str
    start: str
    end: str
    covers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Metonym:
    phrase: str
    code: str
    sector: str
    name: str = ""  # the body's canonical name (bodies.csv), when the phrase is one of its names

    @property
    def label(self) -> str:
        return self.name or self.phrase


@dataclass(frozen=True, slots=True)
class SectorWord:
    word: str
    sector: str
    person: bool


@dataclass(frozen=True, slots=True)
class Title:
    phrase: str
    role: str
    sector: str
    gender: str


@dataclass(frozen=True, slots=True)
class Group:
    phrase: str
    code: str
    ref: str


@dataclass(frozen=True, slots=True)
class Region:
    """A sub-national region or city: the state it belongs to on dates [start, end)."""

    phrase: str
    country: str
    start: str
    end: str
    federal: bool = False  # a unit of a federal state (federal_units.csv): an actor by its bodies


@dataclass(frozen=True, slots=True)
class Ethnic:
    """An ethnic or religious group word: ``form`` plural (an actor alone) or adj (needs a
    group noun); ``country`` the default state ("" = from the text); ``strong``: the default
    wins over the text's context."""

    phrase: str
    form: str
    country: str
    sector: str
    strong: bool


@dataclass(frozen=True)
class KnowledgeBase:
    states: dict[str, State]
    people: tuple[Person, ...]
    orgs: dict[str, Org]
    memberships: tuple[Membership, ...]
    commitments: tuple[Commitment, ...]
    metonyms: tuple[Metonym, ...]
    sectors: tuple[SectorWord, ...]
    titles: tuple[Title, ...]
    groups: tuple[Group, ...]
    by_org: dict[str, tuple[Membership, ...]] = field(default_factory=dict)
    regions: tuple[Region, ...] = ()
    ethnic: tuple[Ethnic, ...] = ()
    names: NameIndex = field(default_factory=NameIndex)

    def is_state(self, code: str) -> bool:
        return code in self.states

    def is_region(self, phrase: str) -> bool:
        """Whether ``phrase`` names a region of regions.csv or federal_units.csv ("Texas",
        "Bavaria", "Punjab"): a part of its state, whose offices are not the state's."""
        return phrase in self.region_phrases

    @cached_property
    def region_phrases(self) -> frozenset[str]:
        """Every region's phrase, once (``is_region`` is asked per role phrase)."""
        return frozenset(r.phrase for r in self.regions)

    def members_on(self, org: str, date: str, status: str = "member") -> list[str]:
        rows = self.by_org.get(org, ())
        return sorted(
            {m.member for m in rows if m.status == status and active(m.start, m.end, date)}
        )

    def statuses_of(self, member: str, date: str) -> list[Membership]:
        return [
            m
            for rows in self.by_org.values()
            for m in rows
            if m.member == member and active(m.start, m.end, date)
        ]

    def country_name(self, code: str) -> str:
        if code in self.states:
            return self.states[code].name
        org = self.orgs.get(code)
        return org.name if org else code


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("redline.actors").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _states() -> dict[str, State]:
    out = {}
    for r in _rows("states.csv"):
        out[r["iso3"]] = State(
            r["iso3"], r["name"], _split(r["aliases"]), _split(r["demonyms"]),
            _split(r["capitals"]), r["region"], _split(r["tags"]),
        )
    return out


PEOPLE_FILE = "people.csv"
WEAK_MARK = "~"  # "~Popescu" in the surname column: a weak surname (Person.weak)
FEDERAL_FILE = "federal_units.csv"  # states, provinces and Länder of federal states (r10-18k)
WEAK_FILE = "weak_surnames.txt"  # surnames weak for every bearer (common words, common names)


@lru_cache(maxsize=1)
def weak_surnames() -> frozenset[str]:
    """The folded surnames of ``weak_surnames.txt``: every bearer is weak (Person.weak)."""
    text = resources.files("redline.actors").joinpath("data", WEAK_FILE).read_text("utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(fold_key(line) for line in lines if line)


def _weak(surname: str) -> bool:
    """Whether a surname column's value is weak: marked "~" or listed in weak_surnames.txt."""
    return surname.startswith(WEAK_MARK) or fold_key(surname) in weak_surnames()


def people_files() -> list[str]:
    """``people.csv`` first, then the additional ``people_*.csv`` files in name order (rows of
    one person in several files are merged; the first row read gives aliases and gender)."""
    data = resources.files("redline.actors").joinpath("data")
    extra = sorted(f.name for f in data.iterdir()
                   if f.name.startswith("people_") and f.name.endswith(".csv"))
    return [PEOPLE_FILE, *extra]


# South Slavic letters with a caron, as English news writes names romanised from Cyrillic
# ("Kovačevski" -> "Kovachevski", "Živković" -> "Zhivkovic"; r16-18a)
CARON_DIGRAPHS = str.maketrans({"č": "ch", "š": "sh", "ž": "zh", "Č": "Ch", "Š": "Sh",
                                "Ž": "Zh"})


def digraph_spellings(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """The spellings of ``name`` and its aliases with caron letters as digraphs, where they
    differ from every spelling already given."""
    known = {name, *aliases}
    out = {n.translate(CARON_DIGRAPHS) for n in known} - known
    return tuple(sorted(out))


def _people() -> tuple[Person, ...]:
    grouped: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in (row for name in people_files() for row in _rows(name)):
        grouped[r["name"]].append(r)
    people = []
    for name, rows in grouped.items():
        first = rows[0]
        terms = tuple(
            Term(r["country"], r["sector"], r["role"], r["office"], r["start"], r["end"])
            for r in rows
        )
        surname = first["surname"] or name.split()[-1]
        aliases = _split(first["aliases"])
        people.append(Person(name, aliases + digraph_spellings(name, aliases), first["gender"],
                             surname.removeprefix(WEAK_MARK), terms, _weak(surname),
                             surname.startswith(WEAK_MARK)))
    return tuple(people)


def _orgs() -> dict[str, Org]:
    return {
        r["code"]: Org(r["code"], r["name"], _split(r["aliases"]), r["kind"], r["parent"])
        for r in _rows("orgs.csv")
    }


def _memberships() -> tuple[Membership, ...]:
    return tuple(
        Membership(r["org"], r["status"], r["start"], r["end"], member)
        for r in _rows("memberships.csv")
        for member in _split(r["members"])
    )


def _commitments() -> tuple[Commitment, ...]:
    return tuple(
        Commitment(r["org"], r["clause"], r["label"], r["start"], r["end"], _split(r["covers"]))
        for r in _rows("commitments.csv")
    )


def _metonyms() -> tuple[Metonym, ...]:
    """metonyms.csv, then the names of bodies.csv: a phrase both know takes the body's
    canonical name; a body's other names are added as metonyms of its code and sector."""
    names = {(fold_key(p), b["code"]): (p, b) for b in _rows("bodies.csv")
             for p in (b["name"], *_split(b["aliases"]))}
    out, seen = [], set()
    for r in _rows("metonyms.csv"):
        key = (fold_key(r["phrase"]), r["code"])
        body = names.get(key, ("", {}))[1]
        seen.add(key)
        out.append(Metonym(r["phrase"], r["code"], r["sector"], body.get("name", "")))
    for key, (phrase, body) in names.items():
        if key not in seen:
            out.append(Metonym(phrase, body["code"], body["sector"], body["name"]))
    return tuple(out)


def fold_key(text: str) -> str:
    return " ".join(text.split()).casefold()


@lru_cache(maxsize=1)
@without_gc
def knowledge_base() -> KnowledgeBase:
    """The knowledge base, loaded once per process."""
    memberships, people = _memberships(), _people()
    by_org: dict[str, list[Membership]] = defaultdict(list)
    for m in memberships:
        by_org[m.org].append(m)
    return KnowledgeBase(
        states=_states(),
        people=people,
        orgs=_orgs(),
        memberships=memberships,
        commitments=_commitments(),
        metonyms=_metonyms(),
        sectors=tuple(
            SectorWord(r["word"], r["sector"], r["person"] == "1") for r in _rows("sectors.csv")
        ),
        titles=tuple(
            Title(r["phrase"], r["role"], r["sector"], r["gender"]) for r in _rows("titles.csv")
        ),
        groups=tuple(Group(r["phrase"], r["code"], r["ref"]) for r in _rows("groups.csv")),
        by_org={k: tuple(v) for k, v in by_org.items()},
        regions=tuple(
            Region(r["phrase"], r["country"], r["start"], r["end"], name == FEDERAL_FILE)
            for name in ("regions.csv", FEDERAL_FILE) for r in _rows(name)
        ),
        ethnic=tuple(
            Ethnic(r["phrase"], r["form"], r["country"], r["sector"], r["strong"] == "1")
            for r in _rows("ethnic.csv")
        ),
        names=build_name_index(people, _fold),
    )


def _fold(text: str) -> str:
    from redline.actors.queries import fold  # queries imports this module

    return fold(text)
