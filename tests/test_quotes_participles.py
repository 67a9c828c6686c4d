"""Speakers of participles of saying with no subject of their own ('..., urging voters
to', 'accusing him of'): they share the subject of the verb they hang on when they report
words, as a clause does (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors
from redline.quotes import quotes_and_attributions


def _speakers(nlp: Any, text: str, cue: str) -> list[str | None]:
    doc = nlp(text)
    said, others = quotes_and_attributions(doc, resolve_actors(doc, published="2021-12-06"))
    return [q.speaker_text for q in said + others if q.cue is not None and q.cue.text == cue]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # an infinitive reported by a participle: 'urging voters to ...'
    ("Governor Ray Hollis has taken to urging farmers to plant less corn this spring.",
     "urging", "Governor Ray Hollis"),
    # a charge: 'accusing him of ...', on a participle joined to another
    ("Senator Dana Whitcomb toured the port on Friday, praising the dock workers and "
     "accusing the mayor of wasting public money.", "accusing", "Senator Dana Whitcomb"),
    # a naming: 'calling the plan a ...'
    ("Senator Dana Whitcomb spoke at the port on Friday, calling the budget a disgrace.",
     "calling", "Senator Dana Whitcomb"),
])
def test_quotes_participles_share_the_subject(nlp: Any, text: str, cue: str,
                                              speaker: str) -> None:
    found = _speakers(nlp, text, cue)
    assert found and all(s is not None and speaker in s for s in found), found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cue", "not_speaker"), [
    # the one praised for saying something said it, not the one who praises
    ("The mayor praised Ms. Alvarez for saying that the city would stay open.",
     "saying", "The mayor"),
    # a plain infinitive of purpose is no reported words of the subject's object
    ("The mayor asked the council to stop urging residents to leave the city.",
     "urging", "The mayor"),
])
def test_quotes_participles_left_alone(nlp: Any, text: str, cue: str,
                                       not_speaker: str) -> None:
    found = _speakers(nlp, text, cue)
    assert all(s != not_speaker for s in found), found
