"""Compile the tokenizer's keys of the knowledge base's phrases into package data.

The actor lexicon keys every phrase of the knowledge base (names, aliases, demonyms, titles ...)
by the tokens spaCy's blank English tokenizer gives it. Plain words (ASCII letters and single
spaces) are their own tokens; the others ("U.S.", "Côte d'Ivoire", "al-Shabaab") are written here
once, so loading the knowledge base builds no tokenizer (issue 18: load time).
``tests/test_actors_lexicon_keys.py`` proves the lexicon built from this file is the one the
tokenizer gives, and fails when a row added since is missing from it: run this script again.

    python scripts/build_lexicon_keys.py
"""

from __future__ import annotations

from pathlib import Path

from redline.actors.kb import knowledge_base
from redline.actors.lexicon import _PLAIN, KEYS_FILE, _spacy_key, build_table

OUT = Path(__file__).resolve().parents[1] / "src" / "redline" / "actors" / "data" / KEYS_FILE


def tokenized_phrases() -> dict[str, tuple[str, ...]]:
    """Every phrase the lexicon keys that is not plain words, with the tokenizer's key."""
    seen: dict[str, tuple[str, ...]] = {}

    def record(phrase: str) -> tuple[str, ...]:
        key = _spacy_key(phrase)
        if not _PLAIN.fullmatch(phrase):
            seen[phrase] = key
        return key

    build_table(knowledge_base(), record)
    return seen


def main() -> None:
    keys = tokenized_phrases()
    bad = [p for p, k in keys.items() if "\t" in p or "\n" in p or any("\t" in t for t in k)]
    if bad:
        raise SystemExit(f"phrases with a tab or newline cannot be written: {bad}")
    lines = ["\t".join((p, *k)) for p, k in sorted(keys.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} phrases -> {OUT}")


if __name__ == "__main__":
    main()
