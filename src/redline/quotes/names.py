"""Speakers named in the text whom the actors stage did not code.

Persons and organisations come from the entity tagger, with its plainer slips mended (a given
name before a proper noun is a person whatever the label; a building named after a person is
no person). A bare surname or given name stands for a person the article names in full, and
people named together as one subject ("Mr. Grassley and Mr. Leahy said") are one group actor
that a later "they" or "the two" stands for. All are uncoded (code "---").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from redline.doctext import doc_memo, doc_text
from redline.model import Actor
from redline.quotes.descriptions import media_name
from redline.quotes.gender import FEMALE, MALE, given_names, name_gender

_BODY_HEADS = frozenset({"foundation", "organization", "organisation", "institute", "center",
                         "centre", "fund", "library", "university", "college", "committee",
                         "council", "association", "society", "project", "trust", "campaign"})
_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "NORP", "EVENT", "LAW", "ORG"})
_PLACE_HEADS = frozenset({"tower", "hotel", "center", "centre", "building", "plaza", "square",
                          "street", "avenue", "road", "bridge", "airport", "park", "stadium",
                          "arena", "hall", "hospital", "church", "school", "university"})
_NAME_REACH = 2000  # characters back in which a full name is recent for a bare surname


def coordinated(doc: Doc, actors: Sequence[Actor]) -> list[Actor]:
    """'Mr. Grassley and Mr. Leahy said ...': people joined as one subject, whom a later
    'they' or 'the two' stands for (one group actor naming them all, uncoded)."""
    by_head: dict[int, Actor] = {}
    for actor in actors:
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if actor.kind == "person" and span is not None and len(span):
            by_head.setdefault(span.root.i, actor)
    out: list[Actor] = []
    for i, first in by_head.items():
        if not doc[i].dep_.startswith("nsubj"):
            continue
        rest = [by_head[c.i] for c in doc[i].children if c.dep_ == "conj" and c.i in by_head]
        if rest:
            last = rest[-1]
            pair = uncoded_actor(doc_text(doc)[first.start:last.end], first.start, last.end,
                                 " and ".join(a.name for a in (first, *rest)), "group")
            codes = {(a.code, a.country, a.sector) for a in (first, *rest)}
            if len(codes) == 1 and not first.code.startswith("---"):
                pair = replace(pair, code=first.code, country=first.country, sector=first.sector)
            out.append(pair)
    return out


def uncoded_persons(doc: Doc, actors: Sequence[Actor]) -> list[Actor]:
    """Named persons and organisations the actors stage did not code (code "---")."""
    taken = sorted((a.start, a.end) for a in actors)
    starts = [s for s, _ in taken]
    out: list[Actor] = []
    named = doc_memo(doc, "quotes.names.named", _named)
    places = {w for a in actors if a.kind == "state" for w in re.split(r"[\s-]+", a.text.lower())}
    for word, ent, kind in named.names:
        if word is not None and word in places:
            continue  # 'Karabakh' after 'Nagorno-Karabakh': a place the tagger took for a name
        k = bisect.bisect_left(starts, ent.end_char)
        inside = [(b, e) for b, e in taken[max(0, k - 20):k] if e > ent.start_char]
        if kind is None or (inside and not _outlet_around(ent, inside)):
            continue
        out.append(uncoded_actor(ent.text, ent.start_char, ent.end_char,
                                 _name_of(ent, named.full), kind))
    return out


@dataclass(frozen=True)
class _Named:
    """A document's names, read once per document (the event coreference and the quote
    stage each ask): surname -> full names, and each entity or bare surname as (its one
    word, or None for a longer name; the name without a possessive "'s"; its kind)."""

    full: dict[str, list[Span]]
    names: tuple[tuple[str | None, Span, str | None], ...]


def _named(doc: Doc) -> _Named:
    full = _full_names(doc)
    surnames = set(full)
    names: list[tuple[str | None, Span, str | None]] = []
    for ent in (*doc.ents, *_bare_surnames(doc, surnames)):
        kind = ent_kind(ent)
        word = ent[0].lower_ if len(ent) == 1 else None
        if len(ent) > 1 and ent[-1].lower_ in ("'s", "’s"):
            ent = ent[:-1]  # "Donald Trump's" names Donald Trump
        if len(ent) == 1 and ent[0].lower_ in surnames:
            kind = "person"  # 'Lynch' tagged ORG, 'Schiff' LOC after 'Loretta Lynch', 'Adam Schiff'
        names.append((word, ent, kind))
    return _Named(full, tuple(names))


def uncoded_actor(text: str, start: int, end: int, name: str, kind: str) -> Actor:
    """An actor named in the text that no code is known for (code "---")."""
    return Actor(text=text, start=start, end=end, name=name, code="---", country=None,
                 sector=None, kind=kind, sentence=None)


def _name_of(ent: Span, full: dict[str, list[Span]]) -> str:
    """The name an entity stands for: itself, or for a lone surname or given name the full
    name the article gives it ('Ham' -> 'Norman Ham', 'Jane' -> 'Jane Sanders')."""
    if len(ent) > 1:
        return ent.text
    if ent[0].lower_ in full:
        return _full_name(ent, full[ent[0].lower_])
    return _given_to_full(ent, full)


def ent_kind(ent: Span) -> str | None:
    """'person', 'group' or None for a named entity, mending the tagger's plainer slips: a
    given name before a proper noun is a person ('Carly Fiorina' tagged an organisation,
    'Ivanka Trump' a product), a building is no person ('Trump Tower')."""
    if ent.label_ == "PERSON":
        return "group" if ent[-1].lower_ in _PLACE_HEADS else "person"
    if ent.label_ in _THING_LABELS and 2 <= len(ent) <= 3 and ent[0].lower_ in given_names() \
            and all(t.pos_ == "PROPN" for t in ent):
        return "person"
    if ent.label_ == "NORP" and ent[-1].tag_ == "NNPS":
        return "group"  # 'Democrats ... They noted'
    return "group" if ent.label_ == "ORG" else None


def _full_names(doc: Doc) -> dict[str, list[Span]]:
    """Surname -> the full names of the persons who bear it, in order of mention."""
    seen: dict[str, list[Span]] = {}
    for ent in doc.ents:
        if len(ent) > 1 and ent_kind(ent) == "person":
            seen.setdefault(surname(ent), []).append(ent)
    return seen


# Generational suffixes after a surname ('Luther Stan Pate IV', 'Martin Luther King Jr.').
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def surname(name: Span) -> str:
    """A full name's surname, lower-cased, before any generational suffix."""
    words = [t.lower_ for t in name if t.lower_ != ","]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words[-1]


def _full_name(bare: Span, named: list[Span]) -> str:
    """The full name a bare surname ('Ham', 'Mr. Khan') stands for. Of several people who bear
    it: those of the gender its honorific gives, then one that reads as a name ('Ignore
    Clinton' is the tagger's slip), named in the last stretch of text before it, most often,
    the first of equals ('Marcel Lazar', not a later 'his wife, Gabriela Lazar')."""
    before = [e for e in named if e.end_char <= bare.start_char] or named
    wanted = name_gender([bare.doc[bare.start - 1].text] if bare.start > 0 else [])
    other = {MALE: FEMALE, FEMALE: MALE}.get(wanted or "")
    pool = [e for e in before if other is None or name_gender(t.text for t in e) != other]
    counts = Counter(e.text for e in named)
    given = given_names()
    if not pool:
        return before[0].text if before else bare.text
    return max(pool, key=lambda e: (e[0].lower_ in given or all(t.pos_ == "PROPN" for t in e),
                                    bare.start_char - e.start_char <= _NAME_REACH,
                                    counts[e.text])).text


def _given_to_full(given: Span, full: dict[str, list[Span]]) -> str:
    """'Donald' for the one person of that given name named in full ('Donald Trump'); 'Mr.
    Lou' for the one person named in full with that name first ('Lou Jiwei': family name
    first, and an honorific goes with the family name)."""
    names = {e.text for ents in full.values() for e in ents if e[0].lower_ == given[0].lower_}
    honoured = given.start > 0 and given.doc[given.start - 1].lower_.rstrip(".") in _HONORIFICS
    return names.pop() if len(names) == 1 and (
        given[0].lower_ in given_names() or honoured) else given.text


_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "madam", "madame"})


def _bare_surnames(doc: Doc, surnames: set[str]) -> list[Span]:
    """'Ham also noted ...': a person's surname the entity tagger left out."""
    return [doc[t.i:t.i + 1] for t in doc if t.ent_iob_ == "O" and t.is_title
            and t.lower_ in surnames and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and (
                not t.is_sent_start or t.dep_ in ("poss", "nsubj") and _bare_start(t)))]
    # 'According to Ham,', "Ham's", 'Pate claimed ...' (a sentence's subject of one word)


def _bare_start(tok: Token) -> bool:
    """A sentence-opening noun that stands alone as the subject ('Pate claimed', not 'Ham
    sandwiches are ...'), or as its first conjunct ('Pate and his allies have ...')."""
    return not any(c.dep_ in ("compound", "amod", "det", "nummod") for c in tok.children)


def _outlet_around(ent: Span, inside: list[tuple[int, int]]) -> bool:
    """A body named after a coded place or person: a news outlet ('Washington' in 'The
    Washington Post') or an organisation by its head noun ('the Clinton Foundation')."""
    if ent.label_ != "ORG" or not (media_name(ent.text) or ent[-1].lower_ in _BODY_HEADS):
        return False
    return all(ent.start_char <= b and e <= ent[-1].idx for b, e in inside)  # not its head


_LEADING = frozenset({"the", "a", "an", "some", "many", "most", "several", "other", "all",
                      "few", "these", "those", "both", "two", "three", "four", "more"})


def described_group(head: Token, words: Span) -> Actor | None:
    """'Teachers chanted', 'Most mainstream economists argue': speakers the text describes
    but does not name, a group actor named by the description (uncoded)."""
    return described(head, words, "group") if head.tag_ == "NNS" else None


def described(head: Token, words: Span, kind: str) -> Actor | None:
    """An uncoded actor of ``kind`` named by the description ``words`` of head ``head``
    ('a teacher in the east of the city', 'Most mainstream economists')."""
    if head.like_num or head.lower_ in ("percent", "%"):
        return None
    toks = list(words)
    comma = next((k for k, t in enumerate(toks) if t.i > head.i and t.text in ",;—("), None)
    toks = toks[:comma] if comma is not None else toks  # 'teachers, who ...': the noun
    while toks and (toks[0].lower_ in _LEADING or toks[0].is_punct):
        toks = toks[1:]
    if not toks:
        return None
    first, last = toks[0], toks[-1]
    text = doc_text(words.doc)[first.idx:last.idx + len(last.text)]
    return uncoded_actor(words.text, words.start_char, words.end_char, text, kind)
