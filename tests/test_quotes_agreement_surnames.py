"""'He' and 'she' agree with a person whose surname the tagger read as a plural noun ('Sanders',
'Reynolds', 'Williams'), when the article names that person in full; not with people named in
the plural ('the Mexican people', 'Democrats'). Hand-built Docs, so the cases do not depend on
the model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from redline.model import Actor
from redline.quotes.agreement import compatible
from redline.quotes.index import ActorIndex


def _doc(words: list[str], tags: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, tags=tags,
               pos=["PRON" if t == "PRP" else "NOUN" if t.startswith("NN") else "VERB"
                    for t in tags])


def _actor(doc: Doc, i: int, name: str, kind: str) -> Actor:
    tok = doc[i]
    return Actor(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), name=name,
                 code="---", country=None, sector=None, kind=kind, sentence=0)


@pytest.mark.parametrize(("word", "tag", "name", "kind", "pronoun", "agrees"), [
    ("Sanders", "NNS", "Bernie Sanders", "person", "he", True),       # fails before
    ("Reynolds", "NNPS", "Deborah Reynolds", "person", "she", True),  # fails before
    ("Williams", "NNS", "Serena Williams", "person", "he", False),    # her given name says she
    ("Sanders", "NNP", "Bernie Sanders", "person", "he", True),
    ("people", "NNS", "Mexican people", "person", "he", False),       # a plural common noun
    ("Democrats", "NNPS", "Democrats", "group", "he", False),          # a group
    ("Americans", "NNPS", "Americans", "person", "she", False),       # no one person's name
    ("Sanders", "NNS", "Sanders", "person", "he", False),             # not named in full
])
def test_quotes_agreement_surnames(word: str, tag: str, name: str, kind: str, pronoun: str,
                                   agrees: bool) -> None:
    doc = _doc([word, "spoke", ".", pronoun, "said"], [tag, "VBD", ".", "PRP", "VBD"])
    actor = _actor(doc, 0, name, kind)
    index = ActorIndex(doc, [actor], speakers=True)
    assert compatible(doc[3], "person", actor, index) is agrees
