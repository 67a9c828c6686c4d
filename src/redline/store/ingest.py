"""Resumable ingestion: articles already in the store are skipped *before* they are coded."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from redline.model import Article, Document

if TYPE_CHECKING:
    from redline.store.core import IngestStats, Store

CHECK_CHUNK = 256
Code = Callable[[Iterable[Article]], Iterable[Document]]


class _Skipped:
    def __init__(self, on_skip: Callable[[Article], None] | None) -> None:
        self.count = 0
        self.on_skip = on_skip

    def __call__(self, article: Article) -> None:
        self.count += 1
        if self.on_skip is not None:
            self.on_skip(article)


def new_articles(store: Store, articles: Iterable[Article], skip: Callable[[Article], None],
                 *, chunk: int = CHECK_CHUNK) -> Iterator[Article]:
    """The articles whose id is not stored yet (checked a chunk at a time, one query each)."""
    it = iter(articles)
    while batch := list(islice(it, chunk)):
        missing = store.missing_ids([a.id for a in batch])
        store.release()  # a shared store lets readers in while the batch is coded
        for article in batch:
            if article.id in missing:
                missing.discard(article.id)
                yield article
            else:
                skip(article)


def ingest_articles(store: Store, articles: Iterable[Article], code: Code, *,
                    on_document: Callable[[Document, bool], None] | None = None,
                    on_skip: Callable[[Article], None] | None = None) -> IngestStats:
    """Code the articles not stored yet with ``code`` (e.g. ``Coder().pipe``) and store them."""
    from redline.store.core import IngestStats

    skipped = _Skipped(on_skip)
    docs = code(new_articles(store, articles, skipped))
    stats = store.add_documents(docs, on_document=on_document)
    return stats + IngestStats(skipped=skipped.count)
