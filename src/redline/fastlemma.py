"""The model's rule lemmatizer, applied by look-up over a document's arrays.

spaCy's ``Lemmatizer`` visits every token in Python and remembers each answer under the
token's word, part of speech and morphology (``Lemmatizer.cache``). This works out each
distinct (word, part of speech, morphology) once and writes the lemmas with one
``Doc.from_array``: the lemmas are the same token for token (tested), and the cost per token
is a dictionary look-up. Tokens that already have
a lemma keep it, as the model's lemmatizer (``overwrite = false``) does. Only ``pipe`` (what
``nlp.pipe`` calls) is replaced; ``nlp(text)`` keeps the original path, with the same result.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.tokens import Doc

from redline.selective import remember

MEMO_LIMIT = 200_000  # remembered (word, part of speech, morphology) triples at most


class FastLemmas:
    """``pipe`` for a spaCy rule ``Lemmatizer``: the same lemmas, worked out once per triple."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self._memo: dict[tuple[int, int, int], int] = {}

    def lemma_of(self, doc: Doc, i: int, key: tuple[int, int, int]) -> int:
        found = self._memo.get(key)
        if found is None:
            found = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            remember(self._memo, key, found, MEMO_LIMIT)  # memory stays flat over any stream
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = [lemma if lemma else self.lemma_of(doc, i, (orth, pos, morph))
                  for i, (orth, pos, morph, lemma) in enumerate(rows)]
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))  # type: ignore[arg-type]
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def speed_up_lemmas(lemmatizer: Any) -> bool:
    """Make ``lemmatizer``'s ``pipe`` work by look-up (rule mode without overwriting only;
    any other set-up is left as it is). Returns whether it did."""
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return False
    lemmatizer._validate_tables()  # what the original checks on its first call
    lemmatizer.pipe = FastLemmas(lemmatizer).pipe
    return True
