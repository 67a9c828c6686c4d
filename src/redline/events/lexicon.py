"""Our verb-and-pattern lexicon: parsed once into dicts keyed by lemma."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from redline.errors import RedlineError

POS = ("verb", "noun", "adj")
NO_EVENT = "-"  # an entry that codes nothing: a figurative use ("fight corruption")


class LexiconError(RedlineError):
    """A lexicon line that cannot be read."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One pattern: lemma + required words + optional object class -> CAMEO code."""

    pos: str
    lemma: str
    words: tuple[str, ...]
    cls: str | None
    code: str
    frame: str | None = None
    recip: bool = False
    plover: str | None = None  # a PLOVER type (and ":mode") where CAMEO's mapping has none
    neg: str | None = None  # negated, the verb is this frame's act ("did not accept" -> REJECT)
    solo: str | None = None  # the code when one side acts alone ("China held drills" -> 150)
    origin: str = "own"  # "own" (lexicon.txt) or "cameo2" (compiled from PETRARCH2's dictionary)

    @property
    def specificity(self) -> int:
        return 2 * len(self.words) + (1 if self.cls else 0)


@dataclass(frozen=True, slots=True)
class Lexicon:
    entries: dict[str, dict[str, tuple[Entry, ...]]]  # pos -> lemma -> entries (specific first)
    noun_classes: dict[str, frozenset[str]]  # noun lemma -> class names
    light: frozenset[str]
    fallback: Lexicon | None = None  # consulted only where this lexicon codes nothing

    def match(self, pos: str, lemma: str, words: Collection[str],
              classes: Collection[str]) -> Entry | None:
        """The most specific entry for ``lemma`` whose words and class are present."""
        for entry in self.entries.get(pos, {}).get(lemma, ()):
            if entry.cls is not None and entry.cls not in classes:
                continue
            if all(w in words for w in entry.words):
                return entry
        return None

    def classes_of(self, lemma: str) -> frozenset[str]:
        return self.noun_classes.get(lemma, frozenset())


def _entry(pos: str, parts: list[str], lineno: int, origin: str = "own") -> Entry:
    flags = [p for p in parts if p.startswith(("frame=", "plover=", "neg=", "solo="))
             or p == "recip"]
    body = [p for p in parts if p not in flags]
    codes = [i for i, p in enumerate(body) if p.isdigit() or p == NO_EVENT]
    if not codes or codes[-1] != len(body) - 1 or len(body) < 2:
        raise LexiconError(f"lexicon line {lineno}: expected 'LEMMA [WORD...] [+CLASS] CODE'")
    words = [w for w in body[1:-1] if not w.startswith("+")]
    cls = next((w[1:] for w in body[1:-1] if w.startswith("+")), None)
    frame = next((f[6:] for f in flags if f.startswith("frame=")), None)
    plover = next((f[7:] for f in flags if f.startswith("plover=")), None)
    neg = next((f[4:] for f in flags if f.startswith("neg=")), None)
    solo = next((f[5:] for f in flags if f.startswith("solo=")), None)
    return Entry(pos, body[0].lower(), tuple(words), cls, body[-1], frame, "recip" in flags,
                 plover, neg, solo, origin)


def parse_lexicon(lines: Iterable[str], origin: str = "own") -> Lexicon:
    """Parse lexicon text lines (see data/lexicon.txt for the format)."""
    raw: dict[str, dict[str, list[Entry]]] = {p: {} for p in POS}
    classes: dict[str, set[str]] = {}
    light: set[str] = set()
    for lineno, line in enumerate(lines, 1):
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        head = parts[0]
        if head == "class" and len(parts) > 2:
            for lemma in parts[2:]:
                classes.setdefault(lemma, set()).add(parts[1].rstrip(":"))
        elif head == "light:":
            light.update(parts[1:])
        elif head in POS:
            entry = _entry(head, parts[1:], lineno, origin)
            raw[head].setdefault(entry.lemma, []).append(entry)
        else:
            raise LexiconError(f"lexicon line {lineno}: unknown line kind {head!r}")
    entries = {pos: {k: tuple(sorted(v, key=lambda e: -e.specificity)) for k, v in d.items()}
               for pos, d in raw.items()}
    return Lexicon(entries, {k: frozenset(v) for k, v in classes.items()}, frozenset(light))


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The bundled lexicon, or a user's file in the same format (cached per path)."""
    if path is None:
        text = resources.files("redline.events").joinpath("data/lexicon.txt").read_text()
    else:
        text = Path(path).read_text(encoding="utf-8")
    return parse_lexicon(text.splitlines())
