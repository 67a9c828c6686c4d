"""A bare surname stands for the person the article names in full: past a generational
suffix ('Luther Stan Pate IV ... Pate said') and as a sentence's one-word subject that the
tagger made a common noun ('Scissors said'). Hand-built Docs, so the cases do not depend on
the model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from redline.quotes.names import surname, uncoded_persons

# word, part of speech, dependency, head (index), entity (IOB-label)
Row = tuple[str, str, str, int, str]


def _doc(rows: list[Row]) -> Doc:
    starts = [i == 0 or rows[i - 1][0] == "." for i in range(len(rows))]
    return Doc(spacy.blank("en").vocab, words=[r[0] for r in rows], pos=[r[1] for r in rows],
               deps=[r[2] for r in rows], heads=[r[3] for r in rows],
               ents=[r[4] for r in rows], sent_starts=starts)


def _full(name: str, verb_at: int) -> list[Row]:
    words = name.split()
    rows: list[Row] = [(w, "PROPN", "compound", len(words) - 1, "I-PERSON") for w in words]
    rows[0] = (words[0], "PROPN", "compound", len(words) - 1, "B-PERSON")
    last = len(words) - 1
    rows[last] = (words[last], "PROPN", "nsubj", verb_at, rows[last][4])
    return rows


def _then(rows: list[Row], more: list[tuple[str, str, str, int]]) -> list[Row]:
    base = len(rows)
    return rows + [(w, p, d, base + h, "O") for w, p, d, h in more]


@pytest.mark.parametrize(("name", "expected"), [
    ("Luther Stan Pate IV", "pate"),
    ("Martin Luther King Jr.", "king"),
    ("Brent Bozell III", "bozell"),
    ("Derek Scissors", "scissors"),
    ("Madonna", "madonna"),
    ("Jr.", "jr."),  # nothing but the suffix: kept
])
def test_quotes_surnames_suffix(name: str, expected: str) -> None:
    words = name.split()
    doc = Doc(spacy.blank("en").vocab, words=words)
    assert surname(doc[0:len(words)]) == expected


def _named(rows: list[Row]) -> dict[str, str]:
    doc = _doc(rows)
    return {a.text: a.name for a in uncoded_persons(doc, [])}


def _article(full: str, second: list[tuple[str, str, str, int]]) -> list[Row]:
    n = len(full.split())
    first = _full(full, n)
    first += [("spoke", "VERB", "ROOT", n, "O"), (".", "PUNCT", "punct", n, "O")]
    return _then(first, second)


@pytest.mark.parametrize(("full", "second", "found"), [
    # past a generational suffix: 'Pate' is Luther Stan Pate IV
    ("Luther Stan Pate IV", [("Pate", "PROPN", "nsubj", 1), ("claimed", "VERB", "ROOT", 1),
                             (".", "PUNCT", "punct", 1)], {"Pate": "Luther Stan Pate IV"}),
    # a sentence's one-word subject the tagger made a common noun
    ("Derek Scissors", [("Scissors", "NOUN", "nsubj", 1), ("said", "VERB", "ROOT", 1),
                        (".", "PUNCT", "punct", 1)], {"Scissors": "Derek Scissors"}),
    ("Luther Stan Pate IV", [("Pate", "NOUN", "nsubj", 3), ("and", "CCONJ", "cc", 0),
                             ("allies", "NOUN", "conj", 0), ("denied", "VERB", "ROOT", 3),
                             (".", "PUNCT", "punct", 3)], {"Pate": "Luther Stan Pate IV"}),
    # a common noun opening a sentence as a modifier stays a noun
    ("Norman Ham", [("Ham", "NOUN", "compound", 1), ("sandwiches", "NOUN", "nsubj", 2),
                    ("sold", "VERB", "ROOT", 2), (".", "PUNCT", "punct", 2)], {}),
    # no one of that surname named in full
    ("Derek Jones", [("Scissors", "NOUN", "nsubj", 1), ("cut", "VERB", "ROOT", 1),
                     (".", "PUNCT", "punct", 1)], {}),
])
def test_quotes_surnames_bare(full: str, second: list[tuple[str, str, str, int]],
                              found: dict[str, str]) -> None:
    named = _named(_article(full, second))
    named.pop(full, None)
    assert named == found
