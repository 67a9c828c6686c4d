"""The article gold: documents, their texts from ``../shared/data``, events and quotes.

The gold lives in this package (``eval/gold/``): ``articles_docs.tsv`` lists each document's
id, where its text is (``news_html``: the page's ground-truth body; ``polnear``: the article
file), its publication date and its half (tune or check); ``articles_events.jsonl`` and
``articles_quotes.jsonl`` hold annotations keyed by document id and character offsets, each
with the short string found there so that a changed text is noticed. See GUIDELINES.md.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from redline.eval.common import warn

GOLD = Path(__file__).parent / "gold"
POSITIVE = frozenset({"asserted", "historical"})  # what happened; as Event.asserted


@dataclass(frozen=True, slots=True)
class GoldDoc:
    id: str
    source: str
    key: str
    published: str | None
    split: str
    sha1: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class GoldEvent:
    doc: str
    start: int
    end: int
    plover: str
    cameo: str
    source: str | None
    target: str | None
    modality: str
    date: str | None

    @property
    def positive(self) -> bool:
        return self.modality in POSITIVE


@dataclass(frozen=True, slots=True)
class GoldQuote:
    doc: str
    start: int
    end: int
    direct: bool
    speaker_name: str | None
    speaker_code: str | None


@lru_cache(maxsize=4)
def _ground_truth(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def doc_text(data: Path, doc: GoldDoc) -> str | None:
    """The document's text from the data folder (None when it is not there)."""
    if doc.source == "news_html":
        truth = data / "news_html" / "ground-truth.json"
        if not truth.exists():
            return None
        entry = _ground_truth(truth).get(doc.key)
        return None if entry is None else str(entry.get("articleBody", ""))
    path = data / "polnear" / doc.key
    return path.read_text(encoding="utf-8") if path.exists() else None


def read_docs(data: Path, gold: Path = GOLD) -> list[GoldDoc]:
    """The gold documents with their texts; one missing or changed is reported and left out."""
    out = []
    with open(gold / "articles_docs.tsv", encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh, delimiter="\t"), 2):
            doc = GoldDoc(row["id"], row["source"], row["key"], row["published"] or None,
                          row["split"], row["sha1"])
            text = doc_text(data, doc)
            where = f"{gold / 'articles_docs.tsv'}:{n}"
            if text is None:
                warn(where, f"text of {doc.id} not found under {data}")
            elif hashlib.sha1(text.encode()).hexdigest()[: len(doc.sha1)] != doc.sha1:
                warn(where, f"text of {doc.id} differs from the annotated one")
            else:
                out.append(replace(doc, text=text))
    return out


def _lines(path: Path) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    if not path.exists():
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            assert isinstance(rec, dict)
        except (ValueError, AssertionError):
            warn(f"{path}:{n}", "not a JSON object")
            continue
        out.append((f"{path}:{n}", rec))
    return out


def _anchored(where: str, rec: dict[str, Any], texts: dict[str, str], key: str) -> bool:
    text = texts.get(str(rec.get("doc")))
    if text is None:
        return False
    try:
        start, end, probe = int(rec["start"]), int(rec["end"]), str(rec[key])
    except (KeyError, TypeError, ValueError):
        warn(where, f"needs doc, start, end and {key}")
        return False
    if not text[start:end].startswith(probe):
        warn(where, f"{key} {probe!r} is not at {start}-{end} of {rec.get('doc')}")
        return False
    return True


def read_events(texts: dict[str, str], gold: Path = GOLD) -> list[GoldEvent]:
    out = []
    for where, r in _lines(gold / "articles_events.jsonl"):
        if _anchored(where, r, texts, "trigger"):
            out.append(GoldEvent(r["doc"], r["start"], r["end"], r["plover"], str(r["cameo"]),
                                 r.get("source"), r.get("target"), r["modality"], r.get("date")))
    return out


def read_quotes(texts: dict[str, str], gold: Path = GOLD) -> list[GoldQuote]:
    out = []
    for where, r in _lines(gold / "articles_quotes.jsonl"):
        if _anchored(where, r, texts, "head"):
            out.append(GoldQuote(r["doc"], r["start"], r["end"], bool(r.get("direct")),
                                 r.get("speaker_name"), r.get("speaker_code")))
    return out
