"""``lookup_actor``: a name (person, state, organisation, metonym) to its code on a date."""

from __future__ import annotations

from collections import defaultdict
from contextlib import suppress
from functools import lru_cache

from redline.actors.background import code_on, lookup
from redline.actors.compose import compose_phrase
from redline.actors.gcpause import without_gc
from redline.actors.kb import KnowledgeBase, Person, knowledge_base
from redline.actors.phrase import titled_person
from redline.actors.queries import (
    ActorAnswer,
    AmbiguousNameError,
    _closest,
    curated_code,
    fold,
    make_code,
    parse_date,
    person_code,
)
from redline.actors.translit import needs_latin
from redline.actors.user import IGO_PREFIXES
from redline.errors import NotFoundError

# An index target: ("person", index) | ("state", iso3) | ("org", code) | ("metonym", index)
Target = tuple[str, object]


@lru_cache(maxsize=1)
@without_gc
def _index() -> dict[str, tuple[Target, ...]]:
    kb = knowledge_base()
    index: dict[str, list[Target]] = defaultdict(list)

    def put(label: str, target: Target) -> None:
        key = fold(label)
        if key and target not in index[key]:
            index[key].append(target)

    for key in sorted(kb.names.keys(weak=True)):  # already folded; weak surnames too
        index[key].extend(("person", i) for i in kb.names.called(key, weak=True))
    for s in kb.states.values():
        for label in (s.iso3, s.name, *s.aliases, *s.demonyms, *s.capitals):
            put(label, ("state", s.iso3))
    for o in kb.orgs.values():
        for label in (o.code, o.name, *o.aliases):
            put(label, ("org", o.code))
    for j, m in enumerate(kb.metonyms):
        put(m.phrase, ("metonym", j))
    return {k: tuple(v) for k, v in index.items()}


def _answer(kb: KnowledgeBase, target: Target, date: str) -> ActorAnswer:
    kind, ref = target
    if kind == "person":
        person = kb.people[int(str(ref))]
        code, country, sector, office = person_code(kb, person, date)
        layer = "curated" if code == curated_code(kb, person, date)[0] else "background"
        return ActorAnswer(person.name, date, code, country, sector, "person", office, layer)
    if kind == "state":
        return ActorAnswer(kb.states[str(ref)].name, date, str(ref), str(ref), None, "state", None)
    if kind == "org":
        org = kb.orgs[str(ref)]
        return ActorAnswer(org.name, date, org.code, org.code, None, "igo", None)
    met = kb.metonyms[int(str(ref))]
    sector = met.sector or None
    state_kind = "state" if kb.is_state(met.code) else "igo"
    name = met.name or f"{met.phrase} ({kb.country_name(met.code)})"
    code = make_code(kb, met.code, sector)
    return ActorAnswer(name, date, code, met.code, sector, state_kind, None)


def _pick(kb: KnowledgeBase, targets: tuple[Target, ...], date: str) -> Target | None:
    """One target, preferring people holding an office on the date; None when ambiguous."""
    if len(targets) == 1:
        return targets[0]
    people = [t for t in targets if t[0] == "person"]
    serving = [t for t in people if _person(kb, t).term_on(date)]
    if len(serving) == 1:
        return serving[0]
    non_people = [t for t in targets if t[0] != "person"]
    if not people and len({_answer(kb, t, date).code for t in non_people}) == 1:
        return non_people[0]
    return None


def _person(kb: KnowledgeBase, target: Target) -> Person:
    return kb.people[int(str(target[1]))]


def lookup_actor(name: str, as_of: str | None) -> ActorAnswer:
    """The code, country, sector and office of a named actor on a date, from the whole
    knowledge: the curated rows, else the background layer (Phoenix dictionaries), else the
    composition of country + agent from the phrase's words; ``layer`` says which answered.

    Unknown names raise NotFoundError with the closest known names; a name that fits several
    curated actors (and the date does not decide) raises AmbiguousNameError listing them.
    """
    date = parse_date(as_of)
    try:
        return _curated(name, date)
    except NotFoundError:
        if needs_latin(name) and len(name.split()) > 1:
            with suppress(NotFoundError):  # "Сергей Лавров": romanised given names vary
                return _curated(name.split()[-1], date)
        found = _background(name, date) or titled_person(name, date) or compose_phrase(
            name, date) or _respelt(name, date)
        if found is None:
            raise
        return found


FUZZY_CUTOFF = 0.85  # difflib ratio of the folded names
FUZZY_MIN = 10  # characters: short names are too easily someone else's


@lru_cache(maxsize=1)
def _long_keys() -> tuple[str, ...]:
    return tuple(k for k, targets in _index().items() if " " in k and len(k) >= FUZZY_MIN
                 and all(t[0] != "person" for t in targets))


def _respelt(name: str, date: str) -> ActorAnswer | None:
    """A body's curated name of several words spelt another way ("Ahlu Sunnah Waljama" for
    Ahlu Sunna Waljama'a): the one close name (difflib ratio >= 0.85), when nothing else
    answered. People are not guessed: a misspelt person is an error listing the closest."""
    import difflib

    key = fold(" ".join(name.split())).removeprefix("the ")
    if len(key) < FUZZY_MIN or " " not in key:
        return None
    close = difflib.get_close_matches(key, _long_keys(), n=2, cutoff=FUZZY_CUTOFF)
    kb = knowledge_base()
    answers = {(a.code, a.name): a for a in (_answer(kb, t, date) for k in close
                                             for t in _index()[k])}
    return next(iter(answers.values())) if len(answers) == 1 else None  # else: no guess


def _background(name: str, date: str) -> ActorAnswer | None:
    found = lookup(name)
    code = code_on(found[1], date) if found else None
    if found is None or code is None:
        return None
    kb = knowledge_base()
    if any(c.restricted for c in found[1].codes):
        kind = "person"  # only office holders carry dated codes in the Phoenix files
    elif kb.is_state(code.country):
        kind = "state" if not code.sector else "other"
    else:
        kind = "igo" if code.code.startswith(IGO_PREFIXES) else "other"
    return ActorAnswer(found[1].name, date, code.code, code.country, code.sector, kind, None,
                       layer="background")


def _curated(name: str, date: str) -> ActorAnswer:
    kb = knowledge_base()
    key = fold(name.strip()).removeprefix("the ")
    targets = _index().get(key) or _index().get("the " + key)
    if not targets:
        known = sorted({p.name for p in kb.people} | {s.name for s in kb.states.values()}
                       | {o.name for o in kb.orgs.values()})
        raise NotFoundError(f"unknown actor {name!r}; closest: {_closest(name, known)}")
    code = name.strip().upper()
    if ("state", code) in targets and code in kb.states:
        return _answer(kb, ("state", code), date)  # "NLD" as a state's code, not a party's
    chosen = _pick(kb, targets, date)
    if chosen is None:
        names = sorted({_answer(kb, t, date).name for t in targets})
        raise AmbiguousNameError(name, names)
    return _answer(kb, chosen, date)
