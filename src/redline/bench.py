"""``redline bench``: redline end to end against bare spaCy parsing, same texts, one run."""

from __future__ import annotations

import json
import os
import platform
import resource
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from redline.errors import UsageError
from redline.model import Article


@dataclass(frozen=True)
class Timing:
    name: str
    workers: int
    seconds: float  # wall clock
    docs: int
    sentences: int
    words: int
    cpu_seconds: float = 0.0  # CPU time: robust on a busy machine (see the time_* functions)

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    def rates(self) -> dict[str, float]:
        s = self.seconds or 1e-9
        return {"docs_per_s": self.docs / s, "sents_per_s": self.sentences / s,
                "words_per_s": self.words / s}


def load_corpus(path: str | None, min_docs: int) -> list[Article]:
    """The bench texts: ``path``'s codable articles (or the bundled examples), repeated."""
    from redline.ingest import iter_articles

    if path is None:
        from redline.examples import example_paths

        path_list = [str(p) for p in example_paths()]
    else:
        path_list = [path]
    base = [a for a in iter_articles(path_list) if a.text.strip() and not a.errors]
    if not base:
        raise UsageError(f"no codable documents in {path or 'the bundled examples'}")
    reps = -(-min_docs // len(base))
    return (base * reps)[: max(min_docs, len(base))]


def _children_cpu() -> float:
    t = os.times()  # finished (joined) child processes only: worker pools, n_process
    return t.children_user + t.children_system


def time_spacy(nlp: Any, texts: Sequence[str], workers: int) -> Timing:
    """Bare ``nlp.pipe`` with the model's own components only (redline's one is disabled).

    Counting sentences and words is left out of both clocks (wall and CPU).
    """
    from redline.nlp import OWN_COMPONENTS

    docs = sents = words = 0
    seconds = cpu = 0.0
    with nlp.select_pipes(disable=[c for c in OWN_COMPONENTS if c in nlp.pipe_names]):
        kids = _children_cpu()
        stream = iter(nlp.pipe(texts, batch_size=32, n_process=workers))
        while True:
            t0, c0 = time.perf_counter(), time.process_time()
            doc = next(stream, None)
            seconds += time.perf_counter() - t0
            cpu += time.process_time() - c0
            if doc is None:
                break
            docs += 1
            sents += sum(1 for _ in doc.sents)
            words += sum(1 for t in doc if not t.is_space)
        cpu += _children_cpu() - kids
    return Timing("spacy", workers, seconds, docs, sents, words, cpu)


def time_redline(coder: Any, articles: Iterable[Article], ref: Timing) -> Timing:
    """Everything after reading the files: language check, parse, every stage, records.

    With workers the pool's CPU is not counted (its processes outlive the run): wall only.
    """
    c0, start = time.process_time(), time.perf_counter()
    docs = sents = 0
    for doc in coder.pipe(articles):
        docs += 1
        sents += len(doc.sentences)  # redline's own (paragraph breaks end sentences)
    seconds, cpu = time.perf_counter() - start, time.process_time() - c0
    return Timing("redline", coder.workers, seconds, docs, sents, ref.words, cpu)


def peak_rss_mb() -> dict[str, float]:
    per_mb = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes / KiB
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / per_mb
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / per_mb
    return {"main": round(own, 1), "largest_child": round(kids, 1)}


def _best_of(nlp: Any, articles: list[Article], texts: list[str], workers: int,
             rounds: int, full: bool) -> tuple[Timing, Timing, float]:
    """Alternate bare spaCy and redline ``rounds`` times; keep each one's fastest run.

    Alternating in one process spreads the noise of a shared machine over both sides.
    With workers, one pool serves every round; its start-up (spawning, loading the model
    in each worker) is timed on its own and returned third.
    """
    from redline.pipeline import Coder

    with Coder(workers=workers, full_nlp=full) as coder:
        start = time.perf_counter()
        if workers > 1:  # spawn the workers and wait until each has loaded the model
            coder.start_workers()
        startup = time.perf_counter() - start
        refs, ours = [], []
        for _ in range(rounds):
            refs.append(time_spacy(nlp, texts, workers))
            ours.append(time_redline(coder, articles, refs[-1]))
    best = min(refs, key=lambda t: t.seconds), min(ours, key=lambda t: t.seconds)
    return best[0], best[1], startup


Row = tuple[Timing, Timing, float, bool]  # bare spaCy, redline, pool start-up, full mode


def run_bench(path: str | None, *, workers: Sequence[int], min_docs: int, json_out: bool,
              rounds: int = 3, profile: bool = False,
              modes: Sequence[bool] = (False, True)) -> None:
    """Print documents/s, sentences/s and words/s for bare spaCy and redline (each mode:
    ``False`` the selective path, ``True`` the full pipeline), their ratio, and peak RSS."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from redline.nlp import load_model

    articles = load_corpus(path, min_docs)
    texts = [a.text for a in articles]
    nlp = load_model()  # the model as it ships: the reference
    rows = _time_all(nlp, articles, texts, workers=workers, modes=modes, rounds=rounds)
    summary = _summary(rows, path, len(articles))
    if profile:
        from redline.profile import print_profile, run_profile

        summary["profile"] = run_profile(nlp, articles, modes)
        print_profile(summary["profile"])
    print(f"peak RSS MB: {summary['peak_rss']}  load average: {summary['load_average']}")
    if json_out:
        print(json.dumps(summary))


def _time_all(nlp: Any, articles: list[Article], texts: list[str], *, workers: Sequence[int],
              modes: Sequence[bool], rounds: int) -> list[Row]:
    """Each worker count, each mode: bare spaCy and redline alternately (printed as it goes)."""
    from redline.pipeline import Coder

    for full in modes:  # warm both sides (and load each mode's pipeline once)
        time_redline(Coder(full_nlp=full), articles[:8], time_spacy(nlp, texts[:8], 1))
    rows: list[Row] = []
    for w in workers:
        for full in modes:
            ref, ours, startup = _best_of(nlp, articles, texts, w, rounds, full)
            rows.append((ref, ours, startup, full))
            _print_pair(ref, ours, startup, full)
    return rows


def _print_pair(ref: Timing, ours: Timing, startup: float, full: bool) -> None:
    mode = "full pipeline (--full-nlp)" if full else "selective path"
    print(f"workers={ref.workers}  redline: {mode}  {ref.docs} docs, {ref.sentences} sentences, "
          f"{ref.words} words", flush=True)
    for t in (ref, ours):
        r = t.rates()
        print(f"  {t.name:8s} {t.seconds:7.2f} s  {r['docs_per_s']:8.1f} docs/s  "
              f"{r['sents_per_s']:8.1f} sents/s  {r['words_per_s']:9.0f} words/s"
              + (f"  (CPU {t.cpu_seconds:.2f} s)" if t.workers == 1 else ""))
    cpu_ratio = _cpu_ratio(ref, ours)
    cpu = f"  {cpu_ratio:.3f} (CPU time)" if cpu_ratio is not None else ""
    print(f"  ratio redline/spacy: {_ratio(ref, ours):.3f} (wall clock){cpu}")
    if ref.workers > 1:
        print(f"  worker pool start-up (once per run, not in the timings): {startup:.2f} s")


def _ratio(ref: Timing, ours: Timing) -> float:
    return ours.docs_per_s / ref.docs_per_s if ref.docs_per_s else 0.0


def _cpu_ratio(ref: Timing, ours: Timing) -> float | None:
    """spaCy's CPU seconds over redline's, the same documents: one process only."""
    if ref.workers > 1 or not ours.cpu_seconds:
        return None
    return ref.cpu_seconds / ours.cpu_seconds


def _summary(rows: list[Row], path: str | None, n: int) -> dict[str, Any]:
    """The first row (first worker count, first mode) gives the top-level figures."""
    from redline.profile import mode_name

    ref, ours, _, full = rows[0]
    runs = [{"workers": r.workers, "mode": mode_name(f), "spacy": {**asdict(r), **r.rates()},
             "redline": {**asdict(o), **o.rates()}, "ratio": _ratio(r, o),
             "cpu_ratio": _cpu_ratio(r, o), "pool_startup_s": round(st, 2)}
            for r, o, st, f in rows]
    rss = peak_rss_mb()
    return {"corpus": path or "bundled examples", "documents": n, "mode": mode_name(full),
            "docs_per_s": ours.docs_per_s, "spacy_docs_per_s": ref.docs_per_s,
            "ratio": runs[0]["ratio"], "cpu_ratio": runs[0]["cpu_ratio"],
            "rounds": "best of alternating runs", "peak_rss_mb": max(rss.values()),
            "peak_rss": rss, "runs": runs, "load_average": _load(),
            "python": platform.python_version(), "cpus": os.cpu_count()}


def _load() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []
