"""Code batches on several processes: the model loaded once per worker, output in input order."""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import Any

from redline.model import Article, Document

_CODER: Any = None


def _init_worker(batch_size: int, max_chars: int) -> None:
    global _CODER
    from redline.pipeline import Coder

    _CODER = Coder(batch_size=batch_size, max_chars=max_chars)
    _CODER.nlp  # noqa: B018 - load the model once, when the worker starts


def _code_batch(batch: list[Article]) -> list[Document]:
    return _CODER.code_batch(batch)


def pipe_parallel(articles: Iterable[Article], *, workers: int, batch_size: int,
                  max_chars: int) -> Iterator[Document]:
    """Like ``Coder.pipe`` on ``workers`` processes, in input order.

    At most ``2 * workers`` batches are in flight, so memory stays flat however long the
    stream (``Pool.imap`` would read the whole input ahead).
    """
    from redline.pipeline import _batched

    ctx = mp.get_context("spawn")
    window: deque[AsyncResult[list[Document]]] = deque()
    with ctx.Pool(workers, initializer=_init_worker, initargs=(batch_size, max_chars)) as pool:
        for batch in _batched(articles, batch_size):
            window.append(pool.apply_async(_code_batch, (batch,)))
            if len(window) >= 2 * workers:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()
