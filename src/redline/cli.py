"""The ``redline`` command line: a thin typer layer over the library.

Exit codes: 0 every document coded; 1 some documents carry errors (all are still
written); 2 a usage error (one readable line on stderr, never a traceback).
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from redline import __version__
from redline.clihelp import tidy
from redline.errors import RedlineError, StoreError, UsageError
from redline.tables import plural

app = typer.Typer(
    name="redline", add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
    help="News about international politics and crises in; sourced, structured event data out.",
)
eval_app = typer.Typer(no_args_is_help=True, help="Score the coder against gold sets.")
app.add_typer(eval_app, name="eval")
PLUGINS = ("redline.cli_actors", "redline.cli_store", "redline.cli_web", "redline.cli_eval")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"redline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """redline: who did what to whom, when and where, and who said so."""


def progress(items: Iterable[Any], *, label: str) -> Iterator[Any]:
    """Yield ``items`` while a progress line on stderr counts them (silent when not a TTY)."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    if not console.is_terminal:
        yield from items
        return
    cols = (SpinnerColumn(), TextColumn("{task.description} {task.completed} documents"),
            TimeElapsedColumn())
    with Progress(*cols, console=console, transient=True) as bar:
        task = bar.add_task(label, total=None)
        for item in items:
            yield item
            bar.advance(task)


class _Counter:
    def __init__(self, docs: Iterable[Any]) -> None:
        self.docs, self.total, self.failed = docs, 0, 0

    def __iter__(self) -> Iterator[Any]:
        for doc in self.docs:
            self.total += 1
            self.failed += bool(doc.errors)
            yield doc


@app.command()
def code(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    published: Annotated[str | None, typer.Option(
        help="Publication date YYYY-MM-DD for documents that carry none.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl|json|csv|parquet")] = "jsonl",
    output: Annotated[str | None, typer.Option("--output", "-o", help="Output file.")] = None,
    workers: Annotated[int, typer.Option(
        help="Worker processes (0: all cores; inputs of one batch are coded in-process).")] = 0,
    engine: Annotated[str, typer.Option(help="local|dask")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address.")] = None,
    dictionaries: Annotated[str | None, typer.Option(
        help="Your PETRARCH actor/agent dictionaries (folder or file), used where redline's "
             "own knowledge finds nothing.")] = None,
    min_confidence: Annotated[float | None, typer.Option(
        metavar="X", help="Write only events at or above this confidence (default: the "
                          "calibrated default; 0 writes all).")] = None,
    lexicon: Annotated[str | None, typer.Option(
        help="Event lexicon: own (redline's), mined (the default: redline's with the "
             "CAMEO 2.0 verb classes that held precision behind it) or full (with all of "
             "PETRARCH2's CAMEO 2.0 verb patterns behind it); default $REDLINE_LEXICON, else "
             "the built-in default.")] = None,
    full_nlp: Annotated[bool, typer.Option(
        "--full-nlp", help="Run the parser and entity recognizer on every sentence (default: "
        "only where events, quotes and names can be).")] = False,
) -> None:
    """Code documents into schema-v1 JSON (events, quotes, sentences, errors)."""
    from redline.ingest import iter_articles
    from redline.output import FORMATS, write_documents
    from redline.pipeline import Coder

    if fmt not in FORMATS:
        raise UsageError(f"unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if engine == "dask" and dictionaries:
        raise UsageError("--dictionaries is not supported with --engine dask yet")
    if full_nlp:
        os.environ["REDLINE_FULL_NLP"] = "1"  # for Dask workers too (they load their own)
    if engine == "dask":
        _code_dask(inputs, output, published=published, scheduler=scheduler,
                   workers=workers or os.cpu_count() or 1)
        return
    if engine != "local":
        raise UsageError(f"unknown --engine {engine!r}; choose local or dask")
    articles = iter_articles(inputs, published=published)
    coder = Coder(workers=workers or os.cpu_count() or 1, dictionaries=dictionaries,
                  lexicon=lexicon, full_nlp=full_nlp or None)
    from redline.events.confidence import keep_confident

    docs = (keep_confident(d, min_confidence) for d in coder.pipe(articles))
    counter = _Counter(progress(docs, label="coding"))
    write_documents(counter, fmt, output)
    typer.echo(f"coded {plural(counter.total, 'document')}, {counter.failed} with errors",
               err=True)
    raise typer.Exit(1 if counter.failed else 0)


def _code_dask(inputs: list[str], output: str | None, *, published: str | None,
               scheduler: str | None, workers: int) -> None:
    if not output:
        raise UsageError("--engine dask writes partitioned Parquet: give -o DIR")
    try:
        from redline.scale.dask_runner import run_dask
    except ImportError as exc:
        msg = "--engine dask needs the scale extra: pip install 'redline[scale]'"
        raise UsageError(msg) from exc
    out = Path(output)
    stats = run_dask(inputs, out, scheduler=scheduler, published=published, n_workers=workers,
                     resume=out.exists())
    typer.echo(str(stats), err=True)


@app.command()
def demo(
    db: Annotated[str, typer.Option(help="DuckDB store to code into.")] = "redline.duckdb",
) -> None:
    """Code the bundled example articles into the default store and print what was found."""
    from redline.demo import run_demo

    run_demo(db)


@app.command()
def bench(
    path: Annotated[str | None, typer.Argument(help="Corpus (default: bundled examples).")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="End with one JSON line.")] = False,
    workers: Annotated[str, typer.Option(help="Worker counts to run, e.g. 1,2.")] = "1",
    min_docs: Annotated[int, typer.Option(help="Repeat the corpus up to this many.")] = 200,
    rounds: Annotated[int, typer.Option(help="Alternating rounds; the best of each.")] = 3,
    profile: Annotated[bool, typer.Option(
        "--profile", help="Also time each spaCy component and each redline stage.")] = False,
    full_nlp: Annotated[bool, typer.Option(
        "--full-nlp", help="Time the full pipeline only (default: both modes, fast first).")
    ] = False,
) -> None:
    """Time redline end to end against bare spaCy parsing of the same texts, in one run."""
    from redline.bench import run_bench

    counts = _int_list(workers, "--workers")
    run_bench(path, workers=counts, min_docs=min_docs, json_out=json_out, rounds=max(1, rounds),
              profile=profile, modes=(True,) if full_nlp else (False, True))


def _int_list(value: str, flag: str) -> list[int]:
    try:
        return [max(1, int(v)) for v in value.split(",") if v.strip()]
    except ValueError as exc:
        raise UsageError(f"{flag} takes whole numbers like 1,2; got {value!r}") from exc


def _report(report: Any, text: str, json_out: bool) -> None:
    import dataclasses
    import json

    if json_out:
        data = (dataclasses.asdict(report)
                if dataclasses.is_dataclass(report) and not isinstance(report, type) else report)
        typer.echo(json.dumps(data, default=str))
    else:
        typer.echo(text)


def _need(path: Path, what: str) -> Path:
    if not path.exists():
        raise UsageError(f"{what} not found: {path}")
    return path


@eval_app.command("plover")
def eval_plover(
    data: Annotated[Path, typer.Option(help="PLOVER gold records (JSONL).")],
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Event type, source and target accuracy on PLOVER gold records."""
    _need(data, "PLOVER data")
    from redline.eval.plover import format_plover_report, score_plover

    report = score_plover(data)
    _report(report, format_plover_report(report), json_out)


@eval_app.command("polnear")
def eval_polnear(
    data: Annotated[Path, typer.Option(help="PolNeAR folder.")],
    split: Annotated[str, typer.Option(help="train|dev")] = "dev",
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Quote attribution precision, recall and F1 on PolNeAR."""
    _need(data, "PolNeAR folder")
    from redline.eval.polnear import format_polnear_report, score_polnear

    report = score_polnear(data, split=split)
    _report(report, format_polnear_report(report), json_out)


@eval_app.command("petrarch")
def eval_petrarch(
    suite: Annotated[Path, typer.Option(help="PETR.UnitTest.records.xml")],
    dictionaries: Annotated[Path, typer.Option(help="Folder of PETRARCH dictionaries.")],
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Share of the PETRARCH2 validation suite's expected codings reproduced."""
    _need(suite, "suite")
    _need(dictionaries, "dictionaries")
    from redline.eval.petrarch import format_petrarch_report, score_petrarch

    report = score_petrarch(suite, dictionaries)
    _report(report, format_petrarch_report(report), json_out)


@eval_app.command("html")
def eval_html(
    data: Annotated[Path, typer.Option(help="news_html folder (or the shared data folder).")],
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Main-text extraction of real web pages against their ground truth (word P/R/F1)."""
    _need(data, "news_html folder")
    from redline.eval.html import format_html_report, score_html

    report = score_html(data)
    _report(report, format_html_report(report), json_out)


@eval_app.command("tables")
def eval_tables(json_out: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Accuracy on our own tables of date, place and quantity cases."""
    from redline.eval.tables import format_tables_report, score_tables

    report = score_tables(verbose=True)
    _report(report, format_tables_report(report), json_out)


def _register_plugins() -> None:
    for name in PLUGINS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point: domain errors become one line on stderr and an exit code, never a traceback."""
    _register_plugins()
    try:
        tidy(typer.main.get_command(app)).main(args=argv, prog_name="redline",
                                               standalone_mode=True)
    except (UsageError, StoreError) as exc:  # a store that cannot be used is the user's input
        typer.echo(f"redline: error: {exc}", err=True)
        sys.exit(2)
    except RedlineError as exc:
        typer.echo(f"redline: error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("redline: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:
        if not type(exc).__module__.lstrip("_").startswith("duckdb"):
            raise
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        typer.echo(f"redline: error: the store could not be read: {first}", err=True)
        sys.exit(2)
