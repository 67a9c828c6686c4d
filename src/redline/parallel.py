"""Code batches on several processes: the model loaded once per worker, output in input order."""

from __future__ import annotations

import multiprocessing as mp
import os
import time
import weakref
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult, Pool
from typing import Any

from redline.model import Article, Document

_CODER: Any = None


def _init_worker(batch_size: int, max_chars: int, dictionaries: str | None = None,
                 lexicon: str | None = None, full_nlp: bool | None = None) -> None:
    global _CODER
    from redline.pipeline import Coder

    _CODER = Coder(batch_size=batch_size, max_chars=max_chars, dictionaries=dictionaries,
                   lexicon=lexicon, full_nlp=full_nlp)
    _CODER.nlp  # noqa: B018 - load the model once, when the worker starts
    _CODER.knowledge  # noqa: B018 - and the user's dictionaries


def _code_batch(batch: list[Article]) -> list[Document]:
    return _CODER.code_batch(batch)


def _pid(pause: float) -> int:
    time.sleep(pause)  # hold this worker so that the next call goes to another one
    return os.getpid()


def _stop(pool: Pool) -> None:
    pool.terminate()
    pool.join()


class WorkerPool:
    """``workers`` spawned processes, each loading the model once, reused for every stream.

    A ``Coder`` keeps one, so a second ``pipe`` call pays no start-up; the processes end
    with :meth:`close`, or when the pool is garbage-collected, or at interpreter exit.
    """

    def __init__(self, workers: int, *, batch_size: int, max_chars: int,
                 dictionaries: str | None = None, lexicon: str | None = None,
                 full_nlp: bool | None = None) -> None:
        self.workers = workers
        self.batch_size = batch_size
        ctx = mp.get_context("spawn")
        self._pool = ctx.Pool(workers, initializer=_init_worker,
                              initargs=(batch_size, max_chars, dictionaries, lexicon,
                                        full_nlp))
        self._finalizer = weakref.finalize(self, _stop, self._pool)

    def wait_ready(self, timeout: float = 300.0) -> bool:
        """Block until every worker has started and loaded the model (True), or ``timeout``."""
        seen: set[int] = set()
        end = time.monotonic() + timeout
        while len(seen) < self.workers and time.monotonic() < end:
            seen.update(self._pool.map(_pid, [0.2] * self.workers, chunksize=1))
        return len(seen) >= self.workers

    def pipe(self, articles: Iterable[Article]) -> Iterator[Document]:
        """Documents in input order.

        At most ``2 * workers`` batches are in flight, so memory stays flat however long the
        stream (``Pool.imap`` would read the whole input ahead).
        """
        from redline.pipeline import _batched

        window: deque[AsyncResult[list[Document]]] = deque()
        for batch in _batched(articles, self.batch_size):
            window.append(self._pool.apply_async(_code_batch, (batch,)))
            if len(window) >= 2 * self.workers:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()

    def close(self) -> None:
        self._finalizer()
