"""``redline ingest --engine dask``: code on a Dask cluster, then load the parts into the store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from redline.store import IngestStats


def ingest_dask(inputs: list[str], db: str, *, parts: str, scheduler: str | None,
                published: str | None, n_workers: int = 2) -> IngestStats:
    """Code ``inputs`` with :func:`run_dask` into Parquet under ``parts`` and store the result.

    An interrupted run resumes: finished partitions are kept, the store skips stored ids.
    """
    from redline.scale.dask_runner import run_dask
    from redline.scale.partitions import read_documents
    from redline.store import Store

    out = Path(parts)
    run_dask(inputs, out, scheduler=scheduler, published=published, n_workers=n_workers,
             resume=out.exists())
    with Store(db) as store:
        return store.add_documents(read_documents(out))
