"""Parsers for PETRARCH agent dictionaries (sector words) and discard lists.

Agents: ``PRESIDENT [~GOV]`` (code appended to the actor's), ``MSF {} [NGO~]`` (code put in
front), ``GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]`` (explicit plurals; ``{}`` = no plural), and
substitution sets ``!PERSON! = MAN, MEN, WOMAN`` used inside later entries
(``CONGRESS!PERSON!``). Without braces a regular English plural of the last word is added.
Discards: one phrase per line; a leading ``+`` discards the whole story, else the sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

from redline.petrarch.model import AgentEntry, DiscardEntry, LoadWarning, Phrase
from redline.petrarch.text import read_lines, to_phrase

_SUBST_DEF = re.compile(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$", re.IGNORECASE)
_SUBST_USE = re.compile(r"![A-Z0-9_]+!", re.IGNORECASE)
_AGENT = re.compile(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[\s*([^\]]*?)\s*\]\s*$")


def plural(word: str) -> str:
    """A regular English plural of an upper-case word."""
    if word.endswith("MEN"):
        return word
    if word.endswith("MAN"):
        return word[:-3] + "MEN"
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    if word.endswith(("S", "X", "Z", "CH", "SH")):
        return word + "ES"
    return word + "S"


def _plural_phrase(text: str) -> str:
    head, sep, last = text.rpartition("_")
    return f"{head}{sep}{plural(last)}"


def _expand(text: str, subst: dict[str, list[str]]) -> list[str]:
    match = _SUBST_USE.search(text)
    if not match:
        return [text]
    values = subst.get(match.group(0).upper(), [])
    out: list[str] = []
    for value in values:
        out.extend(_expand(text[: match.start()] + value + text[match.end():], subst))
    return out


def _parse_code(body: str) -> tuple[str, bool] | None:
    body = body.replace(" ", "").upper()
    if re.fullmatch(r"~[A-Z0-9]+", body):
        return body[1:], False
    if re.fullmatch(r"[A-Z0-9]+~", body):
        return body[:-1], True
    return None


def _forms(name: str, braces: str | None, subst: dict[str, list[str]]) -> list[str]:
    names = _expand(name.upper(), subst)
    if braces is None:
        return names + [_plural_phrase(n) for n in names]
    extra = braces.strip("{}").split()
    return names + [e.upper() for e in extra]


def read_agents(path: Path, warnings: list[LoadWarning]) -> list[AgentEntry]:
    """All agent entries of one file, plural forms included, one entry per surface form."""
    subst: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for number, line in read_lines(path, warnings):
        text = line.strip()
        definition = _SUBST_DEF.match(text)
        if definition:
            values = [v.strip().upper() for v in definition.group(2).split(",") if v.strip()]
            subst[definition.group(1).upper()] = values
            continue
        match = _AGENT.match(text)
        code = _parse_code(match.group(3)) if match else None
        if match is None or code is None:
            warnings.append(LoadWarning(str(path), number, f"unreadable agent line {text!r}"))
            continue
        for form in _forms(match.group(1).strip(), match.group(2), subst):
            phrase = to_phrase(form)
            if phrase.words:
                entries.append(AgentEntry(phrase, code[0], code[1], str(path), number))
    return entries


def read_discards(path: Path, warnings: list[LoadWarning]) -> list[DiscardEntry]:
    """All discard phrases of one file."""
    entries: list[DiscardEntry] = []
    for _number, line in read_lines(path, warnings):
        text = line.strip()
        story = text.startswith("+")
        phrase: Phrase = to_phrase(text.lstrip("+").split(";")[0])
        if phrase.words:
            entries.append(DiscardEntry(phrase, story))
    return entries
