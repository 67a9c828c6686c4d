"""The precompiled phrase lexicon: token-sequence keys -> knowledge-base entries.

Phrases are tokenized once with spaCy's rule-based English tokenizer (the same rules as the
pipeline's), so a document is matched by dictionary look-ups of token tuples, longest first.
The keys of the knowledge base's phrases that are not plain words are compiled into package data
(``data/lexicon_keys.tsv``, ``scripts/build_lexicon_keys.py``), so loading builds no tokenizer;
a phrase the file lacks (a row added since) is tokenized as before, so answers are identical.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from redline.actors.gcpause import without_gc
from redline.actors.kb import KnowledgeBase, knowledge_base
from redline.actors.queries import fold

# Kinds: state (names, demonyms, capitals) | metonym | org | person | surname | sector | title
#        | group | pronoun
PROPER = frozenset({"state", "metonym", "org", "person", "surname", "group", "ethnic"})
# Gender codes: m/f people, n ("its": a state or organisation), p ("they": a plural actor).
PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f",
    "its": "n", "they": "p", "their": "p", "them": "p",
}


# Demonyms without a regular "-s" plural ("the Chinese", "the British", "the Swiss").
NO_PLURAL = ("ese", "sh", "ch", "s", "x", "z")


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str
    ref: str  # ISO3 / org code / index into the KB tuple / gender
    exact: str = ""  # non-empty: the surface must match this exactly (acronyms like "US")
    cap: bool = False  # the first token must be capitalized
    label: str = ""  # surface form in the data (demonym/name), for names of generic actors


@dataclass(frozen=True)
class Lexicon:
    table: dict[tuple[str, ...], tuple[Entry, ...]]
    max_len: dict[str, int]


def norm(text: str) -> str:
    """The match key of one token."""
    return text.lower() if text.isascii() else fold(text)


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    import spacy

    from redline.nlp import split_dotted_hyphens

    nlp = spacy.blank("en")
    split_dotted_hyphens(nlp)  # the pipeline's rules: "U.S.-Japan" is "U.S.", "-", "Japan"
    return nlp.tokenizer


# Plain words (ASCII letters, single spaces) tokenize to themselves: keyed without the tokenizer,
# which keeps the lexicon's build fast with thousands of curated names (tests/test_actors_people.py
# checks the shortcut against the tokenizer for every phrase of the knowledge base).
_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


KEYS_FILE = "lexicon_keys.tsv"
KeyFn = Callable[[str], tuple[str, ...]]


@lru_cache(maxsize=1)
def compiled_keys() -> dict[str, tuple[str, ...]]:
    """phrase -> key, as the tokenizer gave it when the file was built (tab-separated tokens)."""
    path = resources.files("redline.actors").joinpath("data", KEYS_FILE)
    if not path.is_file():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    return {phrase: tuple(rest) for phrase, *rest in (line.split("\t") for line in lines)}


def _key(phrase: str) -> tuple[str, ...]:
    if _PLAIN.fullmatch(phrase):
        return tuple(phrase.lower().split())
    known = compiled_keys().get(phrase)
    return known if known is not None else _spacy_key(phrase)


def _spacy_key(phrase: str) -> tuple[str, ...]:
    return tuple(norm(t.text) for t in _tokenizer()(phrase) if not t.is_space)


def _is_acronym(phrase: str) -> bool:
    letters = phrase.replace(".", "")
    return len(letters) <= 4 and letters.isalpha() and letters.isupper()


class Table(defaultdict[tuple[str, ...], list[Entry]]):
    """Keys -> entries while the lexicon is built, with the function that keys a phrase."""

    def __init__(self, key: KeyFn) -> None:
        super().__init__(list)
        self.key = key


def _add(table: Table, phrase: str, entry: Entry) -> None:
    key = table.key(phrase)
    if key and entry not in table[key]:
        table[key].append(entry)


def _proper(kind: str, ref: str, phrase: str) -> Entry:
    exact = phrase if _is_acronym(phrase) else ""
    return Entry(kind, ref, exact, cap=phrase[:1].isupper(), label=phrase)


def _add_states(kb: KnowledgeBase, table: Table) -> None:
    for s in kb.states.values():
        for phrase in (s.name, *s.aliases, *s.demonyms, *s.capitals):
            _add(table, phrase, _proper("state", s.iso3, phrase))
        for dem in s.demonyms:
            if not dem.endswith(NO_PLURAL):  # "Afghans", "Sri Lankans"
                _add(table, dem + "s", _proper("state", s.iso3, dem + "s"))


def _add_people(kb: KnowledgeBase, table: Table) -> None:
    """Every name of the knowledge base's name index (``KnowledgeBase.names.phrases``)."""
    people = kb.people
    for kind, phrase, i in kb.names.phrases:
        _add(table, phrase, Entry(kind, str(i), cap=True, label=people[i].name))


def _add_rest(kb: KnowledgeBase, table: Table) -> None:
    for j, m in enumerate(kb.metonyms):
        _add(table, m.phrase, _proper("metonym", str(j), m.phrase))
    for o in kb.orgs.values():
        for phrase in (o.code, o.name, *o.aliases):
            if "_" not in phrase:
                _add(table, phrase, _proper("org", o.code, phrase))
    for j, w in enumerate(kb.sectors):
        _add(table, w.word, Entry("sector", str(j), w.word if _is_acronym(w.word) else ""))
    for j, t in enumerate(kb.titles):
        _add(table, t.phrase, Entry("title", str(j)))
        _add(table, t.phrase.title(), Entry("title", str(j)))
    for j, g in enumerate(kb.groups):
        _add(table, g.phrase, Entry("group", str(j), cap=g.phrase[:1].isupper()))
    for j, r in enumerate(kb.regions):
        _add(table, r.phrase, Entry("region", str(j), cap=True, label=r.phrase))
    for j, e in enumerate(kb.ethnic):
        _add(table, e.phrase, Entry("ethnic", str(j), cap=True, label=e.phrase))
    for word, gender in PRONOUNS.items():
        _add(table, word, Entry("pronoun", gender))


def build_table(kb: KnowledgeBase, key: KeyFn = _key) -> dict[tuple[str, ...], tuple[Entry, ...]]:
    """Every phrase of the knowledge base keyed by ``key`` (default: plain words, compiled keys,
    else the tokenizer)."""
    table = Table(key)
    _add_states(kb, table)
    _add_people(kb, table)
    _add_rest(kb, table)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
@without_gc
def lexicon() -> Lexicon:
    """The compiled lexicon (built once per process)."""
    table = build_table(knowledge_base())
    max_len: dict[str, int] = {}
    for key in table:
        max_len[key[0]] = max(max_len.get(key[0], 0), len(key))
    return Lexicon(table, max_len)
