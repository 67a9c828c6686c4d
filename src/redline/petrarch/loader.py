"""``load_dictionaries``: read PETRARCH dictionary files from a directory or a list of paths."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from redline.errors import UsageError
from redline.petrarch.actors import read_actors
from redline.petrarch.agents import read_agents, read_discards
from redline.petrarch.model import (
    ActorEntry,
    AgentEntry,
    DiscardEntry,
    LoadWarning,
    PetrarchDictionaries,
    VerbBlock,
    VerbForm,
)
from redline.petrarch.verbs import read_verbs


def dictionary_kind(path: Path) -> str | None:
    """actors | agents | discards | verbs, from the file name (None for other files)."""
    name = path.name.lower()
    if not name.endswith(".txt"):
        return None
    for key, kind in (("actor", "actors"), ("agent", "agents"), ("discard", "discards"),
                      ("verb", "verbs"), ("cameo", "verbs")):
        if key in name:
            return kind
    return None


def _paths(source: str | Path | Iterable[str | Path]) -> list[Path]:
    items = [source] if isinstance(source, (str, Path)) else list(source)
    paths: list[Path] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            paths.extend(sorted(p for p in path.iterdir() if dictionary_kind(p)))
        elif path.is_file():
            paths.append(path)
        else:
            raise UsageError(f"dictionary path not found: {path}")
    return paths


def load_dictionaries(source: str | Path | Iterable[str | Path]) -> PetrarchDictionaries:
    """Load every actor, agent, discard and verb dictionary named by ``source``.

    ``source`` is a directory (all ``*.txt`` files whose names say actors/agents/discards/verbs
    or CAMEO), one file, or a list of files. Unreadable lines are skipped and listed in
    ``warnings`` as ``file:line: message``; a missing path raises ``UsageError``.
    """
    warnings: list[LoadWarning] = []
    actors: list[ActorEntry] = []
    agents: list[AgentEntry] = []
    discards: list[DiscardEntry] = []
    blocks: list[VerbBlock] = []
    forms: list[VerbForm] = []
    synsets: dict[str, tuple[tuple[str, ...], ...]] = {}
    paths = _paths(source)
    for path in paths:
        kind = dictionary_kind(path) or "verbs"
        if kind == "actors":
            actors.extend(read_actors(path, warnings))
        elif kind == "agents":
            agents.extend(read_agents(path, warnings))
        elif kind == "discards":
            discards.extend(read_discards(path, warnings))
        else:
            new_blocks, new_forms, new_sets = read_verbs(path, warnings, len(blocks))
            blocks.extend(new_blocks)
            forms.extend(new_forms)
            synsets.update(new_sets)
    return PetrarchDictionaries(tuple(actors), tuple(agents), tuple(discards), tuple(blocks),
                                tuple(forms), synsets, tuple(warnings),
                                tuple(str(p) for p in paths))
