"""NGEC's synthetic stories (GPT-written, labelled with one PLOVER type each).

``type_share``: stories whose asserted events include the labelled type (v0.5 names mapped
to current ones); ``type_<TYPE>`` per label; ``other_types_per_story``: distinct other PLOVER
types coded per story; ``type_share_tune`` / ``type_share_check``: the same share on the two
halves (``story_half``: the SHA-1 of the story's text, first hex digit 0-7 tune, 8-f check).
Rules are written from tune-half stories only; of the check half only totals are read. The
stories are not real news and not factual: only wording variety and type coverage are
measured. ``every`` codes every k-th story when a quicker run is wanted; ``half`` keeps one half.
"""

from __future__ import annotations

import csv
import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redline.eval.common import Item, Progress, asserted_types, code_items, share, warn
from redline.events.codebook import plover_current
from redline.model import Document


@dataclass(frozen=True, slots=True)
class Story:
    """One synthetic story: its text (title first when it has no template slots) and label."""

    text: str
    label: str

    @property
    def half(self) -> str:
        return story_half(self.text)


def story_half(text: str) -> str:
    """``tune`` or ``check``, stable across runs: the SHA-1 of the text, first hex digit."""
    return "tune" if hashlib.sha1(text.encode("utf-8")).hexdigest()[0] < "8" else "check"


def read_stories(path: Path) -> list[Story]:
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
            out.append(Story(full, plover_current(label)))
    return out


def select_stories(path: Path, *, every: int = 1, half: str | None = None) -> list[Story]:
    """Every ``every``-th story (of one ``half`` when given), in file order."""
    rows = [s for s in read_stories(path) if half is None or s.half == half]
    return rows[:: max(1, every)]


def code_stories(stories: list[Story], *, workers: int = 0,
                 progress: Progress | None = None) -> Iterator[tuple[Story, Document]]:
    items = (Item(f"ngec{i}", s.text) for i, s in enumerate(stories))
    yield from zip(stories, code_items(items, workers=workers, progress=progress), strict=True)


def score_ngec_synthetic(path: str | Path, *, workers: int = 0, every: int = 1,
                         half: str | None = None,
                         progress: Progress | None = None) -> dict[str, Any]:
    stories = select_stories(Path(path), every=every, half=half)
    total: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    others = 0
    for story, doc in code_stories(stories, workers=workers, progress=progress):
        types = asserted_types(doc.events)
        hit = story.label in types
        total[story.label] += 1
        hits[story.label] += hit
        total["~" + story.half] += 1
        hits["~" + story.half] += hit
        others += len(types - {story.label})
    return _figures(total, hits, others)


def _figures(total: Counter[str], hits: Counter[str], others: int) -> dict[str, Any]:
    labels = sorted(k for k in total if not k.startswith("~"))
    n = sum(total[k] for k in labels)
    out: dict[str, Any] = {"stories": n, "type_share": share(sum(hits[k] for k in labels), n),
                           "other_types_per_story": share(others, n)}
    for half in ("tune", "check"):
        if total["~" + half]:
            out[f"type_share_{half}"] = share(hits["~" + half], total["~" + half])
            out[f"stories_{half}"] = total["~" + half]
    out.update({f"type_{k}": share(hits[k], total[k]) for k in labels})
    return out
