"""``redline demo``: code the bundled examples into a DuckDB store and print what was found."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from redline.model import Document

if TYPE_CHECKING:
    from rich.console import Console


def run_demo(db: str) -> None:
    """Ingest the bundled examples into ``db`` and print a summary of events and quotes."""
    from rich.console import Console

    from redline.examples import example_paths
    from redline.ingest import iter_articles
    from redline.pipeline import Coder
    from redline.store import Store

    console = Console()
    seen: list[Document] = []
    articles = iter_articles([str(p) for p in example_paths()])
    with Store(db) as store:
        stats = store.add_documents(_keep(Coder().pipe(articles), seen))
    console.print(f"[bold]redline demo[/]: {len(seen)} example articles -> {db} ({stats})")
    for doc in seen:
        _print_doc(console, doc)
    _print_totals(console, seen)


def _keep(docs: Iterable[Document], seen: list[Document]) -> Iterator[Document]:
    for doc in docs:
        seen.append(doc)
        yield doc


def _print_doc(console: Console, doc: Document) -> None:
    asserted = [e for e in doc.events if e.asserted]
    console.print(f"\n[bold]{doc.published or '----------'}  {doc.title or doc.id}[/]  "
                  f"{len(asserted)} asserted events, {len(doc.events) - len(asserted)} flagged, "
                  f"{len(doc.quotes)} quotes")
    for ev in asserted[:6]:
        src = ev.source.code if ev.source else "---"
        tgt = ev.target.code if ev.target else "---"
        kind = ev.plover or "(statement)"
        console.print(f"  {ev.date or '':10s} {src:>8s} -> {tgt:<8s} {ev.cameo:>4s} "
                      f"{kind:<16s} [dim]{ev.trigger.text!r}[/]", highlight=False)


def _print_totals(console: Console, docs: list[Document]) -> None:
    kinds = Counter(e.plover for d in docs for e in d.events if e.asserted)
    flagged = Counter(e.modality for d in docs for e in d.events if not e.asserted)
    console.print(f"\n[bold]totals[/]: {sum(len(d.events) for d in docs)} events, "
                  f"{sum(len(d.quotes) for d in docs)} quotes, "
                  f"{sum(bool(d.errors) for d in docs)} documents with errors")
    by_type = ", ".join(f"{k or 'statements (no PLOVER type)'} {v}" for k, v in kinds.most_common())
    console.print(f"asserted by PLOVER type: {by_type}")
    kept = ", ".join(f"{k} {v}" for k, v in flagged.items())
    console.print(f"not asserted (kept, flagged): {kept}")
