"""Lookup tables compiled once per loaded dictionary set (cached by identity)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from redline.petrarch.model import (
    ActorEntry,
    AgentEntry,
    DiscardEntry,
    PetrarchDictionaries,
    Phrase,
    VerbForm,
    VerbPattern,
)

Payload = ActorEntry | AgentEntry | DiscardEntry


@dataclass(frozen=True)
class PhraseIndex:
    """First word -> (phrase, payload) candidates, longest phrase first."""

    table: dict[str, tuple[tuple[Phrase, Payload], ...]]


@dataclass(frozen=True)
class Index:
    names: PhraseIndex
    discards: PhraseIndex
    verbs: dict[str, tuple[VerbForm, ...]]
    lemmas: dict[str, tuple[VerbForm, ...]]
    patterns: dict[int, tuple[VerbPattern, ...]]


def _phrase_index(items: list[tuple[Phrase, Payload]]) -> PhraseIndex:
    table: dict[str, list[tuple[Phrase, Payload]]] = defaultdict(list)
    for phrase, payload in items:
        if phrase.words:
            table[phrase.words[0]].append((phrase, payload))
    order = {id(p): i for i, (_, p) in enumerate(items)}
    return PhraseIndex({k: tuple(sorted(v, key=lambda c: (-len(c[0].words), order[id(c[1])])))
                        for k, v in table.items()})


def _build(dicts: PetrarchDictionaries) -> Index:
    names: list[tuple[Phrase, Payload]] = [(n, a) for a in dicts.actors for n in a.names]
    names += [(g.phrase, g) for g in dicts.agents]
    verbs: dict[str, list[VerbForm]] = defaultdict(list)
    lemmas: dict[str, list[VerbForm]] = defaultdict(list)
    by_block: dict[int, list[VerbForm]] = defaultdict(list)
    for form in dicts.forms:
        verbs[form.words[form.head]].append(form)
        by_block[form.block].append(form)
    for block_no, block in enumerate(dicts.blocks):
        bases = {tuple(verb.split()) for verb in block.verbs}
        for form in by_block[block_no]:
            if form.words in bases:
                lemmas[form.words[form.head]].append(form)
    patterns = {i: tuple(sorted(b.patterns, key=lambda p: (-p.size, p.order)))
                for i, b in enumerate(dicts.blocks)}
    return Index(_phrase_index(names), _phrase_index([(d.phrase, d) for d in dicts.discards]),
                 {k: tuple(v) for k, v in verbs.items()},
                 {k: tuple(v) for k, v in lemmas.items()}, patterns)


_CACHE: dict[int, tuple[PetrarchDictionaries, Index]] = {}


def index_for(dicts: PetrarchDictionaries) -> Index:
    """The compiled index of ``dicts`` (built on first use, then reused)."""
    hit = _CACHE.get(id(dicts))
    if hit is not None and hit[0] is dicts:
        return hit[1]
    if len(_CACHE) >= 8:
        _CACHE.clear()
    index = _build(dicts)
    _CACHE[id(dicts)] = (dicts, index)
    return index
