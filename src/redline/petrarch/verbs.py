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
                atoms.append(Atom("synset", piece.upper(), not first))
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
