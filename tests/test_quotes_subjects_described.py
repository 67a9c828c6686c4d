"""A 'he' or 'she' after a sentence whose main subject is a described person ('The ambassador
left. He said ...', 'One delegate left. He said ...') stands for that person, not for someone
named earlier; a named subject, another gender, a named object ('A reporter asked Ames. He
replied'), a paragraph break or words inside quote marks leave the pronoun to the usual
ranking. Hand-built Docs, so the cases do not depend on the model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from redline.model import Actor
from redline.quotes.index import ActorIndex
from redline.quotes.speakers import resolve_source
from redline.quotes.subjects import described_subject

_NOUNS = {"ambassador", "delegate", "spokeswoman", "crowd", "reporter", "donor", "pollster"}


def _rows(text: str) -> list[tuple[str, str, int]]:
    """(word, dependency, head) for sentences 'Subj verb [Obj] .' of one to three words."""
    rows: list[tuple[str, str, int]] = []
    for sent in text.split(" . "):
        words = sent.removesuffix(" .").split()
        base = len(rows)
        if words and words[0] == "|":  # a paragraph break
            rows.append(("\n\n", "dep", base))
            words, base = words[1:], base + 1
        det = words[0] in ("The", "One", "A")
        verb = base + 1 + det
        if det:
            rows.append((words[0], "det", base + 1))
        rows.append((words[det], "nsubj", verb))
        rows.append((words[det + 1], "ROOT", verb))
        rows += [(w, "dobj", verb) for w in words[det + 2:]]
        rows.append((".", "punct", verb))
    return rows


def _doc(text: str) -> Doc:
    rows = _rows(text)
    starts = [i == 0 or rows[i - 1][0] in (".", "\n\n") for i in range(len(rows))]
    pos = ["NOUN" if w.lower() in _NOUNS else "PRON" if w in ("He", "She") else
           "PROPN" if d in ("nsubj", "dobj") else "VERB" if d == "ROOT" else "X"
           for w, d, _ in rows]
    return Doc(spacy.blank("en").vocab, words=[r[0] for r in rows],
               deps=[r[1] for r in rows], heads=[r[2] for r in rows], pos=pos,
               tags=["NN" if p == "NOUN" else "" for p in pos],
               lemmas=[w.lower() for w, _, _ in rows], sent_starts=starts)


def _index(doc: Doc, named: str = "Ames") -> ActorIndex:
    actors = [Actor(text=t.text, start=t.idx, end=t.idx + len(t.text), name=t.text, code="---",
                    country=None, sector=None, kind="person", sentence=0)
              for t in doc if t.text == named]
    return ActorIndex(doc, actors, speakers=True)


@pytest.mark.parametrize(("text", "noun"), [
    ("The ambassador left . He said .", "ambassador"),
    ("One delegate left . He said .", "delegate"),
    ("The ambassador left . He left . He said .", "ambassador"),  # past the same pronoun
    ("One donor left . He said .", "donor"),        # fails before: no person noun
    ("The pollster left . He said .", "pollster"),  # fails before
    ("Ames left . He said .", None),                 # a named subject: the usual ranking
    ("The spokeswoman left . He said .", None),      # another gender
    ("The crowd left . He said .", None),            # not a person
    ("A reporter asked Ames . He replied .", None),  # the one asked replies
    ("The ambassador left . | He said .", None),  # another paragraph
])
def test_quotes_subjects_described(text: str, noun: str | None) -> None:
    doc = _doc(text)
    pronoun = [t for t in doc if t.text == "He"][-1]
    found = described_subject(pronoun, _index(doc))
    assert (found.text if found is not None else None) == noun


def test_quotes_subjects_described_quoted() -> None:
    doc = _doc("The ambassador left . He said .")
    quoted = [(doc[0].idx, doc[3].idx + 1)]  # the first sentence is someone's words
    index = ActorIndex(doc, [], quoted, speakers=True)
    assert described_subject(doc[4], index) is None


@pytest.mark.parametrize(("text", "name"), [
    ("Ames spoke . One delegate left . He said .", "One delegate"),  # fails before: Ames
    ("Ames spoke . The crowd left . He said .", "Ames"),
])
def test_quotes_subjects_described_speaker(text: str, name: str) -> None:
    doc = _doc(text)
    pronoun = [t for t in doc if t.text == "He"][-1]
    source = resolve_source(pronoun, _index(doc), 2)
    assert source.actor is not None and source.actor.name == name
