"""``redline eval all`` and ``redline eval articles``: the scoreboard commands."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from redline.errors import UsageError

if TYPE_CHECKING:
    from redline.eval.common import Progress


@contextmanager
def _bar(label: str) -> Iterator[Progress | None]:
    """A progress bar on stderr while a set runs (nothing when stderr is not a terminal)."""
    from rich.console import Console
    from rich.progress import Progress as Bar
    from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    if not console.is_terminal:
        yield None
        return
    cols = (SpinnerColumn(), TextColumn("{task.description} {task.completed} items"),
            TimeElapsedColumn())
    with Bar(*cols, console=console, transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda n: bar.advance(task, n)


def _sets(only: str | None) -> list[str]:
    from redline.eval.scoreboard import SETS

    names = [s.strip() for s in only.split(",") if s.strip()] if only else list(SETS)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        raise UsageError(f"unknown set {unknown[0]!r}; choose from {', '.join(SETS)}")
    return names


def eval_all(
    data: Annotated[Path, typer.Option(metavar="DIR",
                                       help="The reference data folder (../shared/data).")],
    only: Annotated[str | None, typer.Option(metavar="SETS",
                                             help="Run only these sets (comma-separated).")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="End with one JSON line.")] = False,
) -> None:
    """Every scorer on every gold set under DIR: one table (set, figure, value, count, seconds).

    A missing set is reported as skipped with its path; the others still run (exit code 1)."""
    from redline.eval.scoreboard import format_table, run_set

    if not data.is_dir():
        raise UsageError(f"data folder not found: {data}")
    results = []
    for name in _sets(only):
        with _bar(name) as progress:
            results.append(run_set(name, data, progress))
    typer.echo(format_table(results))
    if json_out:
        out: dict[str, Any] = {r.name: (r.figures if not r.skipped else {"skipped": r.skipped})
                               for r in results}
        typer.echo(json.dumps(out))
    raise typer.Exit(1 if any(r.skipped for r in results) else 0)


def eval_articles(
    data: Annotated[Path, typer.Option(metavar="DIR",
                                       help="The reference data folder (../shared/data).")],
    show_misses: Annotated[bool, typer.Option(
        "--show-misses", help="List false, missed and wrong-actor events (tune half only).")
    ] = False,
    min_confidence: Annotated[float | None, typer.Option(
        metavar="X", help="Count only events at or above this confidence "
                          "(default: the calibrated default).")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Our article gold: events P/R/F1, actors, modality, dates and quotes, per half."""
    import dataclasses

    from redline.eval.articles import format_articles_report, score_articles

    if not (data / "news_html").is_dir():
        raise UsageError(f"no news_html folder under {data}")
    with _bar("articles") as progress:
        report = score_articles(data, show_misses=show_misses, min_confidence=min_confidence,
                                progress=progress)
    if json_out:
        typer.echo(json.dumps(dataclasses.asdict(report)))
    else:
        typer.echo(format_articles_report(report))


def register(app: typer.Typer) -> None:
    from redline.cli import eval_app

    eval_app.command("all")(eval_all)
    eval_app.command("articles")(eval_articles)
