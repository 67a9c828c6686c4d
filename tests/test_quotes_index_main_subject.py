"""A pronoun's antecedent is the main clause's subject, not the subject of an adverbial clause
set before it: 'When Ames objected, Bell left. "...," he said' is Bell speaking. Hand-built
Docs (word, dependency, head), so the cases do not depend on the model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from redline.model import Actor
from redline.quotes.index import ActorIndex

Row = tuple[str, str, int]  # word, dependency, head (index in the sentence)

# 'When Ames objected , Bell left .'
_WHEN = [("When", "advmod", 2), ("Ames", "nsubj", 2), ("objected", "advcl", 5), (",", "punct", 5),
         ("Bell", "nsubj", 5), ("left", "ROOT", 5), (".", "punct", 5)]
# 'After Ames asked , Bell replied and Cole agreed .'
_AFTER = [("After", "mark", 2), ("Ames", "nsubj", 2), ("asked", "advcl", 5), (",", "punct", 5),
          ("Bell", "nsubj", 5), ("replied", "ROOT", 5), ("and", "cc", 5), ("Cole", "nsubj", 8),
          ("agreed", "conj", 5), (".", "punct", 5)]
# 'Ames said Bell won .'
_SAID = [("Ames", "nsubj", 1), ("said", "ROOT", 1), ("Bell", "nsubj", 3), ("won", "ccomp", 1),
         (".", "punct", 1)]
# 'Because Ames said so .' (a fragment: every subject is in an adverbial clause)
_ONLY = [("Because", "mark", 2), ("Ames", "nsubj", 2), ("said", "advcl", 3), ("so", "ROOT", 3),
         (".", "punct", 3)]
# 'Bell , when Ames objected , left .'
_INSIDE = [("Bell", "nsubj", 6), (",", "punct", 6), ("when", "advmod", 4), ("Ames", "nsubj", 4),
           ("objected", "advcl", 6), (",", "punct", 6), ("left", "ROOT", 6), (".", "punct", 6)]


_VERBS = frozenset({"ROOT", "advcl", "ccomp", "conj"})
_LEMMAS = {"said": "say", "asked": "ask", "replied": "reply"}


def _doc(rows: list[Row]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=[r[0] for r in rows],
               deps=[r[1] for r in rows], heads=[r[2] for r in rows],
               lemmas=[_LEMMAS.get(r[0], r[0].lower()) for r in rows],
               pos=["VERB" if r[1] in _VERBS else "PROPN" if r[0].istitle() else "X"
                    for r in rows],
               sent_starts=[i == 0 for i in range(len(rows))])


def _person(doc: Doc, i: int) -> Actor:
    tok = doc[i]
    return Actor(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), name=tok.text,
                 code="---", country=None, sector=None, kind="person", sentence=0)


@pytest.mark.parametrize(("rows", "main"), [
    (_WHEN, "Bell"),    # fails before: the first subject (Ames) was taken
    (_AFTER, "Bell"),   # fails before
    (_SAID, "Ames"),    # no adverbial clause: the first subject, as before
    (_ONLY, "Ames"),    # every subject adverbial: the first one
    (_INSIDE, "Bell"),  # an adverbial clause after the subject changes nothing
])
def test_quotes_index_main_subject(rows: list[Row], main: str) -> None:
    doc = _doc(rows)
    index = ActorIndex(doc, [], speakers=True)
    assert doc[index.main_subject(doc[0])].text == main


@pytest.mark.parametrize(("rows", "name", "rank"), [
    (_WHEN, "Bell", 1),  # fails before (2)
    (_WHEN, "Ames", 2),  # fails before (1)
    (_AFTER, "Cole", 2),
    (_SAID, "Ames", 0),  # the subject of a verb of saying
    (_SAID, "Bell", 2),
])
def test_quotes_index_main_subject_rank(rows: list[Row], name: str, rank: int) -> None:
    doc = _doc(rows)
    at = next(t.i for t in doc if t.text == name)
    index = ActorIndex(doc, [_person(doc, at)], speakers=True)
    assert index.rank(doc[at], 0) == rank


def test_quotes_index_main_subject_events_keep_first() -> None:
    """The event coreference builds its index without ``speakers``: the first subject, as
    before (the quote stage's reading is not yet measured on events)."""
    doc = _doc(_WHEN)
    assert doc[ActorIndex(doc, []).main_subject(doc[0])].text == "Ames"
