"""The model's matrix products through numpy's BLAS when it is faster than thinc's BLIS.

thinc runs every dense layer of the model (the token-to-vector layers, the parser's and the
recognizer's first layer) through ``NumpyOps.gemm``, which calls the BLIS library bundled
with thinc. On some processors BLIS falls back to a slow generic kernel: on the 2-core AMD
EPYC development machine it reaches about 31 GFLOPS where numpy's OpenBLAS reaches about 93
(``use_blis=False`` hands ``gemm`` to numpy). The annotations stay the same (tags, trees,
entities and lemmas compared token for token on 63,000 tokens of the bundled examples and
real news, tested); only the floating-point summation order differs.

Which library is faster is measured once per process on a product of the model's shape
(a fraction of a millisecond each, best of several, in CPU time: on a busy machine, or in
two workers loading at once, wall-clock timings were taken while the process waited for a
core), unless ``REDLINE_BLAS`` says ``numpy`` or ``blis``. The transition decoders' small
per-step products stay in BLIS (thinc reaches them only from compiled code).
"""

from __future__ import annotations

import os
import time
from functools import lru_cache
from typing import Any

import numpy

CHOICES = ("auto", "numpy", "blis")
MARGIN = 1.15  # numpy must be this much faster to be used (timings of a busy machine vary)
_SHAPE = (256, 288, 288)  # rows x inputs x outputs: the small model's window encoder layer


def blas_choice() -> str:
    """``REDLINE_BLAS`` (auto, numpy or blis; anything else reads as auto)."""
    value = os.environ.get("REDLINE_BLAS", "auto").strip().lower()
    return value if value in CHOICES else "auto"


def _best_time(fn: Any, reps: int = 5) -> float:
    """The least CPU time (all threads of the process) of ``reps`` calls of ``fn``."""
    best = float("inf")
    for _ in range(reps):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


@lru_cache(maxsize=1)
def numpy_is_faster() -> bool:
    """Whether numpy's BLAS multiplies a model-shaped float32 product faster than BLIS."""
    from thinc.api import NumpyOps

    rows, inputs, outputs = _SHAPE
    x = numpy.linspace(-1, 1, rows * inputs, dtype=numpy.float32).reshape(rows, inputs)
    w = numpy.linspace(1, -1, outputs * inputs, dtype=numpy.float32).reshape(outputs, inputs)
    ops = (NumpyOps(use_blis=True), NumpyOps(use_blis=False))
    for op in ops:  # warm both (first calls pay for allocation and library set-up)
        op.gemm(x, w, trans2=True)
    blis, blas = (_best_time(lambda op=op: op.gemm(x, w, trans2=True)) for op in ops)
    return blas * MARGIN < blis


def use_numpy_blas(choice: str | None = None) -> bool:
    """Whether the model should multiply through numpy: ``choice`` (default
    :func:`blas_choice`) ``numpy`` or ``blis`` decides; ``auto`` measures."""
    choice = choice or blas_choice()
    return choice == "numpy" or (choice == "auto" and numpy_is_faster())


def speed_up_ops(nlp: Any, choice: str | None = None) -> bool:
    """Give every layer of ``nlp``'s models numpy's BLAS when it is the faster one; returns
    whether it did. The pipeline's annotations are unchanged."""
    if not use_numpy_blas(choice):
        return False
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, proc in nlp.pipeline:
        model: Any = getattr(proc, "model", None)
        for node in model.walk() if hasattr(model, "walk") else ():
            node.ops = ops
    return True
