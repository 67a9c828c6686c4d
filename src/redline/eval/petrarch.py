"""Score the PETRARCH pattern coder on the PETRARCH2 suite (``PETR.UnitTest.records.xml``).

The suite's records carry a date, a category, the sentence text and the expected codings
(``sourcecode``/``targetcode``/``eventcode``), or ``noevents``, or an ``error`` (parse errors and
discards). Its ``<Environment>`` names the dictionaries it needs; they are read from
``dictionaries_dir``. The score is the share of expected (source, target, code) codings the
coder reproduces; codings it makes beyond the expected ones are counted as extras.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redline.errors import UsageError

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class SuiteRecord:
    id: str
    date: str
    category: str
    text: str
    expected: tuple[Triple, ...]
    no_events: bool
    error: str | None


@dataclass(frozen=True)
class CategoryScore:
    category: str
    records: int
    expected: int
    matched: int
    extra: int

    @property
    def share(self) -> float:
        return self.matched / self.expected if self.expected else 1.0


@dataclass(frozen=True)
class RecordResult:
    id: str
    category: str
    expected: tuple[Triple, ...]
    produced: tuple[Triple, ...]


@dataclass(frozen=True)
class PetrarchReport:
    suite: str
    records: int
    expected: int
    matched: int
    extra: int
    no_event_records: int
    no_event_clean: int
    error_records: int
    categories: tuple[CategoryScore, ...]
    results: tuple[RecordResult, ...]
    dictionary_warnings: int

    @property
    def share(self) -> float:
        return self.matched / self.expected if self.expected else 0.0


def _clean(code: str | None) -> str:
    return (code or "").strip().strip('"').upper()


def read_suite(path: str | Path) -> tuple[dict[str, str], list[SuiteRecord]]:
    """The dictionary file names of the suite's Environment and its records."""
    try:
        root = ET.parse(str(path)).getroot()
    except (OSError, ET.ParseError) as exc:
        raise UsageError(f"cannot read PETRARCH suite {path}: {exc}") from exc
    env = root.find("Environment")
    files = {tag: (env.findtext(tag) or "").strip() for tag in
             ("Verbfile", "Actorfile", "Agentfile", "Discardfile")} if env is not None else {}
    records = [_record(s) for s in root.iter("Sentence")]
    return files, records


def _record(node: ET.Element) -> SuiteRecord:
    codings = node.findall("EventCoding")
    expected = tuple((_clean(c.get("sourcecode")), _clean(c.get("targetcode")),
                      _clean(c.get("eventcode"))) for c in codings if c.get("eventcode"))
    no_events = any(c.get("noevents") for c in codings)
    error = next((c.get("error") for c in codings if c.get("error")), None)
    text = " ".join((node.findtext("Text") or "").split())
    return SuiteRecord(node.get("id", ""), node.get("date", ""), node.get("category", ""),
                       text, expected, no_events, error)


def _dictionary_paths(files: dict[str, str], directory: Path) -> list[Path]:
    named = [directory / name for name in files.values() if name]
    if named and all(p.is_file() for p in named):
        return named
    if not directory.is_dir():
        raise UsageError(f"dictionary directory not found: {directory}")
    return [directory]


def _score(records: list[SuiteRecord], produced: list[list[Triple]]
           ) -> tuple[list[RecordResult], dict[str, list[int]]]:
    results: list[RecordResult] = []
    per_cat: dict[str, list[int]] = {}
    for record, made in zip(records, produced, strict=True):
        want = Counter(record.expected)
        got = Counter(made)
        matched = sum(min(n, got[k]) for k, n in want.items())
        extra = sum(max(0, n - want[k]) for k, n in got.items())
        row = per_cat.setdefault(record.category, [0, 0, 0, 0])
        for i, value in enumerate((1, len(record.expected), matched, extra)):
            row[i] += value
        results.append(RecordResult(record.id, record.category, record.expected, tuple(made)))
    return results, per_cat


def score_petrarch(suite_path: str | Path, dictionaries_dir: str | Path, *,
                   require_dyad: bool = True, nlp: Any = None) -> PetrarchReport:
    """Run the pattern coder on every suite record and compare with the expected codings.

    ``require_dyad=True`` (default, as ``code_sentence``) drops events without both a source
    and a target. ``False`` keeps them with ``---``, the configuration some of the suite's
    expectations were written for (it lists codings such as ``---GOV -> --- 023``); it
    reproduces more expected codings at the price of many more extras.
    """
    from redline.petrarch import code_sentence, load_dictionaries

    files, records = read_suite(suite_path)
    dicts = load_dictionaries(_dictionary_paths(files, Path(dictionaries_dir)))
    if nlp is None:
        from redline.nlp import load_nlp

        nlp = load_nlp(full=True)  # PETRARCH's own verbs: the selective path cannot see them
    produced: list[list[Triple]] = []
    for record, doc in zip(records, nlp.pipe(r.text for r in records), strict=True):
        made = [(c.source, c.target, c.code)
                for c in code_sentence(dicts, doc, record.date, require_dyad=require_dyad)]
        produced.append(list(dict.fromkeys(made)))
    results, per_cat = _score(records, produced)
    return _report(str(suite_path), records, results, per_cat, len(dicts.warnings))


def _report(suite: str, records: list[SuiteRecord], results: list[RecordResult],
            per_cat: dict[str, list[int]], warnings: int) -> PetrarchReport:
    cats = tuple(CategoryScore(k, *v) for k, v in sorted(per_cat.items()))
    no_event = [r for r, res in zip(records, results, strict=True) if r.no_events]
    clean = sum(1 for r, res in zip(records, results, strict=True)
                if r.no_events and not res.produced)
    return PetrarchReport(
        suite, len(records), sum(c.expected for c in cats), sum(c.matched for c in cats),
        sum(c.extra for c in cats), len(no_event), clean,
        sum(1 for r in records if r.error), cats, tuple(results), warnings)


def format_petrarch_report(report: PetrarchReport) -> str:
    """A plain-text table: overall share, extras, and one line per category."""
    lines = [
        f"PETRARCH2 validation suite: {report.suite}",
        f"records {report.records}, expected codings {report.expected}, "
        f"reproduced {report.matched} ({report.share:.1%}), extra codings {report.extra}",
        f"no-event records clean {report.no_event_clean}/{report.no_event_records}, "
        f"error records {report.error_records}, dictionary warnings {report.dictionary_warnings}",
        "",
        f"{'category':<12}{'records':>8}{'expected':>10}{'matched':>9}{'share':>8}{'extra':>7}",
    ]
    for c in report.categories:
        lines.append(f"{c.category:<12}{c.records:>8}{c.expected:>10}{c.matched:>9}"
                     f"{c.share:>8.1%}{c.extra:>7}")
    return "\n".join(lines)
