"""Modality of an act that a report, claim or concern says (issue 16, fourteenth round):
a concern's content hung on the noun by a "that" the parser reads as a mark is not told as
done (``hedges.content_clause``); what a denied report says is denied
(``events/denied_reports.py``). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.model import Document


def coded(coder: Any, text: str) -> Document:
    return coder.code_text(text, published="2021-06-01")


def modalities(coder: Any, text: str, root: str, sentence: int = 0) -> set[str]:
    return {e.modality for e in coded(coder, text).events
            if e.cameo_root == root and e.sentence == sentence}


# (sentence, CAMEO root of the voiced act): what a concern or complaint says, not told as done
VOICED: list[tuple[str, str]] = [
    ("Rights groups raised concerns that police had beaten detainees.", "18"),
    ("Amnesty International raised concerns that Egyptian police had beaten detainees.", "18"),
    ("Activists voiced complaints that soldiers had arrested students in Yangon.", "17"),
]

# (sentence, CAMEO root of the act): the content of a report or claim that is denied
DENIED: list[tuple[str, str]] = [
    ("The report that rebels had seized the town was denied.", "17"),
    ("Moscow denied claims that Russian jets bombed a hospital in Aleppo.", "18"),
    ("The report that Turkish jets had bombed the camp was denied by Ankara.", "18"),
    ("Moscow rejected claims that Russian troops had shelled the village.", "19"),
]

# (sentence, CAMEO root): a relative clause about a claim, or a report told as fact, stays
# asserted
KEPT: list[tuple[str, str]] = [
    ("Kyiv rejected the allegations Moscow used to justify its attack on Kharkiv.", "11"),
    ("Ukraine repeated the allegations Russia rejected on Monday.", "12"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), VOICED)
def test_events_modality_reports_voiced_not_told(coder: Any, text: str, root: str) -> None:
    assert modalities(coder, text, root) == {"hypothetical"}


@pytest.mark.slow
def test_events_modality_reports_voiced_told_elsewhere(coder: Any) -> None:
    text = ("Egyptian police beat detainees in Cairo on Monday. Amnesty International raised "
            "concerns that Egyptian police had beaten detainees.")
    assert modalities(coder, text, "18", 1) == {"asserted"}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), DENIED)
def test_events_modality_reports_denied(coder: Any, text: str, root: str) -> None:
    assert modalities(coder, text, root) == {"denied"}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), KEPT)
def test_events_modality_reports_kept(coder: Any, text: str, root: str) -> None:
    assert modalities(coder, text, root) == {"asserted"}
