"""The background layer: the Phoenix/PETRARCH2 actor dictionaries (tens of thousands of names with
date-restricted codes), compiled by ``scripts/build_background.py`` into package data.

It sits below our curated knowledge base: a background phrase becomes a mention only where the
curated resolver found nothing, or found only an actor without a country (an unknown person coded
from a title alone); a curated row always wins. Date restrictions are honoured against the
article's date (a restricted code in force first, else the unrestricted default).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.attrs import ORTH
from spacy.tokens import Doc

from redline.actors.bgformat import GROUPS, ORIGINS, PLACE, decode_code, token_word, words
from redline.actors.gcpause import without_gc
from redline.actors.kb import KnowledgeBase
from redline.actors.lexicon import lexicon, norm
from redline.actors.mentions import Mention
from redline.actors.scan import opposed
from redline.actors.user import IGO_PREFIXES, UserActor, UserCode
from redline.dates_rules import MONTH_NAMES, WEEKDAYS
from redline.petrarch.adapter import split_code


@dataclass(frozen=True)
class Background:
    actors: dict[tuple[str, ...], tuple[str, str]]  # words -> (encoded codes, origin tag)
    max_len: dict[str, int]  # first word -> longest phrase length
    agents: dict[tuple[str, ...], str]

    def is_place(self, key: tuple[str, ...]) -> bool:
        raw = self.actors.get(key)
        return raw is not None and raw[1] == PLACE

    def actor(self, key: tuple[str, ...]) -> UserActor | None:
        raw = self.actors.get(key)
        return _decode(key, raw[0]) if raw else None

    def calendar_group(self, key: tuple[str, ...]) -> bool:
        """A group of the non-state file named by a day or date ("Black Friday"); people of
        the countries' file keep their names ("Sunday Nkonde", "Theresa May")."""
        raw = self.actors.get(key)
        return raw is not None and raw[1] == GROUPS and calendar_name(key)

    def origin(self, key: tuple[str, ...]) -> str:
        raw = self.actors.get(key)
        return ORIGINS.get(raw[1], "") if raw else ""


def _lines(name: str) -> list[str]:
    blob = resources.files("redline.actors").joinpath("data", "background", name).read_bytes()
    return gzip.decompress(blob).decode("utf-8").splitlines()


@lru_cache(maxsize=1)
@without_gc
def background() -> Background:
    """The compiled layer, loaded once per process (codes are decoded lazily, per match)."""
    actors: dict[tuple[str, ...], tuple[str, str]] = {}
    max_len: dict[str, int] = {}
    for line in _lines("actors.tsv.gz"):
        phrase, codes, origin = line.split("\t")
        key = tuple(phrase.split())
        actors[key] = (codes, origin)
        if len(key) > max_len.get(key[0], 0):
            max_len[key[0]] = len(key)
    agents = {}
    for line in _lines("agents.tsv.gz"):
        phrase, code = line.split("\t")
        agents[tuple(phrase.split())] = code
    return Background(actors, max_len, agents)


@lru_cache(maxsize=4096)
def _decode(key: tuple[str, ...], raw: str) -> UserActor:
    codes = []
    for part in raw.split("|"):
        code, start, end = decode_code(part)
        country, sector = split_code(code)
        if country in HOME_SECTORS and sector is not None:
            code, country, sector = home_code(code, country, sector)
        codes.append(UserCode(code, country, sector, start, end))
    return UserActor(display_name(key), tuple(codes))


def home_code(code: str, kind: str, home: str) -> tuple[str, str, str | None]:
    """Phoenix's company or NGO of a state (``MNCUSA``, ``MNCUSAHLH``, ``NGOUSA``) is that
    state's business or NGO (``USABUS``, ``USANGO``), as PLOVER's agents and the article gold
    code one; followed by no state (``MNCHLH``, ``NGOHRI``) it stays as it was."""
    from redline.actors.kb import knowledge_base
    from redline.actors.queries import make_code

    if not knowledge_base().is_state(home):
        return code, kind, home
    return make_code(knowledge_base(), home, HOME_SECTORS[kind]), home, HOME_SECTORS[kind]


# a one-word Phoenix entry that is a common noun of institutions names no one alone
INSTITUTION_NOUNS = frozenset({"organization", "organisation", "group", "front", "movement",
                               "army", "party", "council", "committee", "alliance", "forces",
                               "authority", "ministry", "agency", "union", "league"})
# sectors of a state's offices: only their holders become former officials (ELI)
STATE_OFFICES = frozenset({"GOV", "MIL", "LEG", "JUD", "ELI", "COP", "SPY"})
# Phoenix's pseudo-countries of bodies based in a state, and the sector such a body has
HOME_SECTORS = {"MNC": "BUS", "NGO": "NGO"}
SMALL_WORDS = frozenset({"OF", "THE", "FOR", "AND", "IN", "ON", "TO", "DE", "DES", "DU", "LA"})


def display_name(key: tuple[str, ...]) -> str:
    """MOVEMENT FOR THE EMANCIPATION -> Movement for the Emancipation."""
    return " ".join(w.lower() if (k and w in SMALL_WORDS) else w.title()
                    for k, w in enumerate(key))


def code_on(actor: UserActor, date: str) -> UserCode | None:
    """The code in force on ``date``: a restricted code in force, else the default; with
    neither, a holder of dated offices that have all ended by ``date`` is a former official
    (ELI) of the last one's state, as a curated row codes one (before the first, nothing)."""
    code = actor.code_on(date)
    if code is not None:
        return code
    ended = [c for c in actor.codes if c.end is not None and c.end < date]
    if not ended:
        return None
    last = max(ended, key=lambda c: str(c.end))
    from redline.actors.kb import knowledge_base
    from redline.actors.queries import make_code

    kb = knowledge_base()
    if not kb.is_state(last.country) or last.sector not in STATE_OFFICES:
        return None  # a rebel or party man out of his dated code is no former official
    return UserCode(make_code(kb, last.country, "ELI"), last.country, "ELI", None, None)


def _kind(kb: KnowledgeBase, code: UserCode) -> str:
    if kb.is_state(code.country):
        return "state"
    if code.code.startswith(IGO_PREFIXES) or code.country in kb.orgs:
        return "igo"
    return "other"


def _doc_words(doc: Doc) -> tuple[list[str], list[int]]:
    """Normalized words of the doc's tokens and, for each, its token index."""
    out, index = [], []
    strings = doc.vocab.strings
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):  # no Token objects: fast
        w = token_word(strings[orth])
        if w:
            out.append(w)
            index.append(i)
    return out, index


def _proper(doc: Doc, start: int, end: int) -> bool:
    """A match must look like a name: a capitalised first token, and a proper noun or entity
    when it is a single word; not what is opposed ("anti-Syria"), and not a phrase our curated
    lexicon knows (its rows decided, even when they left the phrase out)."""
    first = doc[start]
    if not first.text[:1].isupper() or opposed(doc, start) or _date(doc, start, end):
        return False
    if end - start == 1 and first.lower_ in INSTITUTION_NOUNS:
        return False  # "Organization" ends many names ("Atomic Energy Organization of Iran")
    words = tuple(norm(t.text) for t in doc[start:end])
    while words[:1] in (("the",), ("a",), ("an",)) and len(words) > 1:
        words = words[1:]  # "The European Union": the curated row for the name decides
    if tuple(norm(t.text) for t in doc[start:end]) in lexicon().table or words in lexicon().table:
        return False
    return end - start > 1 or first.pos_ == "PROPN" or bool(first.ent_type_)


MONTHS = frozenset(MONTH_NAMES)


def _date(doc: Doc, start: int, end: int) -> bool:
    """"May 15", "17 November": a date, whatever group took it for a name."""
    words = [t for t in doc[start:end]]
    return len(words) == 2 and any(t.lower_ in MONTHS for t in words) and any(
        t.like_num for t in words)


def background_mentions(kb: KnowledgeBase, doc: Doc, date: str) -> list[Mention]:
    """Every longest background phrase in ``doc`` with a code in force on ``date``; place names
    (provinces, cities) are left to the curated places: where something happens, not who."""
    bg = background()
    ws, index = _doc_words(doc)
    out: list[Mention] = []
    people: set[int] | None = None  # the persons' tokens, found at the first mention
    i = 0
    while i < len(ws):
        size = _longest(bg, ws, i) if ws[i] in bg.max_len else 0
        if not size:
            i += 1
            continue
        start, end = index[i], index[i + size - 1] + 1
        key = tuple(ws[i : i + size])
        actor = None if bg.is_place(key) else bg.actor(key)  # places: where, not who
        code = code_on(actor, date) if actor else None
        if actor and code and _proper(doc, start, end) and not bg.calendar_group(key):
            people = _people(doc) if people is None else people
            out.append(_mention(kb, actor, code, (start, end), people))
        i += size
    return out


CALENDAR_WORDS = frozenset(w.upper() for w in (*MONTH_NAMES, *WEEKDAYS))


def calendar_name(key: tuple[str, ...]) -> bool:
    """A name read as a date in running text: two words, one a day or month ("Black Friday",
    "17 November", "May 15", "21 June" are armed groups of the Phoenix file; in news they are
    days). Longer names stay ("April 19 Movement"; r11-18)."""
    return len(key) <= 2 and bool(CALENDAR_WORDS & set(key))


def _people(doc: Doc) -> set[int]:
    return {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}


def _longest(bg: Background, ws: list[str], i: int) -> int:
    for size in range(min(bg.max_len.get(ws[i], 0), len(ws) - i), 0, -1):
        if tuple(ws[i : i + size]) in bg.actors:
            return size
    return 0


def _mention(kb: KnowledgeBase, actor: UserActor, code: UserCode, span: tuple[int, int],
             people: set[int]) -> Mention:
    start, end = span
    # only office holders carry dated codes in the Phoenix files
    is_person = any(k in people for k in range(start, end)) or any(c.restricted
                                                                  for c in actor.codes)
    kind = "person" if is_person else _kind(kb, code)
    m = Mention(start, end, actor.name, code.code, code.country, code.sector, kind,
                named=is_person)
    m.ref = "background"
    return m


def _weak(m: Mention) -> bool:
    """A mention of ours without a country: an unknown person coded from a title alone, or an
    unresolved name. Background knowledge of the name beats it."""
    return not m.country and not m.ref.startswith(("pronoun", "the:", "group"))


def _inside(m: Mention, b: Mention) -> bool:
    """A bare place or state of ours strictly inside a longer background name ("the Niger Delta" in
    "Movement for the Emancipation of the Niger Delta"): the longer name is the actor."""
    longer = b.start <= m.start and m.end <= b.end and (b.end - b.start) > (m.end - m.start)
    return longer and m.kind != "person" and not m.named and not m.sector


def merge_background(ours: list[Mention], theirs: list[Mention]) -> list[Mention]:
    """Ours plus background mentions that overlap nothing of ours or only weak mentions
    (which they replace, the span widened to cover both: "General X" where X is known)."""
    out = list(ours)
    for b in theirs:
        hit = [m for m in ours if m.start < b.end and b.start < m.end]
        if not all(_weak(m) or _inside(m, b) for m in hit):
            continue
        for m in hit:
            out.remove(m)
        if hit:
            b.start = min(b.start, *(m.start for m in hit))
            b.end = max(b.end, *(m.end for m in hit))
        out.append(b)
    return sorted(out, key=lambda m: m.start)


def lookup(name: str) -> tuple[tuple[str, ...], UserActor] | None:
    """The background entry of a name (its normalized words), if any."""
    key = words(name)
    if key and key[0] == "THE":
        key = key[1:]
    actor = background().actor(key) if key else None
    return (key, actor) if actor else None
