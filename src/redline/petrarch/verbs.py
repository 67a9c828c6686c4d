"""Parser for PETRARCH/TABARI verb dictionaries (``CAMEO.2.0.txt``, ``PETR.Validate.verbs.txt``).

Format, as read here:
- ``&NAME`` starts a synonym set; its ``+MEMBER`` lines follow (members may name other sets).
- ``--- NAME [CODE] ---`` starts a verb block with a default code (``---`` = none).
- Verb lines: ``BAN {BANS BANNED} [191]`` (irregular forms in braces, optional own code);
  multi-word verbs mark the verb with ``+``: ``+BREAK_DOWN``, ``WIRE_+TAP``.
- Pattern lines: ``- <words> * <words> [CODE]`` where ``*`` is the verb, ``$`` the source,
  ``+`` the target, ``%`` a compound actor, ``^`` a skipped noun phrase, ``&SET`` a synonym set;
  ``_`` ties neighbours together, a space lets other words come between. CAMEO 2.0's
  ``(PREP ...)`` groups are read as plain words and ``{A B}`` as ``A_B``.
- Codes: ``[031]``, ``[032:033]`` (second code for the target-to-source event), ``[:173]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from redline.petrarch.model import Atom, LoadWarning, VerbBlock, VerbForm, VerbPattern
from redline.petrarch.text import read_lines, split_token

_HEADER = re.compile(r"^---\s*([^\[]*?)\s*(?:\[([^\]]*)\])?[\s\-\[\]:0-9]*$")
_VERB = re.compile(r"^([^{\[]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$")
_PATTERN = re.compile(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*$")
_SIDE = re.compile(r"^(---|\d{2,4}[A-Z]?)?$")
_SPECIAL = {"*": "verb", "$": "source", "+": "target", "%": "compound", "^": "skip"}


def parse_event_code(body: str) -> str | None:
    """``031`` / ``032:033`` / ``:173`` / ``---`` normalized, or None when it is not a code."""
    body = body.strip().upper()
    sides = body.split(":")
    if not body or len(sides) > 2 or not all(_SIDE.match(s.strip()) for s in sides):
        return None
    return ":".join(s.strip() for s in sides)


def verb_forms(base: str) -> list[str]:
    """The base form and its regular -S, -ED and -ING forms."""
    vowels = "AEIOU"
    if base.endswith("Y") and len(base) > 1 and base[-2] not in vowels:
        third, past = base[:-1] + "IES", base[:-1] + "IED"
    else:
        third = base + ("ES" if base.endswith(("S", "X", "Z", "CH", "SH", "O")) else "S")
        past = base + ("D" if base.endswith("E") else "ED")
    ing = base[:-1] + "ING" if base.endswith("E") and not base.endswith("EE") else base + "ING"
    return [base, third, past, ing]


def _atoms(text: str) -> list[Atom]:
    text = text.replace("(", " ").replace(")", " ")
    text = re.sub(r"\{([^}]*)\}", lambda m: "_".join(m.group(1).split()), text)
    atoms: list[Atom] = []
    for chunk in text.split():
        first = True
        for piece in (p for p in chunk.split("_") if p):
            if piece in _SPECIAL:
                atoms.append(Atom(_SPECIAL[piece], piece, not first))
            elif piece.startswith("&"):
                atoms.append(Atom("synset", piece.upper().rstrip("_"), not first))
            else:
                for index, word in enumerate(split_token(piece.upper())):
                    atoms.append(Atom("word", word, not first or index > 0))
            first = False
    return atoms


def parse_pattern(text: str, code: str, line: int, order: int) -> VerbPattern | None:
    """One pattern's words around ``*``; None when it has no single ``*``."""
    atoms = _atoms(text)
    stars = [i for i, a in enumerate(atoms) if a.kind == "verb"]
    if len(stars) != 1:
        return None
    s = stars[0]
    before = tuple(Atom(atoms[i].kind, atoms[i].value, atoms[i + 1].joined)
                   for i in range(s - 1, -1, -1))
    return VerbPattern(before, tuple(atoms[s + 1:]), code, text.strip(), line, order)


def _split_verb(name: str) -> tuple[tuple[str, ...], int]:
    words: list[str] = []
    head = 0
    for piece in re.split(r"[_\s]+", name.strip().upper()):
        if not piece:
            continue
        if piece.startswith("+"):
            head = len(words)
        words.extend(split_token(piece.lstrip("+")))
    return tuple(words), head


@dataclass
class _Block:
    name: str
    code: str | None
    line: int
    verbs: list[str] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)


class _VerbReader:
    """Reads one verb file line by line into blocks, forms and synonym sets."""

    def __init__(self, path: str, warnings: list[LoadWarning], first_block: int) -> None:
        self.path = path
        self.warnings = warnings
        self.first_block = first_block
        self.blocks: list[_Block] = []
        self.forms: list[VerbForm] = []
        self.synsets: dict[str, list[str]] = {}
        self.synset: str | None = None
        self.count = 0

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(LoadWarning(self.path, line, message))

    def line(self, number: int, text: str) -> None:
        if text.startswith("&"):
            self.synset = text.split()[0].upper().rstrip("_")
            self.synsets.setdefault(self.synset, [])
            return
        if text.startswith("+") and self.synset is not None:
            self.synsets[self.synset].append(text[1:].strip())
            return
        self.synset = None
        if text.startswith("---"):
            self.header(number, text)
        elif text.startswith("-"):
            self.pattern(number, text)
        else:
            self.verb(number, text)

    def header(self, number: int, text: str) -> None:
        match = _HEADER.match(text)
        if not match or not match.group(1):
            self.warn(number, f"unreadable block header {text!r}")
            return
        code = parse_event_code(match.group(2) or "---")
        if code is None:
            self.warn(number, f"block {match.group(1)} has no usable code [{match.group(2)}]")
        self.blocks.append(_Block(match.group(1).strip().upper(), code, number))

    def pattern(self, number: int, text: str) -> None:
        match = _PATTERN.match(text)
        if not self.blocks or not match:
            self.warn(number, f"pattern outside a block or without a code: {text!r}")
            return
        code = parse_event_code(match.group(2))
        if code is None:
            self.warn(number, f"pattern code [{match.group(2)}] is not an event code; skipped")
            return
        self.count += 1
        parsed = parse_pattern(match.group(1), code, number, self.count)
        if parsed is None:
            self.warn(number, f"pattern needs exactly one '*': {text!r}")
            return
        self.blocks[-1].patterns.append(parsed)

    def verb(self, number: int, text: str) -> None:
        match = _VERB.match(text.split(";")[0].strip())
        if not self.blocks or not match:
            self.warn(number, f"verb outside a block or unreadable: {text!r}")
            return
        code = parse_event_code(match.group(3)) if match.group(3) else None
        if match.group(3) and code is None:
            self.warn(number, f"verb code [{match.group(3)}] is not an event code")
        block = self.first_block + len(self.blocks) - 1
        words, head = _split_verb(match.group(1))
        if not words:
            return
        self.blocks[-1].verbs.append(" ".join(words))
        for form in self._surface_forms(words, head, match.group(2)):
            self.forms.append(VerbForm(form[0], form[1], block, code))

    @staticmethod
    def _surface_forms(words: tuple[str, ...], head: int,
                       braces: str | None) -> list[tuple[tuple[str, ...], int]]:
        out = [(words[:head] + (f,) + words[head + 1:], head) for f in verb_forms(words[head])]
        for extra in (braces or "").split():
            extra_words, extra_head = _split_verb(extra)
            if extra_words:
                fallback = min(head, len(extra_words) - 1)
                out.append((extra_words, extra_head if "+" in extra else fallback))
        return out


def _expand_synsets(raw: dict[str, list[str]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    def expand(name: str, seen: frozenset[str]) -> list[tuple[str, ...]]:
        out: list[tuple[str, ...]] = []
        for member in raw.get(name, []):
            if member.startswith("&"):
                key = member.split()[0].upper().rstrip("_")
                if key not in seen:
                    out.extend(expand(key, seen | {key}))
                continue
            words = tuple(w for piece in re.split(r"[_\s]+", member.upper()) if piece
                          for w in split_token(piece))
            if words:
                out.append(words)
        return sorted(set(out), key=lambda m: (-len(m), m))

    return {name: tuple(expand(name, frozenset({name}))) for name in raw}


def read_verbs(path: Path, warnings: list[LoadWarning], first_block: int = 0
               ) -> tuple[list[VerbBlock], list[VerbForm], dict[str, tuple[tuple[str, ...], ...]]]:
    """Blocks, verb forms (indexing blocks from ``first_block``) and expanded synonym sets."""
    reader = _VerbReader(str(path), warnings, first_block)
    for number, line in read_lines(path, warnings):
        reader.line(number, line.strip())
    blocks = [VerbBlock(b.name, b.code, tuple(b.verbs), tuple(b.patterns), str(path), b.line)
              for b in reader.blocks]
    return blocks, reader.forms, _expand_synsets(reader.synsets)
