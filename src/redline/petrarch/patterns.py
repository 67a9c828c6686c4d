"""Matching verb patterns against the words on either side of a verb.

Words before the verb are matched right to left (nearest first), words after it left to right.
An element joined to its neighbour by ``_`` must be adjacent to it; otherwise any words may lie
between. ``$``/``+``/``%`` match a dictionary name (actor or agent) and bind it to a role;
``^`` skips one noun chunk (or one word). Synonym-set members match as adjacent word runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from redline.petrarch.model import Atom, VerbPattern
from redline.petrarch.view import Found

Binding = tuple[tuple[str, Found], ...]
MAX_STEPS = 5000


@dataclass
class Side:
    """One direction of the sentence as a word list read away from the verb."""

    words: list[str]
    names: dict[int, tuple[int, Found]]  # start -> (end, found), in this direction
    chunks: dict[int, int]
    synsets: dict[str, tuple[tuple[str, ...], ...]]
    reverse: bool
    steps: int = 0

    def member(self, member: tuple[str, ...]) -> tuple[str, ...]:
        return member[::-1] if self.reverse else member


def make_sides(words: list[str], found: list[Found], chunks: dict[int, int],
               synsets: dict[str, tuple[tuple[str, ...], ...]]) -> tuple[Side, Side]:
    """The forward and the backward view of a sentence's words."""
    n = len(words)
    fwd = Side(words, {f.start: (f.end, f) for f in found}, chunks, synsets, False)
    back = Side(words[::-1], {n - f.end: (n - f.start, f) for f in found},
                {n - e: n - s for s, e in chunks.items()}, synsets, True)
    return fwd, back


def _atom_at(atom: Atom, q: int, side: Side) -> Iterator[tuple[int, Binding]]:
    if atom.kind == "word":
        if side.words[q] == atom.value:
            yield q + 1, ()
    elif atom.kind == "synset":
        for member in side.synsets.get(atom.value, ()):
            run = side.member(member)
            if tuple(side.words[q:q + len(run)]) == run:
                yield q + len(run), ()
    elif atom.kind in ("source", "target", "compound"):
        hit = side.names.get(q)
        if hit is not None:
            yield hit[0], ((atom.kind, hit[1]),)
    elif atom.kind == "skip":
        yield side.chunks.get(q, q + 1), ()


def _match(atoms: tuple[Atom, ...], k: int, pos: int, side: Side, bound: Binding
           ) -> Binding | None:
    if k == len(atoms):
        return bound
    atom = atoms[k]
    last = pos + 1 if atom.joined else len(side.words)
    for q in range(pos, min(last, len(side.words))):
        side.steps += 1
        if side.steps > MAX_STEPS:
            return None
        for end, binding in _atom_at(atom, q, side):
            result = _match(atoms, k + 1, end, side, bound + binding)
            if result is not None:
                return result
    return None


def match_pattern(pattern: VerbPattern, fwd: Side, back: Side, start: int, end: int
                  ) -> Binding | None:
    """Role bindings when ``pattern`` fits a verb at words [start, end), else None."""
    n = len(fwd.words)
    fwd.steps = back.steps = 0
    before = _match(pattern.before, 0, n - start, back, ())
    if before is None:
        return None
    after = _match(pattern.after, 0, end, fwd, ())
    if after is None:
        return None
    return tuple(("pre_" + r if r == "compound" else r, f) for r, f in before) + after
