"""Typed records for PETRARCH/TABARI dictionaries and for the codings the pattern coder emits.

Every entry is a frozen dataclass. Phrases are stored as tuples of upper-case words, split the
way spaCy's English tokenizer splits text (see ``redline.petrarch.text.split_words``), together
with one flag per word gap: ``True`` when the dictionary joined the two words with ``_`` (they
must be adjacent), ``False`` when it used a space (other words of the same noun phrase may sit
between them).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class LoadWarning:
    """A dictionary line that could not be read; the loader skipped it."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Phrase:
    """A multi-word name: its words and, per gap, whether the words must be adjacent."""

    words: tuple[str, ...]
    joined: tuple[bool, ...] = ()


@dataclass(frozen=True)
class DatedCode:
    """One code of an actor, valid from ``start`` to ``end`` (ISO dates, inclusive; None = open).

    ``[USAGOV >090120]`` is valid after 2009-01-20, ``[HOB <950601]`` before 1995-06-01,
    ``[HOBGOV 19950601-19990815]`` in that range, ``[USA]`` always (a default).
    """

    code: str
    start: str | None = None
    end: str | None = None

    @property
    def restricted(self) -> bool:
        return self.start is not None or self.end is not None

    def valid_on(self, date: str | None) -> bool:
        if not self.restricted:
            return True
        if date is None:
            return False
        return (self.start is None or date >= self.start) and (self.end is None or date <= self.end)


@dataclass(frozen=True)
class ActorEntry:
    """An actor: its names (primary first) and its codes, date-restricted or default.

    A code may be a compound ``FRO/BIL/SAM`` (several actors); ``---`` is a known but uncoded name.
    """

    names: tuple[Phrase, ...]
    codes: tuple[DatedCode, ...]
    path: str = ""
    line: int = 0

    def code_on(self, date: str | None) -> str | None:
        """The code in force on ``date``: the first restriction that holds, else the default."""
        for dated in self.codes:
            if dated.restricted and dated.valid_on(date):
                return dated.code
        for dated in self.codes:
            if not dated.restricted:
                return dated.code
        return None


@dataclass(frozen=True)
class AgentEntry:
    """A sector word: ``PRESIDENT [~GOV]`` appends GOV, ``MSF [NGO~]`` puts NGO in front."""

    phrase: Phrase
    code: str
    prefix: bool = False
    path: str = ""
    line: int = 0


@dataclass(frozen=True)
class DiscardEntry:
    """A phrase that discards the sentence (or, with ``story``, the whole story)."""

    phrase: Phrase
    story: bool = False


@dataclass(frozen=True)
class Atom:
    """One element of a verb pattern.

    kind: ``word`` | ``synset`` | ``verb`` (``*``) | ``source`` (``$``) | ``target`` (``+``)
    | ``compound`` (``%``) | ``skip`` (``^``). ``joined`` is True when ``_`` ties it to the
    element written before it (they must be adjacent).
    """

    kind: str
    value: str = ""
    joined: bool = False


@dataclass(frozen=True)
class VerbPattern:
    """``- <words before> * <words after> [CODE]``: ``before`` is nearest-to-verb first."""

    before: tuple[Atom, ...]
    after: tuple[Atom, ...]
    code: str
    text: str = ""
    line: int = 0
    order: int = 0

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after)


@dataclass(frozen=True)
class VerbForm:
    """One surface form of a (possibly multi-word) verb; ``words[head]`` is the verb itself."""

    words: tuple[str, ...]
    head: int
    block: int
    code: str | None = None


@dataclass(frozen=True)
class VerbBlock:
    """A ``--- NAME [CODE] ---`` block: its default code, base verbs and shared patterns."""

    name: str
    code: str | None
    verbs: tuple[str, ...]
    patterns: tuple[VerbPattern, ...]
    path: str = ""
    line: int = 0


@dataclass(frozen=True)
class Coding:
    """One coded event: source and target codes (``---`` when absent) and the CAMEO code."""

    source: str
    target: str
    code: str
    verb: str = ""
    pattern: str = ""
    sentence: int = 0


@dataclass(frozen=True, eq=False)
class PetrarchDictionaries:
    """Everything loaded from one set of dictionary files, plus the warnings met on the way."""

    actors: tuple[ActorEntry, ...] = ()
    agents: tuple[AgentEntry, ...] = ()
    discards: tuple[DiscardEntry, ...] = ()
    blocks: tuple[VerbBlock, ...] = ()
    forms: tuple[VerbForm, ...] = ()
    synsets: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    warnings: tuple[LoadWarning, ...] = ()
    files: tuple[str, ...] = ()
