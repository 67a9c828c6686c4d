"""CLI commands over the corpus store: ``ingest``, ``query`` and ``export``.

Heavy modules (spaCy, the coder) are imported inside the commands, never at import time.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any

import typer

from redline.errors import UsageError

if TYPE_CHECKING:
    from redline.store import IngestStats, Store

DB_HELP = "DuckDB store file."
DEFAULT_DB = "redline.duckdb"
READER_WAIT = 600.0  # an ingest waits this long for a reader (a long export) between batches
CANNED = ("dyad", "actor", "top-dyads", "clusters", "events", "documents", "stats")


class _Progress:
    """A progress line on stderr (only on a terminal): documents stored and skipped."""

    def __init__(self) -> None:
        self.stored = self.skipped = 0
        self.bar: Any = None
        self.task: Any = None

    def document(self, _doc: Any, new: bool) -> None:
        self._count(new)

    def skip(self, _article: Any) -> None:
        self._count(False)

    def _count(self, new: bool) -> None:
        self.stored += int(new)
        self.skipped += int(not new)
        if self.bar is not None:
            self.bar.update(self.task, completed=self.stored + self.skipped,
                            description=f"stored {self.stored}, skipped {self.skipped}")

    @contextmanager
    def shown(self) -> Iterator[_Progress]:
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        console = Console(stderr=True)
        if not console.is_terminal:
            yield self
            return
        cols = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
        with Progress(*cols, console=console, transient=True) as bar:
            self.bar, self.task = bar, bar.add_task("starting", total=None)
            yield self


def run_ingest(inputs: list[str], db: str, *, published: str | None = None,
               workers: int = 1, dictionaries: str | None = None,
               wait: float = 0.0, full_nlp: bool | None = None,
               min_confidence: float | None = None) -> IngestStats:
    """Code the inputs not stored yet into ``db`` (what ``redline ingest`` does).

    Every event is stored unless ``min_confidence`` is given (reads filter at the calibrated
    default anyway); with it, events below it are not written at all.

    The store is shared: held only while a batch is written, so ``redline serve`` and
    ``redline query`` read it in between; another ingest is waited for up to ``wait`` seconds.
    """
    from redline.ingest import iter_articles
    from redline.pipeline import Coder
    from redline.store import Store, ingest_articles
    from redline.store.filters import check_date

    if published:
        check_date(published, "--published")
    coder = Coder(workers=workers or os.cpu_count() or 1, dictionaries=dictionaries,
                  full_nlp=full_nlp)
    with Store(db, shared=True, wait=READER_WAIT, writer_wait=wait) as store, \
            _Progress().shown() as progress:
        articles = iter_articles(inputs, published=published)
        return ingest_articles(store, articles, _confident_pipe(coder, min_confidence),
                               on_document=progress.document, on_skip=progress.skip)


def _confident_pipe(coder: Any, min_confidence: float | None) -> Any:
    """``coder.pipe``, dropping events below ``min_confidence`` when one is given."""
    if min_confidence is None:
        return coder.pipe
    from redline.events.confidence import keep_confident

    def pipe(articles: Any) -> Any:
        return (keep_confident(d, min_confidence) for d in coder.pipe(articles))

    return pipe


MinConfidence = Annotated[float | None, typer.Option(
    metavar="X", help="Only events at or above this confidence (default: the calibrated "
                      "default; 0 keeps all).")]
Statements = Annotated[bool, typer.Option(
    "--statements", help="Keep bare statements (CAMEO 01x) and plain appeals (020).")]


def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    db: Annotated[str, typer.Option(help=DB_HELP)] = DEFAULT_DB,
    published: Annotated[str | None, typer.Option(
        help="Publication date YYYY-MM-DD for documents that carry none.")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes (0: all cores).")] = 0,
    engine: Annotated[str, typer.Option(help="local|dask")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address.")] = None,
    parts: Annotated[str | None, typer.Option(
        help="With --engine dask: folder for the partitioned Parquet (default DB.parts).")] = None,
    dictionaries: Annotated[str | None, typer.Option(
        help="Your PETRARCH actor/agent dictionaries (folder or file).")] = None,
    wait: Annotated[float, typer.Option(
        metavar="SECONDS", help="Wait this long for another ingest into the store to finish "
        "(default: fail at once).")] = 0.0,
    full_nlp: Annotated[bool, typer.Option(
        "--full-nlp", help="Run the parser and entity recognizer on every sentence.")] = False,
    min_confidence: Annotated[float | None, typer.Option(
        metavar="X", min=0.0, max=1.0,
        help="Store only events at or above this confidence (default: store every event; "
             "reads keep the calibrated default).")] = None,
) -> None:
    """Code documents into the store: streaming, idempotent, resumable (run it again).

    Runs beside `redline serve` on the same store: the file is held only while a batch is
    written, and the dashboard shows the new documents on its next request.
    """
    if engine == "dask" and (dictionaries or min_confidence is not None):
        flag = "--dictionaries" if dictionaries else "--min-confidence"
        raise UsageError(f"{flag} is not supported with --engine dask yet")
    if full_nlp:
        os.environ["REDLINE_FULL_NLP"] = "1"  # for Dask workers too (they load their own)
    if engine == "dask":
        from redline.scale.ingest import ingest_dask

        stats = ingest_dask(inputs, db, parts=parts or f"{db}.parts", scheduler=scheduler,
                            published=published, n_workers=workers or os.cpu_count() or 1)
    elif engine == "local":
        stats = run_ingest(inputs, db, published=published, workers=workers,
                           dictionaries=dictionaries, wait=wait, full_nlp=full_nlp or None,
                           min_confidence=min_confidence)
    else:
        raise UsageError(f"unknown --engine {engine!r}; choose local or dask")
    typer.echo(f"ingested into {db}: {stats}", err=True)
    raise typer.Exit(1 if stats.errors else 0)


def _emit(cols: list[str], rows: list[tuple[Any, ...]], fmt: str | None) -> None:
    from redline.tables import write

    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "csv"
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")
    write(cols, rows, fmt, sys.stdout)


def _format(fmt: str | None, json_out: bool, csv_out: bool) -> str | None:
    from redline.tables import FORMATS

    if json_out + csv_out + (fmt is not None) > 1:
        raise UsageError("give one of --format, --json, --csv")
    fmt = "json" if json_out else "csv" if csv_out else fmt
    if fmt is not None and fmt not in FORMATS:
        raise UsageError(f"unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return fmt


def _resolve_actors(opts: dict[str, Any]) -> None:
    """--actor/--source/--target as typed (a code in any case, a name, an alias) -> codes."""
    from redline.actorfilter import resolve_actor

    for flag in ("actor", "source", "target"):
        if opts[flag]:
            try:
                found = resolve_actor(opts[flag], opts["end"] or opts["start"])
            except ValueError as exc:
                raise UsageError(f"--{flag}: {exc}") from None
            if found.note:
                typer.echo(f"redline: --{flag} {found.note}", err=True)
            opts[flag] = found.code


def _dict_rows(records: list[dict[str, Any]]) -> tuple[list[str], list[tuple[Any, ...]]]:
    cols = list(records[0]) if records else []
    return cols, [tuple(r[c] for c in cols) for r in records]


def _need(value: str | None, flag: str, name: str) -> str:
    if not value:
        raise UsageError(f"query {name} needs {flag}")
    return value


def _canned(store: Store, name: str, o: dict[str, Any]) -> list[dict[str, Any]]:
    from redline import analytics as an

    queries: dict[str, Callable[[], list[dict[str, Any]]]] = {
        "dyad": lambda: an.dyad_series(
            store, _need(o["source"], "--source", name), _need(o["target"], "--target", name),
            freq=o["freq"], start=o["start"], end=o["end"], include_unasserted=o["all"]),
        "actor": lambda: [an.actor_summary(store, _need(o["actor"], "--actor", name),
                                           include_unasserted=o["all"])],
        "top-dyads": lambda: an.top_dyads(store, o["limit"], start=o["start"], end=o["end"],
                                          include_unasserted=o["all"]),
        "clusters": lambda: an.event_clusters(
            store, source=o["source"], target=o["target"], cameo=o["cameo"], start=o["start"],
            end=o["end"], include_unasserted=o["all"], limit=o["limit"]),
        "events": lambda: store.events(
            actor=o["actor"], source=o["source"], target=o["target"], cameo=o["cameo"],
            start=o["start"], end=o["end"], include_unasserted=o["all"], limit=o["limit"]),
        "documents": lambda: store.list_documents(limit=o["limit"], q=o["q"]),
        "stats": lambda: [store.stats()],
    }
    if name not in queries:
        raise UsageError(f"unknown query {name!r}; choose one of {', '.join(CANNED)} or --sql")
    return queries[name]()


def query(
    name: Annotated[str | None, typer.Argument(help=f"Canned query: {', '.join(CANNED)}.")] = None,
    sql: Annotated[str | None, typer.Option(
        "--sql", metavar="SQL", help="One read-only query (SELECT ...) over the store.")] = None,
    db: Annotated[str, typer.Option(metavar="PATH", help=DB_HELP)] = DEFAULT_DB,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="table|csv|json|markdown",
        help="Output format (default: table on a terminal, CSV when piped).")] = None,
    json_out: Annotated[bool, typer.Option("--json", hidden=True)] = False,
    csv_out: Annotated[bool, typer.Option("--csv", hidden=True)] = False,
    source: Annotated[str | None, typer.Option(
        help="Source actor: a code in any case, or a name or alias (Russia, Putin).")] = None,
    target: Annotated[str | None, typer.Option(help="Target actor, likewise.")] = None,
    actor: Annotated[str | None, typer.Option(help="Either actor, likewise.")] = None,
    cameo: Annotated[str | None, typer.Option(help="CAMEO code prefix.")] = None,
    freq: Annotated[str, typer.Option(help="day|week|month (dyad).")] = "day",
    start: Annotated[str | None, typer.Option(help="From YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option(help="To YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(help="Rows at most (top-dyads: how many).")] = 50,
    q: Annotated[str | None, typer.Option("--q", help="Text search (documents).")] = None,
    all_events: Annotated[bool, typer.Option(
        "--all", help="Include negated and hypothetical events.")] = False,
    min_confidence: MinConfidence = None,
    statements: Statements = False,
) -> None:
    """Canned analytics (dyad series, actor summary, top dyads, clusters...) or one read-only
    SQL query: no writes, no files outside the store, no ATTACH, no extensions."""
    from pathlib import Path

    from redline.store import Store
    from redline.store.sandbox import run_sql

    if (name is None) == (sql is None):
        raise UsageError("give a query name or --sql SQL (one of them)")
    out = _format(fmt, json_out, csv_out)
    opts = {"source": source, "target": target, "actor": actor, "cameo": cameo, "freq": freq,
            "start": start, "end": end, "limit": limit, "q": q, "all": all_events}
    if sql is not None:
        cols, rows = run_sql(Path(db), sql)
    else:
        from redline.store.filters import event_quality

        _resolve_actors(opts)
        with Store(db, read_only=True) as store, event_quality(
                min_confidence=min_confidence, statements=statements):
            cols, rows = _dict_rows(_canned(store, name or "", opts))
    _emit(cols, rows, out)


def export(
    fmt: Annotated[str, typer.Option("--format", "-f",
                                     help="parquet|csv|jsonl|gdelt|plover")],
    db: Annotated[str, typer.Option(help=DB_HELP)] = DEFAULT_DB,
    output: Annotated[str | None, typer.Option("--output", "-o",
                                               help="Output file (default: stdout).")] = None,
    all_events: Annotated[bool, typer.Option(
        "--all", help="Include negated and hypothetical events.")] = False,
    min_confidence: MinConfidence = None,
    statements: Statements = False,
) -> None:
    """Export events: Parquet, CSV, JSON Lines, GDELT-style CSV or PLOVER JSON Lines."""
    from redline.export import export_events
    from redline.store import Store
    from redline.store.filters import event_quality

    with Store(db, read_only=True) as store, event_quality(
            min_confidence=min_confidence, statements=statements):
        n = export_events(store, fmt, output, include_unasserted=all_events)
    from redline.tables import plural

    typer.echo(f"exported {plural(n, 'cluster' if fmt == 'gdelt' else 'event')} as {fmt}"
               f" to {output or 'stdout'}", err=True)


def register(app: typer.Typer) -> None:
    """Add ``ingest``, ``query`` and ``export`` to the redline CLI."""
    app.command("ingest")(ingest)
    app.command("query")(query)
    app.command("export")(export)
