"""The Coder: order, per-document error capture, budgets, workers (real spaCy model)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.ingest import make_article
from redline.model import Article, Document
from redline.pipeline import Coder, code_doc
from redline.schema import validation_errors

TEXTS = [
    "Russia denied that it plans to invade Ukraine. NATO ministers met in Riga on Tuesday.",
    "",
    "China held military drills near Taiwan, the defence ministry in Taipei said.",
    "La Russie a déclaré mardi qu'elle n'envahirait pas l'Ukraine, selon le Kremlin et les autres.",
    "Iran rejected the proposal. \"We will not accept it,\" the foreign minister said.",
]


def _articles() -> list[Article]:
    return [make_article(t, name=f"t{i}", published="2021-12-06") for i, t in enumerate(TEXTS)]


@pytest.mark.slow
def test_pipeline_order_errors_and_schema(nlp: Any) -> None:
    docs = list(Coder(nlp=nlp, batch_size=2).pipe(_articles()))
    assert [d.text for d in docs] == TEXTS
    assert [[e.code for e in d.errors] for d in docs] == [[], ["empty"], [], ["language"], []]
    assert docs[3].language == "fr" and not docs[3].events
    for doc in docs:
        assert validation_errors(doc.to_dict()) == []
    assert len(docs[0].sentences) == 2


@pytest.mark.slow
def test_pipeline_size_budget(nlp: Any) -> None:
    (doc,) = Coder(nlp=nlp, max_chars=50).pipe([make_article("NATO met. " * 10, name="big")])
    assert [e.code for e in doc.errors] == ["too_large"]


@pytest.mark.slow
def test_pipeline_failing_stage_becomes_an_error_entry(nlp: Any, monkeypatch: Any) -> None:
    import redline.quotes

    def boom(*args: Any, **kwargs: Any) -> list[Any]:
        raise ValueError("broken stage")

    monkeypatch.setattr(redline.quotes, "quotes_and_attributions", boom)
    article = make_article(TEXTS[0], name="x")
    doc = code_doc(article, nlp(article.text))
    assert [e.code for e in doc.errors] == ["pipeline"]
    assert "quotes failed: ValueError: broken stage" in doc.errors[0].message
    assert doc.sentences


@pytest.mark.slow
def test_pipeline_workers_give_the_same_documents_in_order(nlp: Any) -> None:
    articles = _articles() * 7
    one = list(Coder(nlp=nlp, batch_size=4).pipe(articles))
    two = list(Coder(workers=2, batch_size=4).pipe(articles))
    assert [d.to_dict() for d in two] == [d.to_dict() for d in one]


@pytest.mark.slow
def test_pipeline_code_text_api(nlp: Any) -> None:
    doc = Coder(nlp=nlp).code_text("NATO met.", title="T", published="2022-01-02", id="abc")
    assert isinstance(doc, Document)
    assert (doc.id, doc.title, doc.published) == ("abc", "T", "2022-01-02")


def _spin(*args: Any, **kwargs: Any) -> list[Any]:
    import time

    end = time.process_time() + 5
    while time.process_time() < end:
        pass
    return []


def _nap(*args: Any, **kwargs: Any) -> list[Any]:
    import time

    time.sleep(2.0)
    return []


@pytest.mark.slow
@pytest.mark.parametrize(("stage", "stopped"), [(_spin, True), (_nap, False)])
def test_pipeline_time_budget_counts_cpu_time(nlp: Any, monkeypatch: Any, stage: Any,
                                              stopped: bool) -> None:
    """A runaway stage is stopped after the budget's CPU seconds; a stage that waits (as on a
    loaded machine, where wall time runs ahead of CPU time) is not cut short."""
    import redline.places

    monkeypatch.setattr(redline.places, "find_places", stage)
    article = make_article(TEXTS[0], name="x")
    doc = code_doc(article, nlp(article.text), budget=1.5)
    assert [e.code for e in doc.errors] == (["timeout"] if stopped else [])
    assert doc.sentences
    if stopped:
        assert "places" in doc.errors[0].message


@pytest.mark.slow
def test_pipeline_small_input_is_coded_without_starting_workers(nlp: Any) -> None:
    coder = Coder(workers=2, nlp=nlp, batch_size=8)
    docs = list(coder.pipe(_articles()))
    assert len(docs) == len(TEXTS) and coder._pool is None


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_pipeline_user_dictionaries_add_actors(nlp: Any, tmp_path: Any, workers: int) -> None:
    (tmp_path / "Mine.actors.txt").write_text("ELDORIA [ELD]\nZARKOV_PETROVSKI [ELDGOV]\n")
    text = "Zarkov Petrovski accused Russia of lying. Eldoria sent aid to Ukraine."
    articles = [make_article(text, name=str(i), id=str(i)) for i in range(40)]
    plain = next(Coder(nlp=nlp).pipe(articles[:1]))
    with Coder(nlp=nlp if workers == 1 else None, workers=workers, batch_size=8,
               dictionaries=str(tmp_path)) as coder:
        docs = list(coder.pipe(articles))
    assert "ELDGOV" not in {a.code for a in plain.actors}
    assert all({"ELDGOV", "ELD"} <= {a.code for a in d.actors} for d in docs)


def test_pipeline_missing_dictionaries_is_a_usage_error() -> None:
    from redline.errors import UsageError

    with pytest.raises(UsageError, match="dictionaries not found"):
        Coder(dictionaries="/no/such/dictionaries")
