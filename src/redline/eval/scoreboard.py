"""``redline eval all``: every scorer on every gold set under one data folder, one table.

Each set is a function ``(data, progress) -> {figure: value}``; a set whose files are missing is
reported as skipped with its path, and the others still run. The committed floors in
``benchmarks/scoreboard.json`` are checked by ``check_floors`` (the quality gate).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redline.eval.common import Progress

Runner = Callable[[Path, Progress | None], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class SetResult:
    name: str
    figures: dict[str, Any]
    seconds: float
    count: int
    skipped: str | None = None  # why the set did not run (missing path)


def _plover(data: Path, progress: Progress | None) -> dict[str, Any]:
    from redline.eval.plover import score_plover

    report = score_plover(data / "plover" / "plover_gsr_dev.jsonl")
    return {k: v for k, v in dataclasses.asdict(report).items() if k != "per_type"}


def _petrarch(data: Path, progress: Progress | None) -> dict[str, Any]:
    from redline.eval.petrarch import score_petrarch

    r = score_petrarch(data / "petrarch_suite" / "PETR.UnitTest.records.xml",
                       data / "dictionaries" / "petrarch2")
    return {"records": r.records, "expected": r.expected, "matched": r.matched,
            "share": round(r.share, 4), "extra": r.extra}


def _polnear(data: Path, progress: Progress | None) -> dict[str, Any]:
    from redline.eval.polnear import score_polnear

    r = score_polnear(data / "polnear", split="dev")
    return {"documents": r.documents, "precision": round(r.relations.precision, 4),
            "recall": round(r.relations.recall, 4), "f1": round(r.relations.f1, 4),
            "speech_precision": round(r.speech.precision, 4),
            "speech_recall": round(r.speech.recall, 4), "speech_f1": round(r.speech.f1, 4)}


def _conflibert(data: Path, progress: Progress | None) -> dict[str, Any]:
    from redline.eval.conflibert import score_conflibert

    return score_conflibert(data / "conflibert", progress=progress)


def _case2021(data: Path, progress: Progress | None) -> dict[str, Any]:
    from redline.eval.case2021 import score_case2021

    return score_case2021(data / "case2021_task2", progress=progress)


def _ngec_synthetic(data: Path, progress: Progress | None) -> dict[str, Any]:
    from redline.eval.ngec_synthetic import score_ngec_synthetic

    return score_ngec_synthetic(data / "ngec" / "synthetic_events.csv", progress=progress)


def _ngec_actors(data: Path, progress: Progress | None) -> dict[str, Any]:
    from redline.eval.ngec_actors import score_ngec_actors

    return score_ngec_actors(data / "ngec" / "test_actor_resolution.py", progress=progress)


def _articles(data: Path, progress: Progress | None) -> dict[str, Any]:
    from redline.eval.articles import score_articles

    return score_articles(data, progress=progress).flat()


# name -> (paths that must exist, runner, the key that counts the items)
SETS: dict[str, tuple[tuple[str, ...], Runner, str]] = {
    "plover": (("plover/plover_gsr_dev.jsonl",), _plover, "records"),
    "petrarch": (("petrarch_suite/PETR.UnitTest.records.xml", "dictionaries/petrarch2"),
                 _petrarch, "records"),
    "polnear": (("polnear/dev",), _polnear, "documents"),
    "conflibert": (("conflibert/cameo_class_train.tsv",), _conflibert, "sentences"),
    "case2021": (("case2021_task2/test_set_final_release_with_labels.tsv",), _case2021,
                 "snippets"),
    "ngec_synthetic": (("ngec/synthetic_events.csv",), _ngec_synthetic, "stories"),
    "ngec_actors": (("ngec/test_actor_resolution.py",), _ngec_actors, "cases"),
    "articles": (("news_html/ground-truth.json", "polnear/train", "polnear/dev"), _articles,
                 "all_gold_events"),
}


def run_set(name: str, data: Path, progress: Progress | None = None) -> SetResult:
    paths, runner, count_key = SETS[name]
    missing = [str(data / p) for p in paths if not (data / p).exists()]
    if missing:
        return SetResult(name, {}, 0.0, 0, skipped=", ".join(missing))
    t0 = time.perf_counter()
    figures = runner(data, progress)
    return SetResult(name, figures, round(time.perf_counter() - t0, 1),
                     int(figures.get(count_key, 0)))


def format_table(results: list[SetResult]) -> str:
    lines = [f"{'set':<15} {'figure':<34} {'value':>9} {'count':>7} {'seconds':>8}"]
    for r in results:
        if r.skipped:
            lines.append(f"{r.name:<15} skipped: missing {r.skipped}")
            continue
        for i, (k, v) in enumerate(r.figures.items()):
            tail = f" {r.count:>7} {r.seconds:>8.1f}" if i == 0 else ""
            value = f"{v:>9.3f}" if isinstance(v, float) else f"{v!s:>9}"
            lines.append(f"{r.name if i == 0 else '':<15} {k:<34} {value}{tail}")
    return "\n".join(lines)


def check_floors(figures: dict[str, dict[str, Any]], floors: dict[str, Any]) -> list[str]:
    """Figures that fell more than the tolerance below their committed floor.

    ``floors`` is ``{"tolerance": 0.01, "floors": {set: {figure: value}}, "lower_is_better":
    [set.figure, ...]}``; a set absent from ``figures`` is not checked."""
    tol = float(floors.get("tolerance", 0.01))
    lower = set(floors.get("lower_is_better", ()))
    out = []
    for name, wanted in floors.get("floors", {}).items():
        for key, floor in wanted.items():
            got = figures.get(name, {}).get(key)
            if got is None:
                continue
            worse = got > floor + tol if f"{name}.{key}" in lower else got < floor - tol
            if worse:
                out.append(f"{name}.{key} = {got} against the floor {floor} (tolerance {tol})")
    return out
