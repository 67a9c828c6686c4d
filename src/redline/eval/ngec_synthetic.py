"""NGEC's synthetic stories (GPT-written, labelled with one PLOVER type each).

``type_share``: stories whose asserted events include the labelled type (v0.5 names mapped
to current ones); ``type_<TYPE>`` per label; ``other_types_per_story``: distinct other PLOVER
types coded per story. The stories are not real news and not factual: only wording variety and
type coverage are measured. ``limit`` codes every k-th story when a quicker run is wanted.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

from redline.eval.common import Item, Progress, asserted_types, code_items, share, warn
from redline.events.codebook import plover_current


def read_stories(path: Path) -> list[tuple[str, str]]:
    out = []
    csv.field_size_limit(10_000_000)
    with open(path, encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), 2):
            text, label = (row.get("text") or "").strip(), (row.get("label") or "").strip()
            if not text or not label:
                warn(f"{path}:{n}", "a row needs text and label")
                continue
            title = (row.get("title") or "").strip()
            full = f"{title}\n\n{text}" if title and "{" not in title else text
            out.append((full, plover_current(label)))
    return out


def score_ngec_synthetic(path: str | Path, *, workers: int = 0, every: int = 1,
                         progress: Progress | None = None) -> dict[str, Any]:
    rows = read_stories(Path(path))[:: max(1, every)]
    items = (Item(f"ngec{i}", text) for i, (text, _) in enumerate(rows))
    total: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    others = 0
    for (_, label), doc in zip(rows, code_items(items, workers=workers, progress=progress),
                               strict=True):
        types = asserted_types(doc.events)
        total[label] += 1
        hits[label] += label in types
        others += len(types - {label})
    n = sum(total.values())
    out: dict[str, Any] = {"stories": n, "type_share": share(sum(hits.values()), n),
                           "other_types_per_story": share(others, n)}
    out.update({f"type_{k}": share(hits[k], total[k]) for k in sorted(total)})
    return out
