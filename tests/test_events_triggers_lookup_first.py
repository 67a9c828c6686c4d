"""The trigger finder looks a word up before reading its dependents (r13-s, speed): a verb
or noun the lexicon holds no key for codes nothing, so its objects' and modifiers' classes are
not read; a word it holds is read and coded exactly as before."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from redline.events import triggers
from redline.events.lexicon import parse_lexicon

_VOCAB = spacy.blank("en").vocab
LEX = parse_lexicon([
    "class WEAPON: missile rocket",
    "verb fire +WEAPON 195",
    "verb meet 036",
    "noun talk 040",
    "noun sit-in 141",
])


def _doc(words: list[str], lemmas: list[str], pos: list[str], tags: list[str],
         heads: list[int], deps: list[str]) -> Doc:
    return Doc(_VOCAB, words=words, lemmas=lemmas, pos=pos, tags=tags, heads=heads, deps=deps)


def _fired() -> Doc:  # "They fired missiles"
    return _doc(["They", "fired", "missiles"], ["they", "fire", "missile"],
                ["PRON", "VERB", "NOUN"], ["PRP", "VBD", "NNS"], [1, 1, 1],
                ["nsubj", "ROOT", "dobj"])


def _hopped() -> Doc:  # "They hopped fences"
    return _doc(["They", "hopped", "fences"], ["they", "hop", "fence"],
                ["PRON", "VERB", "NOUN"], ["PRP", "VBD", "NNS"], [1, 1, 1],
                ["nsubj", "ROOT", "dobj"])


@pytest.mark.parametrize(("make", "i", "expected"), [
    (_fired, 1, True),   # a verb the table holds, its object's class read
    (_hopped, 1, False),  # a verb it lacks: nothing to read
])
def test_verb_dependents_read_only_for_known_verbs(monkeypatch: pytest.MonkeyPatch, make: object,
                                                   i: int, expected: bool) -> None:
    doc = make()  # type: ignore[operator]
    read: list[int] = []
    real = triggers._words_and_classes

    def spy(lex: object, tok: object) -> object:
        read.append(1)
        return real(lex, tok)  # type: ignore[arg-type]

    monkeypatch.setattr(triggers, "_words_and_classes", spy)
    hit = triggers.verb_hit(LEX, doc[i])
    assert bool(read) is expected
    assert (hit is not None) is expected


@pytest.mark.parametrize(("words", "lemmas", "i", "keyed"), [
    (["the", "talks"], ["the", "talk"], 1, True),     # by lemma
    (["the", "fences"], ["the", "fence"], 1, False),  # no key
    (["a", "sit", "-", "in"], ["a", "sit", "-", "in"], 3, True),  # hyphenated: "sit-in"
    (["a", "walk", "-", "in"], ["a", "walk", "-", "in"], 3, False),
])
def test_noun_keyed(words: list[str], lemmas: list[str], i: int, keyed: bool) -> None:
    n = len(words)
    doc = _doc(words, lemmas, ["DET"] + ["NOUN"] * (n - 1), ["DT"] + ["NN"] * (n - 1),
               [n - 1] * n, ["det"] + ["compound"] * (n - 2) + ["ROOT"])
    assert triggers.noun_keyed(LEX, doc[i]) is keyed
    found = triggers.noun_entry(LEX, doc[i], set(), frozenset())
    assert (found is not None) is keyed


def test_find_hits_same_with_lookup_first() -> None:
    doc = _fired()
    hits = triggers.find_hits(LEX, doc[:])
    assert {i: h.entry.code for i, h in hits.items()} == {1: "195"}
