"""Bare surnames: when a known person's surname in the text is someone else's.

The lexicon reads "Trump" as Donald Trump wherever it stands. The text may say otherwise:
"Ivanka Trump" (another given name), "General Michel Aoun" (a first name of a longer
name), "of Ashton, Md." (a town), "Mark Cuban ... Cuban said" (a person, not a demonym), or a
surname the article gives in full to someone else while its known bearer is out of office on
its date or never named in full nor titled in it ("Jim Bennett", "German Ortega").
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from spacy.tokens import Doc, Token

from redline.actors.kb import KnowledgeBase, Person, knowledge_base
from redline.actors.lexicon import lexicon, norm
from redline.actors.misreads import headline
from redline.actors.scan import Item


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name (lower case) -> 'f' or 'm', read once from the package data."""
    ref = resources.files("redline.actors").joinpath("data/given_names.csv")
    with ref.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {r["name"]: r["gender"] for r in rows if r["gender"] in ("f", "m")}


def bare_surname(it: Item) -> bool:
    """Whether the item reads only as a known person's surname (not their full name)."""
    return bool(it.of("surname")) and not it.of("person")


def without_surname(it: Item) -> Item | None:
    """The item without its surname readings (None when nothing else is left)."""
    rest = tuple(e for e in it.entries if e.kind != "surname")
    return Item(it.start, it.end, rest) if rest else None


def surnames_of_others(doc: Doc, kb: KnowledgeBase, date: str, items: Iterable[Item],
                       person_ents: dict[int, int]) -> set[str]:
    """Surnames the article gives to someone else in full ("Senator Bernie Sanders", "Jim
    Bennett", "German Ortega"), whose known bearers are out of office on its date or never
    named in full nor titled in it: there the bare surname is that other person."""
    items = list(items)
    named = {e.label for it in items for e in it.of("person")}
    titled = {doc[it.start:it.end].text for before, it in pairwise(items)
              if bare_surname(it) and before.of("title") and before.end == it.start}
    out: set[str] = set()
    for it in items:
        first = _first_name(doc, it, person_ents) if bare_surname(it) else None
        if first is None:
            continue
        text = doc[it.start:it.end].text
        if all(not _same_given(first, p) and (p.term_on(date) is None or (
                p.name not in named and text not in titled)) for p in _bearers(kb, it)):
            out.add(text)
    return out


def someone_else(doc: Doc, kb: KnowledgeBase, it: Item, person_ents: dict[int, int]) -> bool:
    """Whether this bare surname names someone other than its known bearers here."""
    return (_name_goes_on(it, person_ents) or _hometown(doc, it)
            or _other_given_name(doc, kb, it) or _given_before_unknown(doc, it)
            or _in_other_name(doc, it))


def _bearers(kb: KnowledgeBase, it: Item) -> list[Person]:
    return [kb.people[int(e.ref)] for e in it.of("surname")]


def _first_name(doc: Doc, it: Item, person_ents: dict[int, int]) -> str | None:
    """The first word of the PERSON entity a surname item ends, if it ends a longer one."""
    start = next((s for s, e in person_ents.items() if s < it.start and e == it.end), None)
    return None if start is None else doc[start].lower_


def _given_names(person: Person) -> set[str]:
    return {w.lower() for name in (person.name, *person.aliases) for w in name.split()}


def _same_given(first: str, person: Person) -> bool:
    """Whether a first name is (or may be a variant spelling of) one of the person's own."""
    return any(first[:3] == name[:3] for name in _given_names(person))


def _name_goes_on(it: Item, person_ents: dict[int, int]) -> bool:
    """A surname match followed by more of the same PERSON entity is a first or middle name
    ("General Michel Aoun" is not Charles Michel)."""
    return any(s <= it.start and it.end < e for s, e in person_ents.items())


def _given_before_unknown(doc: Doc, it: Item) -> bool:
    """'Volker Perthes' (tagged an organisation, so no PERSON entity goes on): a surname that
    is the compound of the unknown proper noun right after it is that name's given name."""
    if it.end >= len(doc):
        return False
    nxt, last = doc[it.end], doc[it.end - 1]
    return (nxt.is_title and nxt.pos_ == "PROPN" and last.dep_ == "compound"
            and last.head.i == nxt.i and (norm(nxt.text),) not in lexicon().table)


def _other_given_name(doc: Doc, kb: KnowledgeBase, it: Item) -> bool:
    """'Ivanka Trump' (even where the tagger calls it a product): a known given name that is
    none of the known bearers' own stands right before the surname."""
    if it.start < 1:
        return False
    before = doc[it.start - 1]
    return before.is_title and before.lower_ in given_names() and all(
        before.lower_ not in _given_names(p) for p in _bearers(kb, it))


def _hometown(doc: Doc, it: Item) -> bool:
    """'Donna Rawlings, 59, of Ashton, Md.': a bare surname between 'of' and a comma and a
    state's short name is a town, not the known person of that surname."""
    if it.start < 1 or it.end + 1 >= len(doc) or doc[it.start - 1].lower_ not in ("of", "from"):
        return False
    nxt = doc[it.end + 1]
    return doc[it.end].text == "," and nxt.is_title and (nxt.text.endswith(".") or (
        it.end + 2 < len(doc) and doc[it.end + 2].text == "."))


def person_not_place(doc: Doc, it: Item, person_ents: dict[int, int]) -> bool:
    """'Mark Cuban spoke. Cuban also said ...': a demonym standing alone as a noun, where the
    article names a person with that surname, is that person ('Cuban officials' stays)."""
    if it.end - it.start != 1 or not it.of("state") or it.of("person", "surname"):
        return False
    tok = doc[it.start]
    if tok.tag_ != "NNP" or tok.dep_ in ("amod", "compound", "nmod"):
        return False
    return any(e - s > 1 and doc[e - 1].lower_ == tok.lower_ for s, e in person_ents.items())


def common_word(doc: Doc, kb: KnowledgeBase, it: Item, idx: int) -> bool:
    """Whether a bare weak surname read as person ``idx`` is rather an ordinary word or a
    title: a common noun or adjective modifying a noun ('Bar owners', 'Green groups'), or a
    title's noun between 'the' and 'of' ('The Shah of Iran')."""
    if not (bare_surname(it) and kb.people[idx].weak):
        return False
    tok = doc[it.start]
    if tok.pos_ in ("NOUN", "ADJ") and tok.dep_ in ("compound", "amod"):
        return True
    after = doc[it.end].lower_ if it.end < len(doc) else ""
    return it.start > 0 and doc[it.start - 1].lower_ in ("the", "a", "an") and after == "of"


# words before a bare surname that make it part of a title or a case's name ("told The Hill",
# "Roe v. Wade"); "The" only inside a sentence (a sentence's "The Clinton campaign" is no title)
CASE_WORDS = frozenset({"v.", "vs.", "v", "vs"})


def _in_other_name(doc: Doc, it: Item) -> bool:
    """A bare surname inside another proper name (r11-18): an unknown proper noun before it as
    its compound ("Glenn Harlan Reynolds", "Fair Hill"), the surname a compound of a name
    going on with an unknown proper noun ("Condé Nast Traveller"), a capital "The" after a
    word ("told The Hill"), or a case's "v." ("Roe v. Wade")."""
    last = doc[it.end - 1]
    if it.start < 1 or headline(doc, it.start):  # a title-case headline says nothing
        return False
    if it.end < len(doc) and last.dep_ == "compound" and last.head.i > last.i \
            and _unknown_proper(doc[it.end]):
        return True
    before = doc[it.start - 1]
    if before.lower_ in CASE_WORDS or _title_the(doc, it.start - 1):
        return True
    return (before.dep_ == "compound" and before.head.i == last.i and _unknown_proper(before)
            and not before.is_sent_start)


def _title_the(doc: Doc, i: int) -> bool:
    """A capital "The" after a word, inside a sentence ("told The Hill"); not one that opens
    a sentence or a quote, or follows a colon or dash ('"The Trump campaign lied"')."""
    return doc[i].text == "The" and i > 0 and not doc[i].is_sent_start and doc[i - 1].is_alpha


def _unknown_proper(tok: Token) -> bool:
    """A capitalised proper noun no lexicon row knows (no title, party, state or person) and
    no word of a title ("Defense Secretary Carter")."""
    return (tok.is_title and tok.is_alpha and tok.pos_ == "PROPN" and not tok.is_stop
            and (norm(tok.text),) not in lexicon().table
            and tok.lower_ not in given_names() and tok.lower_ not in _title_words())


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of the knowledge base's titles and sector words, lower case."""
    kb = knowledge_base()
    phrases = [t.phrase for t in kb.titles] + [w.word for w in kb.sectors]
    return frozenset(w.lower() for p in phrases for w in p.replace("-", " ").split())
