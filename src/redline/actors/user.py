"""Users' own PETRARCH/TABARI actor and agent dictionaries, consulted by the mention resolver.

    knowledge = load_user_dictionaries("path/to/dictionaries")   # once
    actors = resolve_actors(doc, published="1995-06-01", knowledge=knowledge)

Precedence: redline's own knowledge base is consulted first; a user actor phrase becomes a
mention only where our resolver found no mention (it fills gaps). With ``override=True`` the
user's entries win instead: a user phrase replaces every mention of ours that it overlaps.
Date-restricted codes (``[USAGOV >090120]``) are honoured against the article's date: the first
restricted code in force wins, else the entry's unrestricted default. An agent word right
after (``GONDORIAN SOLDIERS``) or right before a user actor adds its sector (``[~MIL]``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from redline.actors.kb import KnowledgeBase
from redline.actors.lexicon import lexicon, norm
from redline.actors.mentions import Mention
from redline.petrarch import actors_from_petrarch, load_dictionaries

IGO_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


@dataclass(frozen=True, slots=True)
class UserCode:
    code: str
    country: str
    sector: str | None
    start: str | None
    end: str | None

    @property
    def restricted(self) -> bool:
        return self.start is not None or self.end is not None

    def valid_on(self, date: str) -> bool:
        return (self.start is None or date >= self.start) and (self.end is None or date <= self.end)


@dataclass(frozen=True, slots=True)
class UserActor:
    name: str
    codes: tuple[UserCode, ...]

    def code_on(self, date: str) -> UserCode | None:
        for c in self.codes:
            if c.restricted and c.valid_on(date):
                return c
        return next((c for c in self.codes if not c.restricted), None)


@dataclass(frozen=True)
class UserKnowledge:
    """Compiled user dictionaries: upper-case word tuples -> actors, and agent sector words."""

    actors: dict[tuple[str, ...], UserActor]
    actor_len: dict[str, int]
    agents: dict[tuple[str, ...], str]
    agent_len: dict[str, int]
    override: bool = False
    sources: tuple[str, ...] = ()
    warnings: int = 0


def _max_len(keys: Iterable[tuple[str, ...]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for key in keys:
        out[key[0]] = max(out.get(key[0], 0), len(key))
    return out


def load_user_dictionaries(
    source: str | Path | Iterable[str | Path], *, override: bool = False
) -> UserKnowledge:
    """Load PETRARCH actor and agent dictionaries (a directory, a file or a list of files).

    A missing path raises ``redline.errors.UsageError``; unreadable lines are skipped (their
    number is in ``warnings``). Verb and discard files in the directory are ignored here.
    """
    dicts = load_dictionaries(source)
    grouped: dict[tuple[str, ...], list[UserCode]] = defaultdict(list)
    names: dict[tuple[str, ...], str] = {}
    for row in actors_from_petrarch(dicts):
        key = tuple(str(row["name"]).split())
        code = UserCode(str(row["code"]), str(row["country"]), row["sector"],
                        row["start"], row["end"])
        if key and code not in grouped[key]:
            grouped[key].append(code)
            names.setdefault(key, " ".join(w.title() for w in key))
    actors = {k: UserActor(names[k], tuple(v)) for k, v in grouped.items()}
    agents: dict[tuple[str, ...], str] = {}
    for agent in dicts.agents:
        if not agent.prefix and agent.phrase.words:
            agents.setdefault(agent.phrase.words, agent.code)
    return UserKnowledge(actors, _max_len(actors), agents, _max_len(agents), override,
                         dicts.files, len(dicts.warnings))


def _longest(
    words: list[str], i: int, table: Mapping[tuple[str, ...], object], lengths: dict[str, int]
) -> int:
    """The length of the longest key of ``table`` starting at word ``i`` (0 when none)."""
    for size in range(min(lengths.get(words[i], 0), len(words) - i), 0, -1):
        if tuple(words[i : i + size]) in table:
            return size
    return 0


def _agent_after(
    kb: KnowledgeBase, know: UserKnowledge, doc: Doc, words: list[str], end: int
) -> tuple[str | None, int]:
    """(sector, new end): a user agent word, else one of our sector words, right after."""
    if end >= len(words):
        return None, end
    size = _longest(words, end, know.agents, know.agent_len)
    if size:
        return know.agents[tuple(words[end : end + size])], end + size
    for entry in lexicon().table.get((norm(doc[end].text),), ()):
        if entry.kind == "sector":
            return kb.sectors[int(entry.ref)].sector, end + 1
    return None, end


def _mention(
    kb: KnowledgeBase, actor: UserActor, code: UserCode, span: tuple[int, int],
    sector: str | None, people: set[int],
) -> Mention:
    start, end = span
    full = code.code + sector if (sector and not code.sector) else code.code
    sector = code.sector or sector
    if kb.is_state(code.country):
        kind = "state"
    elif code.code.startswith(IGO_PREFIXES) or code.country in kb.orgs:
        kind = "igo"
    else:
        kind = "other"
    is_person = any(k in people for k in range(start, end))
    return Mention(start, end, actor.name, full, code.country, sector,
                   "person" if is_person else kind, named=is_person)


def user_mentions(
    kb: KnowledgeBase, doc: Doc, know: UserKnowledge, date: str
) -> list[Mention]:
    """Every longest, non-overlapping user actor phrase in ``doc`` with a code on ``date``."""
    words = [t.text.upper() for t in doc]
    people = {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}
    out: list[Mention] = []
    i = 0
    while i < len(words):
        size = _longest(words, i, know.actors, know.actor_len)
        if not size or not doc[i].text[:1].isalnum():
            i += 1
            continue
        actor = know.actors[tuple(words[i : i + size])]
        code = actor.code_on(date)
        if code is not None:
            sector, end = _agent_after(kb, know, doc, words, i + size)
            out.append(_mention(kb, actor, code, (i, end), sector, people))
        i += size
    return out


def merge_user(ours: list[Mention], theirs: list[Mention], override: bool) -> list[Mention]:
    """Our mentions plus the user's: gaps only, or (``override``) the user's win overlaps."""

    def overlaps(m: Mention, others: list[Mention]) -> bool:
        return any(o.start < m.end and m.start < o.end for o in others)

    if override:
        return [m for m in ours if not overlaps(m, theirs)] + theirs
    return ours + [m for m in theirs if not overlaps(m, ours)]
