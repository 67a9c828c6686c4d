"""``redline bench --profile``: CPU seconds per spaCy component and per redline stage.

Each component runs over all the bench texts in turn (``pipe``, batches of 32), timed on its
own; then each redline stage runs on the parsed documents, its time added up per stage. The
bare model (the bench's reference) is profiled the same way, so the two columns compare.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from redline.model import Article

BATCH = 32


def profile_components(nlp: Any, texts: Sequence[str]) -> tuple[dict[str, float], list[Any]]:
    """CPU seconds of the tokenizer and of each enabled component; the finished docs."""
    out: dict[str, float] = {}
    start = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    out["tokenizer"] = time.process_time() - start
    for name, proc in nlp.pipeline:
        start = time.process_time()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=BATCH))
        else:
            docs = [proc(d) for d in docs]
        out[name] = time.process_time() - start
    return out, docs


def profile_stages(articles: Sequence[Article], docs: Sequence[Any]) -> dict[str, float]:
    """CPU seconds of each redline stage (actors, events, quotes, ...) over parsed docs."""
    from redline.pipeline import code_doc

    timings: dict[str, float] = {}
    for article, doc in zip(articles, docs, strict=True):
        code_doc(article, doc, timings=timings)
    return timings


def run_profile(reference_nlp: Any, articles: Sequence[Article],
                modes: Sequence[bool]) -> dict[str, Any]:
    """The reference model's components, then each mode's components and stages."""
    from redline.nlp import load_nlp

    texts = [a.text for a in articles]
    reference, _ = profile_components(reference_nlp, texts)
    out: dict[str, Any] = {"spacy": {"components": reference}}
    for full in modes:
        components, docs = profile_components(load_nlp(full=full), texts)
        out[mode_name(full)] = {"components": components,
                                "stages": profile_stages(articles, docs)}
    return out


def mode_name(full: bool) -> str:
    return "full" if full else "fast"


def print_profile(profile: dict[str, Any]) -> None:
    """One table: seconds and share of the bare model's total, per component and stage."""
    base = sum(profile["spacy"]["components"].values()) or 1e-9
    print("profile (CPU seconds; % of bare spaCy's total)")
    for column, entry in profile.items():
        print(f"  {column}:")
        for kind in ("components", "stages"):
            part = entry.get(kind)
            if not part:
                continue
            total = sum(part.values())
            cells = "  ".join(f"{k} {v:.2f} ({100 * v / base:.1f}%)" for k, v in part.items())
            print(f"    {kind} {total:.2f} s ({100 * total / base:.1f}%): {cells}")
