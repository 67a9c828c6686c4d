"""Compile PETRARCH2's CAMEO 2.0 verb dictionary (MIT) into redline's lexicon format.

    .venv/bin/python scripts/build_cameo_lexicon.py \
        [/work/shared/data/dictionaries/petrarch2/CAMEO.2.0.txt] [-o OUT]

Writes ``src/redline/events/data/cameo2_verbs.txt`` (see that folder's README for the licence
and provenance). Each verb and each pattern becomes one ``verb LEMMA [WORD...] [+CLASS] CODE``
line of the format of ``lexicon.txt``; WordNet synonym sets become noun classes (``&NAME``), a
pattern's noun after a preposition a one-noun class (``=noun``). Unreadable dictionary lines
are reported with file and line and skipped; a missing or empty file fails loudly.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from redline.events.codebook import codebook
from redline.petrarch.model import Atom, LoadWarning, VerbBlock, VerbForm, VerbPattern
from redline.petrarch.verbs import read_verbs


def _words(text: str) -> list[str]:
    return text.split()


DEFAULT_SOURCE = Path("/work/shared/data/dictionaries/petrarch2/CAMEO.2.0.txt")
OUT = Path(__file__).resolve().parents[1] / "src/redline/events/data/cameo2_verbs.txt"
PREPS = frozenset(_words("""about above across after against along amid among around as at
before behind below beneath beside between beyond by despite down during for from in inside into
like near of off on onto out outside over past per since than through throughout to toward
towards under until up upon via with within without back away forward together apart aside
home"""))
SKIP_WORDS = frozenset(_words("""a an the his her its their our my your this that these
those some any all no not own new more"""))
# very common verbs whose bare code is mostly not an event ("took", "found", "faced", "led",
# "affected"): only their patterns are kept ("took hostages", "led a delegation")
GENERIC = frozenset(_words("""be have do go get make know think take see come want look use
find give call need feel become leave put mean keep let begin seem turn start show hear play run
move like live believe hold bring happen write provide sit stand lose pay learn change lead
understand watch follow stop create read allow add spend grow open walk win remember love
consider appear buy wait serve stay fall reach remain raise pass sell require decide pull face
involve contain impact affect carry break receive return develop drive produce die help expect
hope set try work include mark note view treat handle enter cover deal"""))
ROLE_KINDS = frozenset({"source", "target", "compound", "skip"})
NO_EVENT = "-"
HEADER = """# CAMEO 2.0 verb patterns, compiled from PETRARCH2's CAMEO.2.0.txt by
# scripts/build_cameo_lexicon.py (do not edit by hand: rebuild). Format: see lexicon.txt.
# Source: https://github.com/openeventdata/petrarch2 (petrarch2/data/dictionaries), MIT licence,
# Copyright (c) 2015 Open Event Data Alliance; the licence text is in this folder's README.md.
"""


class Lemmas:
    """spaCy's rule lemmatizer on single words of a known part of speech (cached)."""

    def __init__(self) -> None:
        from redline.nlp import load_nlp

        self.nlp = load_nlp()
        self.pipe = self.nlp.get_pipe("lemmatizer")
        self.cache: dict[tuple[str, str], str] = {}

    def __call__(self, word: str, pos: str) -> str:
        key = (word.lower(), pos)
        if key not in self.cache:
            from spacy.tokens import Doc

            doc = Doc(self.nlp.vocab, words=[key[0]], pos=[pos])
            self.cache[key] = self.pipe(doc)[0].lemma_.lower() or key[0]
        return self.cache[key]


def pattern_words(after: Sequence[Atom], lemma: Lemmas) -> tuple[list[str], str | None] | None:
    """Required words and the object class of the words after ``*``; None: not expressible."""
    segments: list[tuple[str | None, list[Atom]]] = [(None, [])]
    for atom in after:
        if atom.kind in ROLE_KINDS:
            segments.append((None, []))
        elif atom.kind == "word" and atom.value.lower() in PREPS:
            segments.append((atom.value.lower(), []))
        elif atom.kind == "synset" or atom.value.lower() not in SKIP_WORDS:
            segments[-1][1].append(atom)
    words: list[str] = []
    classes: list[str] = []
    for prep, content in segments:
        if prep is not None:
            words.append(prep)
        if not content:
            continue
        head = content[-1]
        if head.kind == "synset":
            classes.append(head.value)
        elif not head.value.isalpha():
            return None
        elif prep is None:
            words.append(lemma(head.value, "NOUN"))
        else:
            classes.append("=" + lemma(head.value, "NOUN"))
    if len(classes) > 1:
        return None
    return words, (classes[0] if classes else None)


def verb_lemmas(forms: Iterable[VerbForm], blocks: Sequence[VerbBlock],
                lemma: Lemmas) -> dict[int, dict[tuple[str, tuple[str, ...]], str | None]]:
    """Per block: (verb lemma, particles) -> the verb's own code (None: the block's)."""
    out: dict[int, dict[tuple[str, tuple[str, ...]], str | None]] = {}
    for form in forms:
        if form.head != 0 or not all(w.isalpha() for w in form.words):
            continue  # "WIRE_+TAP": a word before the verb cannot be matched by the parse
        rest = tuple(w.lower() for w in form.words[1:])
        if not all(w in PREPS for w in rest):
            continue
        key = (lemma(form.words[0], "VERB"), rest)
        out.setdefault(form.block, {}).setdefault(key, form.code)
    return out


def _code(code: str | None, known: set[str], dropped: list[str]) -> str | None:
    """The source-to-target side of a code, '-' for '---', None when unusable."""
    if code is None:
        return None
    first = code.split(":")[0].strip()
    if first == "---":
        return NO_EVENT
    if not first:
        dropped.append(":" + code.split(":")[-1])  # the target-to-source event only
        return None
    if first not in known:
        dropped.append(first)
        return None
    return first


def entry_lines(blocks: Sequence[VerbBlock], forms: Sequence[VerbForm], lemma: Lemmas,
                report: list[str]) -> list[str]:
    known = set(codebook())
    dropped: list[str] = []
    lines: list[str] = []
    for bi, verbs in sorted(verb_lemmas(forms, blocks, lemma).items()):
        block = blocks[bi]
        for (verb, parts), own in sorted(verbs.items()):
            code = _code(own or block.code, known, dropped)
            if code is not None and code != NO_EVENT and not (verb in GENERIC and not parts):
                lines.append(" ".join(["verb", verb, *parts, code]))
            for pat in block.patterns:
                lines.extend(_pattern_line(verb, parts, pat, lemma, known, dropped, report))
    reverse = sum(c.startswith(":") for c in dropped)
    outside = sorted({c for c in dropped if not c.startswith(":")})
    report.append(f"pattern codes skipped: {reverse} for the target-to-source event only, "
                  f"{len(dropped) - reverse} outside the CAMEO codebook ({', '.join(outside)})")
    return list(dict.fromkeys(lines))


def _pattern_line(verb: str, parts: tuple[str, ...], pat: VerbPattern, lemma: Lemmas,
                  known: set[str], dropped: list[str], report: list[str]) -> list[str]:
    if any(a.kind not in ROLE_KINDS for a in pat.before):
        return []  # words before the verb ("NOT *", "RE_*"): not read from the parse
    parsed = pattern_words(pat.after, lemma)
    code = _code(pat.code, known, dropped)
    if code is None:
        return []
    if parsed is None:
        report.append(f"line {pat.line}: pattern {pat.text!r} not expressible; skipped")
        return []
    words, cls = parsed
    if not words and cls is None:
        return []  # "- $ * +": the verb's own code already says it
    body = [*parts, *words] + ([f"+{cls}"] if cls else [])
    return [" ".join(["verb", verb, *body, code])]


def class_lines(synsets: dict[str, tuple[tuple[str, ...], ...]], lines: Sequence[str],
                lemma: Lemmas) -> list[str]:
    """Noun classes used by the entries: synonym sets by their head nouns, one-noun classes."""
    used = sorted({p[1:] for line in lines for p in line.split() if p.startswith("+")})
    out: list[str] = []
    for name in used:
        if name.startswith("="):
            out.append(f"class {name}: {name[1:]}")
            continue
        heads = sorted({lemma(m[-1], "NOUN") for m in synsets.get(name, ()) if m[-1].isalpha()})
        if heads:
            out.append(f"class {name}: {' '.join(heads)}")
    return out


def build(source: Path, out: Path) -> list[str]:
    """Write the compiled lexicon; returns the report lines (warnings, skips, counts)."""
    if not source.is_file() or source.stat().st_size == 0:
        raise SystemExit(f"error: dictionary missing or empty: {source}")
    warnings: list[LoadWarning] = []
    blocks, forms, synsets = read_verbs(source, warnings)
    if not blocks:
        raise SystemExit(f"error: no verb blocks read from {source}")
    report = [str(w) for w in warnings]
    lemma = Lemmas()
    entries = entry_lines(blocks, forms, lemma, report)
    report = list(dict.fromkeys(report))
    classes = class_lines(synsets, entries, lemma)
    out.write_text(HEADER + "\n".join(classes + entries) + "\n", encoding="utf-8")
    report.append(f"wrote {len(entries)} entries and {len(classes)} classes to {out}")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("-o", "--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    for line in build(args.source, args.out):
        print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
