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
    seconds: float
    docs: int
    sentences: int
    words: int

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


def time_spacy(nlp: Any, texts: Sequence[str], workers: int) -> Timing:
    start = time.perf_counter()
    docs = sents = words = 0
    for doc in nlp.pipe(texts, batch_size=32, n_process=workers):
        docs += 1
        sents += sum(1 for _ in doc.sents)
        words += sum(1 for t in doc if not t.is_space)
    return Timing("spacy", workers, time.perf_counter() - start, docs, sents, words)


def time_redline(nlp: Any, articles: Iterable[Article], workers: int, ref: Timing) -> Timing:
    from redline.pipeline import Coder

    coder = Coder(workers=workers, nlp=nlp if workers == 1 else None)
    start = time.perf_counter()
    docs = sum(1 for _ in coder.pipe(articles))
    return Timing("redline", workers, time.perf_counter() - start, docs, ref.sentences, ref.words)


def peak_rss_mb() -> dict[str, float]:
    per_mb = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes / KiB
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / per_mb
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / per_mb
    return {"main": round(own, 1), "largest_child": round(kids, 1)}


def _best_of(nlp: Any, articles: list[Article], texts: list[str], workers: int,
             rounds: int) -> tuple[Timing, Timing]:
    """Alternate bare spaCy and redline ``rounds`` times; keep each one's fastest run.

    Alternating in one process spreads the noise of a shared machine over both sides.
    """
    refs, ours = [], []
    for _ in range(rounds):
        refs.append(time_spacy(nlp, texts, workers))
        ours.append(time_redline(nlp, articles, workers, refs[-1]))
    return min(refs, key=lambda t: t.seconds), min(ours, key=lambda t: t.seconds)


def run_bench(path: str | None, *, workers: Sequence[int], min_docs: int, json_out: bool,
              rounds: int = 3) -> None:
    """Print documents/s, sentences/s and words/s for both, their ratio, and peak RSS."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from redline.nlp import load_nlp

    articles = load_corpus(path, min_docs)
    texts = [a.text for a in articles]
    nlp = load_nlp()
    time_redline(nlp, articles[:8], 1, time_spacy(nlp, texts[:8], 1))  # warm both paths
    rows = []
    for w in workers:
        ref, ours = _best_of(nlp, articles, texts, w, rounds)
        rows.append((ref, ours))
        _print_pair(ref, ours)
    summary = _summary(rows, path, len(articles))
    print(f"peak RSS MB: {summary['peak_rss']}")
    if json_out:
        print(json.dumps(summary))


def _print_pair(ref: Timing, ours: Timing) -> None:
    ratio = ours.docs_per_s / ref.docs_per_s if ref.docs_per_s else 0.0
    print(f"workers={ref.workers}  {ref.docs} docs, {ref.sentences} sentences, {ref.words} words")
    for t in (ref, ours):
        r = t.rates()
        print(f"  {t.name:8s} {t.seconds:7.2f} s  {r['docs_per_s']:8.1f} docs/s  "
              f"{r['sents_per_s']:8.1f} sents/s  {r['words_per_s']:9.0f} words/s")
    print(f"  ratio redline/spacy: {ratio:.3f}")


def _summary(rows: list[tuple[Timing, Timing]], path: str | None, n: int) -> dict[str, Any]:
    ref, ours = rows[0]
    runs = [{"workers": r.workers, "spacy": {**asdict(r), **r.rates()},
             "redline": {**asdict(o), **o.rates()},
             "ratio": o.docs_per_s / r.docs_per_s if r.docs_per_s else 0.0} for r, o in rows]
    rss = peak_rss_mb()
    return {"corpus": path or "bundled examples", "documents": n,
            "docs_per_s": ours.docs_per_s, "spacy_docs_per_s": ref.docs_per_s,
            "ratio": runs[0]["ratio"], "rounds": "best of alternating runs", "peak_rss_mb": max(rss.values()), "peak_rss": rss,
            "runs": runs, "python": platform.python_version(), "cpus": os.cpu_count()}
