"""Score how well redline reads real web pages (the news_html article-extraction benchmark).

Data: ``<data_dir>/html/<id>.html.gz`` (gzipped pages), ``<data_dir>/ground-truth.json``
(``{id: {"articleBody": ..., "url": ...}}``) and, optionally,
``<data_dir>/politics_intl_subset.tsv`` (tab-separated with a header; the first column
is a page id) naming the politics / international pages. ``data_dir`` may also be the
shared data folder that holds ``news_html/``.

Each page with a non-empty ground-truth body is decoded as ``redline.ingest`` decodes
files and read with redline's own path, :func:`redline.htmltext.extract_html`; a page
it refuses counts as an empty extraction.

Metric (token level, bag of words). Tokens are the whitespace-separated pieces of the
lowercased text. With P the multiset of extracted tokens and G that of the ground
truth, matched = |P ∩ G| (multiset intersection: a token counts as often as it occurs
in both), precision = matched / |P|, recall = matched / |G|, F1 their harmonic mean;
all three are 0 for an empty extraction. Figures are means over pages (macro
average), for all pages and for the politics subset.

Also reported: the share of pages with a title, with a publication date, with an
empty extraction; among pages whose URL holds a ``/YYYY/MM/DD/`` date, the share whose
extracted date is that day; mean and slowest extraction time per page.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redline.errors import IngestError, UsageError

_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")


@dataclass(frozen=True)
class PageScore:
    """One page: token precision/recall/F1 and what metadata was found."""

    id: str
    url: str
    precision: float
    recall: float
    f1: float
    empty: bool
    has_title: bool
    has_date: bool
    date_matches_url: bool | None  # None when the URL holds no date
    seconds: float
    politics: bool


@dataclass(frozen=True)
class HtmlFigures:
    """Means over a set of pages."""

    pages: int
    precision: float
    recall: float
    f1: float
    title_share: float
    date_share: float
    empty_share: float
    url_dated: int
    date_url_agreement: float
    ms_per_page: float
    max_ms: float


@dataclass(frozen=True)
class HtmlReport:
    settings: str
    all: HtmlFigures
    politics: HtmlFigures
    pages: tuple[PageScore, ...]


def token_prf(predicted: str, gold: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of lowercased whitespace tokens."""
    pred, true = Counter(predicted.lower().split()), Counter(gold.lower().split())
    matched = sum((pred & true).values())
    if not matched:
        return 0.0, 0.0, 0.0
    precision, recall = matched / sum(pred.values()), matched / sum(true.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def score_html(data_dir: str | Path) -> HtmlReport:
    """Extract every benchmark page with redline and score it against the ground truth."""
    from redline.htmltext import SETTINGS

    root = _resolve(Path(data_dir))
    truth = _ground_truth(root)
    politics = _subset(root / "politics_intl_subset.tsv")
    pages = tuple(
        _score_page(path, truth[pid], pid in politics)
        for path in sorted((root / "html").glob("*.html.gz"))
        if (pid := path.name.split(".")[0]) in truth
    )
    if not pages:
        raise UsageError(f"no pages of {root / 'ground-truth.json'} found in {root / 'html'}")
    chosen = [p for p in pages if p.politics]
    return HtmlReport(SETTINGS, summarize(pages), summarize(chosen), pages)


def _resolve(path: Path) -> Path:
    if (path / "news_html" / "ground-truth.json").is_file():
        path = path / "news_html"
    if not (path / "ground-truth.json").is_file() or not (path / "html").is_dir():
        raise UsageError(f"not a news_html benchmark folder (ground-truth.json + html/): {path}")
    return path


def _ground_truth(root: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"unreadable ground truth {root / 'ground-truth.json'}: {exc}") from exc
    if not isinstance(data, dict):
        raise UsageError(f"{root / 'ground-truth.json'}: expected an object of pages")
    return {k: v for k, v in data.items()
            if isinstance(v, dict) and str(v.get("articleBody") or "").strip()}


def _subset(path: Path) -> frozenset[str]:
    if not path.is_file():
        return frozenset()
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    return frozenset(row[0].strip() for row in rows[1:] if row and row[0].strip())


def _score_page(path: Path, truth: dict[str, Any], politics: bool) -> PageScore:
    from redline.htmltext import extract_html
    from redline.ingest import decode_bytes

    html = decode_bytes(gzip.decompress(path.read_bytes()))
    start = time.perf_counter()
    try:
        page: dict[str, Any] = extract_html(html)
    except IngestError:
        page = {"text": ""}
    seconds = time.perf_counter() - start
    precision, recall, f1 = token_prf(page["text"], str(truth["articleBody"]))
    url = str(truth.get("url") or "")
    return PageScore(path.name.split(".")[0], url, precision, recall, f1, not page["text"],
                     bool(page.get("title")), bool(page.get("published")),
                     _date_matches(url, page.get("published")), seconds, politics)


def _date_matches(url: str, published: Any) -> bool | None:
    m = _URL_DATE.search(url)
    if not m:
        return None
    return str(published or "")[:10] == "-".join(m.groups())


def summarize(pages: Sequence[PageScore]) -> HtmlFigures:
    """Means over ``pages`` (zeros when there are none)."""
    def mean(values: Sequence[float]) -> float:
        return sum(values) / len(values) if values else 0.0

    dated = [p.date_matches_url for p in pages if p.date_matches_url is not None]
    return HtmlFigures(
        pages=len(pages),
        precision=mean([p.precision for p in pages]),
        recall=mean([p.recall for p in pages]),
        f1=mean([p.f1 for p in pages]),
        title_share=mean([float(p.has_title) for p in pages]),
        date_share=mean([float(p.has_date) for p in pages]),
        empty_share=mean([float(p.empty) for p in pages]),
        url_dated=len(dated),
        date_url_agreement=mean([float(d) for d in dated]),
        ms_per_page=1000 * mean([p.seconds for p in pages]),
        max_ms=1000 * max((p.seconds for p in pages), default=0.0),
    )


def format_html_report(report: HtmlReport, *, worst: int = 5) -> str:
    """A plain-text table of the figures, then the ``worst`` pages by F1."""
    head = (f"{'pages':<22}{'n':>5}{'P':>7}{'R':>7}{'F1':>7}{'title':>7}{'date':>7}"
            f"{'empty':>7}{'date=URL':>10}{'ms/page':>9}{'max ms':>8}")
    lines = [f"redline HTML extraction ({report.settings})", head]
    for name, fig in (("all", report.all), ("politics/international", report.politics)):
        agree = f"{fig.date_url_agreement:.2f}/{fig.url_dated}" if fig.url_dated else "-"
        lines.append(
            f"{name:<22}{fig.pages:>5}{fig.precision:>7.3f}{fig.recall:>7.3f}{fig.f1:>7.3f}"
            f"{fig.title_share:>7.2f}{fig.date_share:>7.2f}{fig.empty_share:>7.2f}"
            f"{agree:>10}{fig.ms_per_page:>9.1f}{fig.max_ms:>8.0f}")
    low = sorted(report.pages, key=lambda p: p.f1)[:worst]
    if low:
        lines.append(f"lowest F1 ({len(low)}):")
        lines += [f"  {p.f1:.3f}  P={p.precision:.2f} R={p.recall:.2f}  {p.url or p.id}"
                  for p in low]
    return "\n".join(lines)
