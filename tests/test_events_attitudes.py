"""Hopes and worries a speaker voices about its own view (events/attitudes.py). Sentences
written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events

# (text, CAMEO code, source country, target country or None)
VOICED: list[tuple[str, str, str, str | None]] = [
    ("The German government said it hoped the talks would resume soon.", "013", "DEU", None),
    ('"We hope for a quick end to the war," German Chancellor Angela Merkel said.', "013",
     "DEU", None),
    ("Germany said it was deeply concerned about the fighting in Syria.", "012", "DEU", "SYR"),
    ("France says it remains skeptical of the plan.", "012", "FRA", None),
    ('"We are hopeful," the Kenyan foreign ministry said.', "013", "KEN", None),
    # a claim of the speaker's own act of force: responsibility claimed (015)
    ("The Israeli army claimed that it had attacked the launch sites.", "015", "ISR", None),
    # a pronoun that agrees with the speaker: "she" for a woman, "they" for a government
    ("Angela Merkel said she was worried about the vote.", "012", "DEU", None),
    ("The German government said they were concerned about the vote.", "012", "DEU", None),
    # the speaker's clause in a later sentence of the quote
    ('"The talks failed. We are hopeful," the Kenyan foreign ministry said.', "013", "KEN",
     None),
    ('"Russia attacked the port. We are deeply worried," the German foreign ministry said.',
     "012", "DEU", None),
]

# no attitude of the speaker's: someone else's, negated or supposed, the saying negated
NOT_VOICED: list[str] = [
    "Germany said the rebels hoped to win the war.",
    "Germany did not say it hoped for peace.",
    "Germany said it would be concerned if the talks failed.",
    "Germany said it was not concerned about the fighting.",
    "If Germany says it is concerned, the talks will stop.",
    '"If the talks fail, we are concerned," the German foreign ministry said.',
    "Germany said it would only be hopeful if the talks resumed.",
    "Germany said it was concerned if the talks failed.",
    '"They are worried about the vote," German Chancellor Angela Merkel said.',
    "The Israeli army claimed that Hamas had attacked the launch sites.",
    "The Israeli army denied that it had attacked the launch sites.",
    # a pronoun that cannot be the speaker: a person is no "they", a ministry no "he"
    "Merkel said they were worried about the vote.",
    "The French ministry said he was concerned about the vote.",
    "Angela Merkel said he was worried about the vote.",
]


def _attitudes(nlp: Any, text: str) -> list[Any]:
    return [e for e in asserted_events(nlp, text) if e.id.endswith(":q") and e.cameo in (
        "012", "013", "015")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cameo", "source", "target"), VOICED)
def test_attitudes_speaker_voices_view(nlp: Any, text: str, cameo: str, source: str,
                                       target: str | None) -> None:
    found = [(e.cameo, e.source.country, e.target and e.target.country)
             for e in _attitudes(nlp, text)]
    assert (cameo, source, target) in found, found


@pytest.mark.slow
def test_attitudes_two_claims_in_one_sentence(nlp: Any) -> None:
    text = ("The rebels claimed that they had attacked the convoy, but the army claimed that it "
            "attacked the rebels.")
    claims = [e for e in _attitudes(nlp, text) if e.cameo == "015"]
    assert len(claims) == 2, [(e.trigger.text, e.source.text) for e in claims]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_VOICED)
def test_attitudes_none(nlp: Any, text: str) -> None:
    found = _attitudes(nlp, text)
    assert not found, [(e.cameo, e.trigger.text) for e in found]
