"""Places resolved offline to a gazetteer entry (name, country, coordinates, id).

Mentions come from three cheap sources: our region/feature table (one regex compiled
once: "the Ukraine border", "Crimea", "the Strait of Hormuz"), generic borders ("the
Polish border"), and spaCy's GPE/LOC/FAC entities plus proper nouns after a locative
preposition. A country name is a place only where it is used as one ("in Ukraine",
"Ukraine's border"); "Russia denies" is an actor, not a place. Ambiguous city names are
resolved by the US states the document names, then the document's countries, then
population (Moscow is Russia's unless the document is about Idaho).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from spacy.tokens import Doc, Span

from redline.dates_rules import MONTH_NAMES, WEEKDAYS
from redline.doctext import doc_text
from redline.fastre import compile_fast
from redline.gazetteer import Entry, Gazetteer, fold, load_gazetteer
from redline.model import Actor, Place
from redline.us_states import code_after_town, state_after_comma

LOC_PREPS = frozenset(
    [
        "in",
        "into",
        "inside",
        "within",
        "near",
        "at",
        "across",
        "throughout",
        "along",
        "outside",
        "around",
        "through",
        "over",
        "off",
        "towards",
        "toward",
        "beyond",
    ]
)
LOC_NOUNS = frozenset(
    [
        "border",
        "borders",
        "frontier",
        "territory",
        "soil",
        "airspace",
        "waters",
        "coast",
        "capital",
        "region",
        "city",
        "province",
        "frontline",
        "front",
        "city",
        "countryside",
    ]
)
MOVE_PREPS = LOC_PREPS | {"to", "from", "via"}  # "flew to Kyiv": for cities, not countries
BIG_CITY = 1_000_000
STATE_OR_CITY = 500_000  # "Washington" is the city, "Georgia" the state, when both exist
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_BORDER = compile_fast(
    r"\b(?:the\s+)?(?P<c>U\.S\.|[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?)(?:'s|’s)?\s+(?:borders?|frontier)\b"
    r"|\bthe\s+borders?\s+(?:with|of)\s+(?P<c2>U\.S\.|[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?)"
)
_THE = re.compile(r"^(?:the|The)\s+")


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    entry: Entry | None
    candidates: tuple[Entry, ...] = ()  # ambiguous city candidates, by population


@lru_cache(maxsize=1)
def _region_rx() -> re.Pattern[str]:
    alts = "|".join(re.escape(a) for a in load_gazetteer().region_aliases)
    return compile_fast(rf"(?<![\w-])(?:{alts})(?![\w-])")


def find_places(doc: Doc, actors: Sequence[Actor] = ()) -> list[Place]:
    """Every place mention in ``doc`` resolved to a gazetteer entry (never raises)."""
    text = doc_text(doc)
    if not text.strip():
        return []
    gz = load_gazetteer()
    mentions = _collect(doc, text, gz, actors)
    context = _doc_context(doc, gz, mentions, actors)
    out = []
    for m in mentions:
        entry = _choose(m, context) if m.candidates else m.entry
        out.append(_to_place(text, m.start, m.end, entry))
    return out


def _to_place(text: str, start: int, end: int, e: Entry | None) -> Place:
    words = text[start:end]
    if e is None:  # a place the gazetteer does not know: named, but unresolved
        return Place(words, start, end, _THE.sub("", words), None, None, None, None, None)
    return Place(words, start, end, e.name, e.country, e.lat, e.lon, e.gid, e.feature)


def _collect(doc: Doc, text: str, gz: Gazetteer, actors: Sequence[Actor]) -> list[_Mention]:
    found: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    for m in _iter_mentions(doc, text, gz, actors):
        if any(m.start < e and s < m.end for s, e in taken):
            continue
        taken.append((m.start, m.end))
        found.append(m)
    found.sort(key=lambda m: m.start)
    return found


def _iter_mentions(
    doc: Doc, text: str, gz: Gazetteer, actors: Sequence[Actor]
) -> Iterator[_Mention]:
    for m in _region_rx().finditer(text):
        yield _Mention(m.start(), m.end(), gz.regions[m.group().lower()])
    for m in _BORDER.finditer(text):
        border = _border(gz, m.group("c") or m.group("c2"))
        if border is not None:
            yield _Mention(m.start(), m.end(), border)
    for span in _candidate_spans(doc, gz):
        mention = _lookup_span(span, gz, actors)
        if mention is not None:
            yield mention


def _border(gz: Gazetteer, name: str) -> Entry | None:
    c = gz.countries.get(name.lower()) or gz.demonyms.get(name.lower())
    if c is None or c.country is None:
        return None
    return Entry(
        f"{c.name} border",
        c.country,
        c.lat,
        c.lon,
        f"redline:border-{c.country.lower()}",
        "feature",
    )


def _candidate_spans(doc: Doc, gz: Gazetteer) -> Iterator[Span]:
    """GPE/LOC/FAC entities, big cities mislabelled as people, proper nouns after "in"."""
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS or _big_city(ent, gz):
            yield ent
    for tok in doc:
        if tok.lower_ not in MOVE_PREPS or tok.i + 1 >= len(doc):
            continue
        j = tok.i + 1 + (doc[tok.i + 1].lower_ == "the")
        k = j
        while k < len(doc) and k - j < 4 and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1
        if k > j and not _non_place(doc[j:k], strict=tok.lower_ not in LOC_PREPS) \
                and not _name_of(doc, k):
            yield doc[j:k]


def _name_of(doc: Doc, k: int) -> bool:
    """Capitalised words going on with "of" and a capitalised word are the first part of a
    longer name ("at the University of Idaho"), not a place of their own (r11-18)."""
    return (k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].text[:1].isupper()
            and doc[k + 1].is_alpha)


# capitalised words after "in"/"on" that are no places ("in May", "on Monday", "God")
_NOT_PLACES = frozenset({*MONTH_NAMES, *WEEKDAYS, "god"})


_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP"})  # the small model's usual mistakes


def _non_place(span: Span, *, strict: bool) -> bool:
    """Tagged by NER as something else (a date; after "to"/"from" also a person), or a
    calendar word. After "in"/"near" a one-word PERSON/ORG is taken as a possible place."""
    if span.text.lower() in _NOT_PLACES:
        return True
    allowed = PLACE_LABELS if strict or len(span) > 1 else PLACE_LABELS | _NAME_LABELS
    return any(t.ent_type_ and t.ent_type_ not in allowed for t in span)


def _big_city(ent: Span, gz: Gazetteer) -> bool:
    """A one-word PERSON/ORG entity that is the name of a city of a million people or more."""
    if len(ent) != 1 or ent.label_ not in _NAME_LABELS:
        return False
    cands = gz.cities.get(ent.text.lower())
    return cands is not None and cands[0].population >= BIG_CITY


def _lookup_span(span: Span, gz: Gazetteer, actors: Sequence[Actor]) -> _Mention | None:
    name = _THE.sub("", span.text).strip().lower()
    start = span.start_char
    if name in gz.regions:
        return _Mention(start, span.end_char, gz.regions[name])
    state = _postal_state(span, gz)
    if state is not None:
        return _Mention(start, span.end_char, state)
    if name in gz.countries:
        town = _us_town(span, gz, name)
        if town is not None:
            return _Mention(start, span.end_char, town)
        if not _locative(span):
            return None
        return _Mention(start, span.end_char, gz.countries[name])
    primary = gz.cities.get(name) or gz.cities.get(fold(name))
    cands = primary or gz.city_alts.get(name)
    if name in gz.admins and not (cands and cands[0].population >= STATE_OR_CITY):
        return _Mention(start, span.end_char, gz.admins[name])
    if cands:
        town = _us_town(span, gz, name)
        if town is not None:
            return _Mention(start, span.end_char, town)
        alternate = None if primary else cands[0].country
        if _metonym(span, actors) or _actor_not_city(span, actors, alternate):
            return None
        return _Mention(start, span.end_char, cands[0], cands)
    if span.label_ in ("GPE", "LOC") and _locative(span):
        return _Mention(start, span.end_char, None)
    return None


def _us_town(span: Span, gz: Gazetteer, name: str) -> Entry | None:
    """"Lebanon, Ohio", "Mexico, MO", "Paris, Tenn.": a country's or city's name before a comma
    and a US state (its name, postal code or AP abbreviation) is the US town of that state,
    when the gazetteer has it (r11-18)."""
    state = _state_after(span.doc, span.end, gz)
    towns = [c for c in gz.cities.get(name, ()) if c.country == "USA" and c.admin1 == state]
    return towns[0] if state and towns else None


def _state_after(doc: Doc, k: int, gz: Gazetteer) -> str | None:
    """The postal code of the US state named after a comma at token ``k``, if one is."""
    after = state_after_comma(doc, k)
    if after is None or after.code:
        return after.code if after else None
    names = (n.lower() for n, _ in after.names)
    return next((gz.admins[n].admin1 for n in names if n in gz.admins), None)


def _postal_state(span: Span, gz: Gazetteer) -> Entry | None:
    """A US state's postal code after a town and a comma ("Shreveport, LA", "Jordan, NY") is
    that state, not the city the same initials name elsewhere (Los Angeles, New York City)."""
    code = code_after_town(span.doc, span.start) if len(span) == 1 else None
    return gz.admin_codes.get(code) if code else None


def _first_conjunct(span: Span) -> Span:
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    return span.doc[root.i : root.i + 1] if root is not span.root else span


def _locative(span: Span, preps: frozenset[str] = LOC_PREPS) -> bool:
    """Used as a place: object of a locative preposition or modifier of a place noun."""
    doc = span.doc
    prev = span.start - 1
    if prev >= 0 and doc[prev].lower_ == "the":
        prev -= 1
    if prev >= 0 and doc[prev].lower_ in preps and not _according(doc, prev):
        return True
    root = _first_conjunct(span).root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in preps and not _according(doc, head.i):
        return True
    return root.dep_ in ("compound", "poss") and head.lower_ in LOC_NOUNS


def _according(doc: Doc, i: int) -> bool:
    return i > 0 and doc[i].lower_ == "to" and doc[i - 1].lower_ in ("according", "due")


def _metonym(span: Span, actors: Sequence[Actor]) -> bool:
    """A capital standing for its government as a subject ("Moscow denies")."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(a.start < span.end_char and span.start_char < a.end for a in actors)


def _actor_not_city(span: Span, actors: Sequence[Actor], alternate: str | None) -> bool:
    """A city's name that the actor stage read as a person, word for word ("lost to Clinton",
    "attacks against Rubio"; not "Park Ridge" around a misread "Ridge" nor "the mayor of
    London"), or a city's alternate name that it read as an actor of another country ("the
    White House", a name of Casablanca in translation; "in Kiev" stays): no place
    (``alternate``: the country of the city matched by an alternate name; r11-18)."""
    s, e = span.start_char, span.end_char
    return any((a.kind == "person" and (a.start, a.end) == (s, e)) or (
        alternate is not None and a.start < e and s < a.end and a.country != alternate)
        for a in actors if a.code)


@dataclass(frozen=True, slots=True)
class _Context:
    countries: frozenset[str]
    states: Mapping[str, tuple[int, ...]]  # US state code -> sentence indexes naming it
    sent_starts: tuple[int, ...]  # first character of each sentence


def _doc_context(
    doc: Doc, gz: Gazetteer, mentions: Sequence[_Mention], actors: Sequence[Actor]
) -> _Context:
    countries = {a.country for a in actors if a.country}
    for ent in doc.ents:
        c = gz.countries.get(_THE.sub("", ent.text).lower()) if ent.label_ == "GPE" else None
        if c is not None and c.country:
            countries.add(c.country)
    starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    states: dict[str, list[int]] = {}
    for m in mentions:
        if m.entry is None or len(m.candidates) > 1:
            continue
        if m.entry.country:
            countries.add(m.entry.country)
        if m.entry.feature == "admin" and m.entry.admin1:
            states.setdefault(m.entry.admin1, []).append(bisect_right(starts, m.start))
    named = MappingProxyType({code: tuple(ks) for code, ks in states.items()})
    return _Context(frozenset(countries), named, tuple(starts))


STATE_BONUS = 4.0  # a US state the document names outweighs ~4 orders of population
COUNTRY_BONUS = 0.8  # a country the document is about outweighs a ~6x population gap


def _choose(m: _Mention, ctx: _Context) -> Entry:
    """The candidate of most weight. A US town takes the bonus of its state named in the
    document, but against a city of a million or more abroad only from a state named in the
    same sentence ("Moscow, Idaho"; "attacks in Paris" with Texas named elsewhere is France's;
    r11-18)."""
    big_abroad = any(c.country != "USA" and c.population >= BIG_CITY for c in m.candidates)
    here = bisect_right(ctx.sent_starts, m.start)

    def score(e: Entry) -> float:
        s = math.log10(max(e.population, 1))
        if e.country in ctx.countries:
            s += COUNTRY_BONUS
        named = ctx.states.get(e.admin1 or "", ()) if e.country == "USA" else ()
        if named and (not big_abroad or here in named):
            s += STATE_BONUS
        return s

    return max(m.candidates, key=score)
