"""The compiled keys of the actor lexicon (data/lexicon_keys.tsv, scripts/build_lexicon_keys.py)
give the same lexicon as spaCy's tokenizer, for every phrase of the knowledge base."""

from __future__ import annotations

import pytest

from redline.actors.kb import knowledge_base
from redline.actors.lexicon import _PLAIN, _key, _spacy_key, _tokenizer, build_table, compiled_keys
from redline.actors.lexicon import lexicon as compiled_lexicon


def test_lexicon_keys_give_the_tokenizers_lexicon_for_every_name() -> None:
    kb = knowledge_base()
    assert build_table(kb) == build_table(kb, _spacy_key)


def test_lexicon_keys_cover_every_phrase_that_is_not_plain_words() -> None:
    missing: list[str] = []

    def record(phrase: str) -> tuple[str, ...]:
        if not _PLAIN.fullmatch(phrase) and phrase not in compiled_keys():
            missing.append(phrase)
        return _key(phrase)

    build_table(knowledge_base(), record)
    assert missing == [], "run scripts/build_lexicon_keys.py"
    assert len(compiled_keys()) > 1000


@pytest.mark.parametrize(("phrase", "tokens"), [
    ("U.S.", ("u.s.",)),
    ("Côte d'Ivoire", ("cote", "d'ivoire")),
    ("Guinea-Bissau", ("guinea", "-", "bissau")),
    ("Washington, D.C.", ("washington", ",", "d.c.")),
])
def test_lexicon_keys_of_punctuated_names(phrase: str, tokens: tuple[str, ...]) -> None:
    assert _key(phrase) == _spacy_key(phrase) == tokens


def test_lexicon_keys_loading_builds_no_tokenizer() -> None:
    knowledge_base.cache_clear()
    compiled_lexicon.cache_clear()
    _tokenizer.cache_clear()
    compiled_lexicon()
    assert _tokenizer.cache_info().misses == 0
