"""Acts foretold in another side's speech (r9-16): "Biden said Russia will invade Ukraine" is
Biden's claim and a predicted Russian act, not an asserted Russian threat; a warning about
another's act is no threat of the one warning. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.model import Document, Event


def coded(coder: Any, text: str) -> Document:
    return coder.code_text(text, published="2021-12-06")


def _threats(doc: Document) -> list[Event]:
    return [e for e in doc.events if e.cameo_root == "13" and e.asserted]


# (sentence, CAMEO root of the act foretold, country code of the one who said it)
FORETOLD = [
    ("Biden said Russia will invade Ukraine.", "19", "USA"),
    ("The French president said China would attack Taiwan.", "19", "FRA"),
    ("Zelensky said Russia will attack Kyiv within days.", "19", "UKR"),
    ("Biden warned that Russia would invade Ukraine.", "19", "USA"),
    ("Macron warned that Turkey will attack the Kurds in Syria.", "19", "FRA"),
    # a conditioned prediction is no threat either (review r9, finding 11)
    ("Merkel said Serbia would attack Kosovo if the talks failed.", "19", "DEU"),
]

# a speaker of no known side: a prediction, not the subject's threat (finding 11)
UNKNOWN_SPEAKERS = [
    "Officials said Iran will attack Israel.",
    "He said China would invade Taiwan.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", UNKNOWN_SPEAKERS)
def test_events_predictions_unknown_speaker_predicts(coder: Any, text: str) -> None:
    doc = coded(coder, text)
    assert not _threats(doc)
    assert any(e.cameo_root == "19" and not e.asserted for e in doc.events)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "victim"), [
    ("Biden said Russia will invade Ukraine.", "UKR"),
    ("Scholz said Iran would attack Israel.", "ISR"),
])
def test_events_predictions_statement_has_no_victim(coder: Any, text: str, victim: str) -> None:
    said = [e for e in coded(coder, text).events if e.cameo_root == "01"]
    assert not any(e.target is not None and (e.target.code or "")[:3] == victim for e in said)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "speaker"), FORETOLD)
def test_events_predictions_foretold_act_is_not_asserted(coder: Any, text: str, root: str,
                                                         speaker: str) -> None:
    doc = coded(coder, text)
    assert not _threats(doc)
    acts = [e for e in doc.events if e.cameo_root == root]
    assert acts and not any(e.asserted for e in acts)
    assert all(e.attributed_to is not None and (e.attributed_to.code or "")[:3] == speaker
               for e in acts)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The farm minister warned that the drought could ruin this year's harvest.",
    "The minister warned that the new rules might hurt farmers in Kenya.",
    # the clause's verb is itself a trigger (review r9, finding 12)
    "Macron warned that the storm could hit Paris.",
    "The mayor warned that the floods could destroy homes in Lagos.",
])
def test_events_predictions_warning_about_things_is_no_threat(coder: Any, text: str) -> None:
    assert not _threats(coded(coder, text))


# the actor's own side speaking, or a warning to the one who will pay: a threat stays
OWN_THREATS = [
    "Russia said it will retaliate against NATO.",
    "Biden said the United States will impose sanctions on Russia.",
    "Germany warned Russia that it will impose sanctions.",
    "Israel warned Lebanon that Lebanon would pay a heavy price.",
    "The Pentagon warned that the response would be swift and severe.",
    "Germany warned that Russia would pay a heavy price for an invasion.",
    # the speaker's alliance or body, or a member of it (review r9, finding 4)
    "Biden warned Russia that NATO would respond.",
    "Macron warned that the EU would impose sanctions on Russia.",
    "Stoltenberg warned that the United States would retaliate against Russia.",
    "Scholz warned Belarus that NATO would retaliate.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", OWN_THREATS)
def test_events_predictions_own_side_threat_stays(coder: Any, text: str) -> None:
    assert _threats(coded(coder, text))
