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
]


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
    "Senator Cruz warned that the incident could foreshadow a crisis with Iran.",
    "The minister warned that the new rules might hurt farmers in Kenya.",
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
]


@pytest.mark.slow
@pytest.mark.parametrize("text", OWN_THREATS)
def test_events_predictions_own_side_threat_stays(coder: Any, text: str) -> None:
    assert _threats(coded(coder, text))
