"""The model's matrix products through numpy's BLAS: same annotations, chosen by measurement
or by ``REDLINE_BLAS``."""

from __future__ import annotations

from typing import Any

import pytest

from redline.examples import example_paths


@pytest.mark.parametrize(("value", "choice"), [
    ("numpy", "numpy"), ("BLIS", "blis"), (" auto ", "auto"), ("", "auto"), ("mkl", "auto"),
])
def test_fastops_blas_choice_reads_the_environment(monkeypatch: Any, value: str,
                                                   choice: str) -> None:
    from redline.fastops import blas_choice

    monkeypatch.setenv("REDLINE_BLAS", value)
    assert blas_choice() == choice


@pytest.mark.parametrize(("choice", "used"), [("numpy", True), ("blis", False)])
def test_fastops_explicit_choice_wins_over_measurement(choice: str, used: bool) -> None:
    from redline.fastops import use_numpy_blas

    assert use_numpy_blas(choice) is used


def _annotations(doc: Any) -> list[tuple[Any, ...]]:
    return [(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_,
             t.is_sent_start) for t in doc]


@pytest.mark.slow
def test_fastops_same_annotations_with_either_library() -> None:
    from redline.fastops import speed_up_ops
    from redline.nlp import load_model

    blis, blas = load_model(), load_model()
    assert speed_up_ops(blas, "numpy") and not speed_up_ops(blis, "blis")
    texts = [p.read_text(encoding="utf-8") for p in example_paths()]
    for a, b in zip(blis.pipe(texts), blas.pipe(texts), strict=True):
        assert _annotations(a) == _annotations(b)
