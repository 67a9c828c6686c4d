"""What kind of actor a named entity is, mending the entity tagger's plainer slips (hand-built
Docs, so the cases do not depend on the model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from redline.quotes.names import ent_kind


@pytest.mark.parametrize(("words", "label", "kind"), [
    ("Donald Trump", "PERSON", "person"),
    # a given name before a proper noun is a person, whatever the label
    ("Carly Fiorina", "ORG", "person"),
    ("Ivanka Trump", "PRODUCT", "person"),
    # an organisation without a given name stays one
    ("Goldman Sachs", "ORG", "group"),
    # a building named after a person is no person
    ("Trump Tower", "PERSON", "group"),
    # members of a party or people named in the plural are a group ('Democrats ... they')
    ("Republicans", "NORP", "group"),
    ("Republican", "NORP", None),
    ("Monday", "DATE", None),
])
def test_quotes_names_entity_kind(words: str, label: str, kind: str | None) -> None:
    tokens = words.split()
    doc = Doc(spacy.blank("en").vocab, words=[*tokens, "said"],
              pos=[*["PROPN"] * len(tokens), "VERB"],
              tags=[*["NNPS" if w.endswith("s") else "NNP" for w in tokens], "VBD"])
    doc.ents = [Span(doc, 0, len(tokens), label=label)]
    assert ent_kind(doc.ents[0]) == kind
