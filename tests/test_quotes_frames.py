"""Cue frames over hand-built parses: the content a cue governs, whatever the model parses."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from redline.quotes.cues import cue_word
from redline.quotes.frames import content_of

# (word, head index, dependency, part of speech, tag, lemma)
Row = tuple[str, int, str, str, str, str]

# 'published portions of the returns from 2015 that showed losses': the relative clause
# hangs on the object, the 'from' phrase on the verb; the content runs to the clause's end.
PUBLISHED: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("Post", 2, "nsubj", "PROPN", "NNP", "Post"),
    ("published", 2, "ROOT", "VERB", "VBD", "publish"),
    ("portions", 2, "dobj", "NOUN", "NNS", "portion"),
    ("of", 3, "prep", "ADP", "IN", "of"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("returns", 4, "pobj", "NOUN", "NNS", "return"),
    ("from", 2, "prep", "ADP", "IN", "from"),
    ("2015", 7, "pobj", "NUM", "CD", "2015"),
    ("that", 10, "nsubj", "PRON", "WDT", "that"),
    ("showed", 3, "relcl", "VERB", "VBD", "show"),
    ("losses", 10, "dobj", "NOUN", "NNS", "loss"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# '"...," he said in Kyiv, "and we will ..."': the conjunct after the cue is a second quote.
SPLIT: list[Row] = [
    ("It", 1, "nsubj", "PRON", "PRP", "it"),
    ("held", 5, "ccomp", "VERB", "VBD", "hold"),
    (",", 5, "punct", "PUNCT", ",", ","),
    ('"', 5, "punct", "PUNCT", "''", '"'),
    ("he", 5, "nsubj", "PRON", "PRP", "he"),
    ("said", 5, "ROOT", "VERB", "VBD", "say"),
    ("in", 5, "prep", "ADP", "IN", "in"),
    ("Kyiv", 6, "pobj", "PROPN", "NNP", "Kyiv"),
    (",", 5, "punct", "PUNCT", ",", ","),
    ('"', 5, "punct", "PUNCT", "``", '"'),
    ("and", 5, "cc", "CCONJ", "CC", "and"),
    ("we", 12, "nsubj", "PRON", "PRP", "we"),
    ("stay", 5, "conj", "VERB", "VBP", "stay"),
    (".", 5, "punct", "PUNCT", ".", "."),
]

# 'declined to warn Minsk or even blame it': the parser hung the second verb on the cue and
# its conjunction on the first; the content runs over both.
DECLINED: list[Row] = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("declined", 1, "ROOT", "VERB", "VBD", "decline"),
    ("to", 3, "aux", "PART", "TO", "to"),
    ("warn", 1, "xcomp", "VERB", "VB", "warn"),
    ("Minsk", 3, "dobj", "PROPN", "NNP", "Minsk"),
    ("or", 3, "cc", "CCONJ", "CC", "or"),
    ("even", 7, "advmod", "ADV", "RB", "even"),
    ("blame", 1, "conj", "VERB", "VB", "blame"),
    ("it", 7, "dobj", "PRON", "PRP", "it"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def _doc(rows: list[Row]) -> Doc:
    text_words = [r[0] for r in rows]
    return Doc(Vocab(), words=text_words, heads=[r[1] for r in rows],
               deps=[r[2] for r in rows], pos=[r[3] for r in rows],
               tags=[r[4] for r in rows], lemmas=[r[5] for r in rows])


@pytest.mark.parametrize(("rows", "cue", "content"), [
    (PUBLISHED, "published", "portions of the returns from 2015 that showed losses"),
    (SPLIT, "said", "It held"),
    (DECLINED, "declined", "to warn Minsk or even blame it"),
])
def test_quotes_frames_content_of_hand_parse(rows: list[Row], cue: str, content: str) -> None:
    doc = _doc(rows)
    tok = next(t for t in doc if t.text == cue)
    word = cue_word(tok)
    assert word is not None
    found = content_of(tok, word, doc.text)
    assert found is not None
    start, end = found[0]
    assert doc.text[start:end] == content
