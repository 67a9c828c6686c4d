"""Loading the knowledge without the cyclic garbage collector.

Building the actor tables allocates some hundred thousand small objects (entries, key tuples)
and no reference cycles; each allocation burst triggers full collections that walk every object
already alive, the English pipeline's too (in a coder, the lexicon's build took three times as
long with them: ``benchmarks/kb_load.py``). The loaders run with the collector paused and
restore it as they found it, so nothing they return differs.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def without_gc(load: Callable[P, R]) -> Callable[P, R]:
    """``load`` run with the cyclic collector paused (re-enabled after, if it was on)."""

    @wraps(load)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        was_on = gc.isenabled()
        gc.disable()
        try:
            return load(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()

    return run
