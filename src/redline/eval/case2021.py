"""CASE 2021 shared task 2: real event snippets labelled with ACLED-style sub-types.

Political types (the 25 ACLED sub-types plus DIPLO and ATTRIB): ``found_<TYPE>`` is the share
of snippets with an asserted event that has a PLOVER type; ``found_mean`` averages the types,
``found_min`` is the lowest. Non-political types (NATURAL_DISASTER, MAN_MADE_DISASTER,
ORG_CRIME, OTHER): ``coded_<TYPE>`` is the share wrongly given such an event, and
``nonpolitical_coded`` the share over all of them (target: at most 0.10).
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

from redline.eval.common import Item, Progress, asserted_types, code_items, share, warn

FILE = "test_set_final_release_with_labels.tsv"
NON_POLITICAL = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME", "OTHER"})


def read_case(path: Path) -> list[tuple[str, str]]:
    """(snippet, sub-type) pairs; malformed rows are reported and skipped."""
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh, delimiter="\t"), 2):
            text, label = (row.get("EventSnippet") or "").strip(), (row.get("SubType") or "")
            if not text or not label.strip():
                warn(f"{path}:{n}", "a row needs EventSnippet and SubType")
                continue
            out.append((text, label.strip()))
    return out


def score_case2021(folder: str | Path, *, workers: int = 0,
                   progress: Progress | None = None) -> dict[str, Any]:
    rows = read_case(Path(folder) / FILE)
    items = (Item(f"case{i}", text) for i, (text, _) in enumerate(rows))
    total: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for (_, label), doc in zip(rows, code_items(items, workers=workers, progress=progress),
                               strict=True):
        total[label] += 1
        hits[label] += bool(asserted_types(doc.events))
    return _figures(total, hits)


def _figures(total: Counter[str], hits: Counter[str]) -> dict[str, Any]:
    political = sorted(k for k in total if k not in NON_POLITICAL)
    found = {k: share(hits[k], total[k]) for k in political}
    non = [k for k in total if k in NON_POLITICAL]
    out: dict[str, Any] = {
        "snippets": sum(total.values()),
        "found_mean": round(sum(found.values()) / len(found), 4) if found else 0.0,
        "found_min": min(found.values()) if found else 0.0,
        "nonpolitical_coded": share(sum(hits[k] for k in non), sum(total[k] for k in non)),
    }
    out.update({f"found_{k}": v for k, v in found.items()})
    out.update({f"coded_{k}": share(hits[k], total[k]) for k in sorted(non)})
    return out
