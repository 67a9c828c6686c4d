"""The document's time budget (pipeline.deadline, review r9 finding 21): the message names the
budget passed, and a stage blocked far past it (wall clock) is cut off too."""

from __future__ import annotations

from typing import Any

import pytest

from redline.ingest import make_article
from redline.pipeline import code_doc

TEXT = "Germany condemned the attack. France sent aid to Ukraine."


def _spin(*args: Any, **kwargs: Any) -> list[Any]:
    import time

    end = time.process_time() + 3
    while time.process_time() < end:
        pass
    return []


def _block(*args: Any, **kwargs: Any) -> list[Any]:
    import time

    time.sleep(8.0)
    return []


@pytest.mark.slow
@pytest.mark.parametrize(("stage", "budget", "said"), [
    (_spin, 1.5, "over the 1.5 s (CPU) time budget"),
    (_block, 0.5, "over the 0.5 s (CPU) time budget"),  # blocked: the wall-clock backstop
])
def test_pipeline_deadline_stops_and_names_the_budget(nlp: Any, monkeypatch: Any, stage: Any,
                                                      budget: float, said: str) -> None:
    import redline.places

    monkeypatch.setattr(redline.places, "find_places", stage)
    article = make_article(TEXT, name="x")
    doc = code_doc(article, nlp(article.text), budget=budget)
    assert [e.code for e in doc.errors] == ["timeout"]
    assert said in doc.errors[0].message and "places" in doc.errors[0].message
