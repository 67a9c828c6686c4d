"""Score quote attribution against PolNeAR (Newell, Margolin & Ruths, LREC 2018).

Data: ``<data_dir>/<split>/text/<doc>.txt`` and ``<data_dir>/<split>/attributions/
<doc>_<annotator>.ann`` (BRAT standoff: Source, Cue and Content spans joined by ``E``
lines). Where several annotators coded a document we use one, the smallest id.

Metric (relation level). Each document is coded by the real pipeline
(``redline.pipeline.Coder`` when it is importable and keeps the text unchanged, else
spaCy + ``resolve_actors`` + ``quotes_and_attributions``). PolNeAR annotates attribution
of beliefs, wishes and stances as well as of speech, so the predictions are the document's
``quotes`` and its ``attributions`` together. Predicted quotes become relations:

* quotes that share a cue span are one relation (a quote split around its cue);
  a cue-less quote joins the latest direct quote with the same speaker mention
  (a continuation paragraph);
* a quote with neither a cue nor a speaker (a scare quote, an unattributed partial
  quote) attributes nothing to anyone and is not a relation: it is not scored;
* the source of a relation is the speaker's mention in the text: the quote's
  ``speaker_span``; for quotes made without one (older records), ``speaker.start/end``
  when the speaker actor's text is the quote's ``speaker_text``, else the occurrence of
  ``speaker_text`` nearest to the cue (or to the content when there is no cue), edge to
  edge, the one before the cue winning a tie ("they say they ..."), as whole words ("he"
  is not the end of "the").

A predicted relation matches a gold attribution when its content covers at least half
of the gold content's characters and, where both sides have them, the cue spans overlap
and the source spans overlap. Matching is one-to-one (maximum bipartite matching per
document). Precision = matched / predicted, recall = matched / gold, F1 their harmonic
mean. The same figures are given for speech cues only: gold attributions and predicted
relations whose cue contains a form of a verb in ``SPEECH_VERBS`` (say, tell, add, ...),
counted on the same matching.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from redline.errors import UsageError
from redline.model import Quote

Interval = tuple[int, int]

SPEECH_VERBS: tuple[str, ...] = (
    "say", "tell", "add", "note", "write", "tweet", "state", "declare", "announce", "explain",
    "reply", "respond", "answer", "comment", "remark", "testify", "report", "claim", "argue",
    "insist", "warn", "stress", "emphasize", "acknowledge", "admit", "deny", "confirm",
    "continue", "recall", "quip", "joke", "ask", "assert", "contend", "predict", "charge",
    "caution", "complain", "concede", "maintain", "mention", "reiterate", "repeat", "retort",
    "allege", "speak", "vow", "pledge", "promise", "urge", "suggest", "observe", "post",
)
_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write",
              "spoke": "speak", "spoken": "speak", "saith": "say"}
_WORD = re.compile(r"[A-Za-z]+")


def _forms(verb: str) -> set[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    ies = verb[:-1] + "ie" if verb.endswith("y") and verb[-2] not in "aeiou" else verb
    out = {verb, verb + "s", ies + "s", stem + "ed", ies[:-1] + "ed" if ies != verb else verb,
           stem + "ing", verb + "es", verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return out


SPEECH_FORMS: frozenset[str] = frozenset(
    {f for v in SPEECH_VERBS for f in _forms(v)} | set(_IRREGULAR))


def is_speech_cue(cue_text: str) -> bool:
    return any(w.lower() in SPEECH_FORMS for w in _WORD.findall(cue_text))


@dataclass(frozen=True, slots=True)
class Relation:
    """An attribution as spans: each role a tuple of (start, end) fragments."""

    source: tuple[Interval, ...]
    cue: tuple[Interval, ...]
    content: tuple[Interval, ...]
    cue_text: str = ""

    @property
    def speech(self) -> bool:
        return is_speech_cue(self.cue_text)


@dataclass(frozen=True, slots=True)
class Counts:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.predicted + other.predicted,
                      self.gold + other.gold)


@dataclass(frozen=True, slots=True)
class PolnearReport:
    split: str
    documents: int
    relations: Counts
    speech: Counts
    coder: str


# ---------------------------------------------------------------- gold

def _fragments(field_text: str) -> tuple[Interval, ...]:
    out: list[Interval] = []
    for part in field_text.split(";"):
        start, end = part.split()
        out.append((int(start), int(end)))
    return tuple(out)


def read_ann(text: str, body: str) -> list[Relation]:
    """The attributions of one BRAT ``.ann`` file (``text`` is the document, for cue words)."""
    spans: dict[str, tuple[Interval, ...]] = {}
    events: list[dict[str, str]] = []
    for line in body.splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, offsets = cols[1].partition(" ")
            if label in ("Source", "Cue", "Content"):
                spans[cols[0]] = _fragments(offsets)
        elif line.startswith("E") and len(cols) >= 2:
            events.append(dict(arg.split(":", 1) for arg in cols[1].split() if ":" in arg))
    out: list[Relation] = []
    for ev in events:
        content = spans.get(ev.get("Content", ""), ())
        if not content:
            continue
        cue = spans.get(ev.get("Cue", ""), ())
        out.append(Relation(spans.get(ev.get("Source", ""), ()), cue, content,
                            " ".join(text[s:e] for s, e in cue)))
    return out


def _documents(data_dir: Path, split: str) -> Iterator[tuple[str, str, list[Relation]]]:
    text_dir, ann_dir = data_dir / split / "text", data_dir / split / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise UsageError(f"no PolNeAR split {split!r} under {data_dir}")
    chosen: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(name, ann)  # sorted: the smallest annotator id comes first
    for name, ann in sorted(chosen.items()):
        path = text_dir / f"{name}.txt"
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            yield name, text, read_ann(text, ann.read_text(encoding="utf-8"))


def _published(data_dir: Path) -> dict[str, str]:
    path = data_dir / "metadata.tsv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        return {r["filename"]: r.get("publication_date") or "" for r in rows}


# ---------------------------------------------------------------- predictions

def _nearest(text: str, needle: str, anchor: int) -> Interval | None:
    """The occurrence of ``needle`` nearest to ``anchor`` (edge to edge; before it on a tie)."""
    best: Interval | None = None
    best_key = (1 << 62, 1)
    if not needle:
        return None
    for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):  # whole words
        after = m.start() >= anchor
        key = (m.start() - anchor if after else max(0, anchor - m.end()), int(after))
        if key < best_key:
            best, best_key = (m.start(), m.end()), key
    return best


def _source(text: str, quote: Quote) -> tuple[Interval, ...]:
    if quote.speaker_span is not None:
        return ((quote.speaker_span.start, quote.speaker_span.end),)
    sp = quote.speaker
    if sp is not None and sp.text == quote.speaker_text and sp.end > sp.start:
        return ((sp.start, sp.end),)
    anchor = quote.cue.start if quote.cue else quote.content.start
    found = _nearest(text, quote.speaker_text or "", anchor)
    return (found,) if found else ()


def predicted_relations(text: str, quotes: Sequence[Quote]) -> list[Relation]:
    """Group quotes into relations (see the module docstring)."""
    out: list[Relation] = []
    by_cue: dict[Interval, int] = {}
    by_source: dict[tuple[Interval, ...], int] = {}  # the latest direct quote of a source
    for q in sorted(quotes, key=lambda q: q.content.start):
        source = _source(text, q)
        content = ((q.content.start, q.content.end),)
        key = (q.cue.start, q.cue.end) if q.cue is not None else None
        joined = by_cue.get(key) if key else by_source.get(source) if source else None
        if joined is not None:
            r = out[joined]
            out[joined] = Relation(r.source, r.cue, r.content + content, r.cue_text)
        elif key is not None or source:
            joined = len(out)
            out.append(Relation(source, (key,) if key else (), content,
                                q.cue.text if q.cue else ""))
            if key is not None:
                by_cue[key] = joined
        if joined is not None and source and q.direct:
            by_source[source] = joined
    return out


# ---------------------------------------------------------------- matching

def _overlap(a: Sequence[Interval], b: Sequence[Interval]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _coverage(pred: Sequence[Interval], gold: Sequence[Interval]) -> float:
    total = sum(e - s for s, e in gold)
    if total <= 0:
        return 0.0
    covered = 0
    for gs, ge in gold:
        points = sorted((max(s, gs), min(e, ge)) for s, e in pred if s < ge and gs < e)
        pos = gs
        for s, e in points:
            covered += max(0, e - max(s, pos))
            pos = max(pos, e)
    return covered / total


def matches(pred: Relation, gold: Relation) -> bool:
    if _coverage(pred.content, gold.content) < 0.5:
        return False
    if pred.cue and gold.cue and not _overlap(pred.cue, gold.cue):
        return False
    return not (pred.source and gold.source and not _overlap(pred.source, gold.source))


def match_pairs(preds: Sequence[Relation], golds: Sequence[Relation]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (augmenting paths): (pred index, gold index) pairs."""
    edges = [[g for g, gold in enumerate(golds) if matches(p, gold)] for p in preds]
    owner: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in edges[p]:
            if g not in seen:
                seen.add(g)
                if g not in owner or augment(owner[g], seen):
                    owner[g] = p
                    return True
        return False

    for p in range(len(preds)):
        augment(p, set())
    return [(p, g) for g, p in owner.items()]


def score_document(preds: Sequence[Relation], golds: Sequence[Relation]) -> tuple[Counts, Counts]:
    pairs = match_pairs(preds, golds)
    speech_tp = sum(1 for p, g in pairs if preds[p].speech and golds[g].speech)
    return (Counts(len(pairs), len(preds), len(golds)),
            Counts(speech_tp, sum(p.speech for p in preds), sum(g.speech for g in golds)))


# ---------------------------------------------------------------- coding

QuoteCoder = Callable[[str, str | None], list[Quote]]


def _direct_coder() -> QuoteCoder:
    from redline.actors import resolve_actors
    from redline.nlp import load_nlp
    from redline.quotes import quotes_and_attributions

    nlp = load_nlp()

    def code(text: str, published: str | None) -> list[Quote]:
        doc = nlp(text)
        said, others = quotes_and_attributions(doc, resolve_actors(doc, published=published))
        return said + others

    return code


def _pipeline_coder() -> QuoteCoder | None:
    try:
        from redline.pipeline import Coder
    except ImportError:
        return None
    coder = Coder()
    direct: list[QuoteCoder] = []

    def code(text: str, published: str | None) -> list[Quote]:
        document = coder.code_text(text, published=published)
        if document.text == text and not document.errors:
            return list(document.quotes) + list(document.attributions)
        if not direct:
            direct.append(_direct_coder())
        return direct[0](text, published)

    return code


def score_polnear(data_dir: str | Path, split: str = "dev", *, limit: int | None = None,
                  use_pipeline: bool = True) -> PolnearReport:
    """Code every document of ``split`` and score the quotes (see the module docstring)."""
    root = Path(data_dir)
    coder = _pipeline_coder() if use_pipeline else None
    name = "redline.pipeline.Coder" if coder else "spacy+resolve_actors+extract_quotes"
    coder = coder or _direct_coder()
    dates = _published(root)
    total, speech, n = Counts(), Counts(), 0
    for n, (doc, text, golds) in enumerate(_documents(root, split), start=1):
        quotes = coder(text, dates.get(doc) or None)
        all_c, speech_c = score_document(predicted_relations(text, quotes), golds)
        total, speech = total + all_c, speech + speech_c
        if limit is not None and n >= limit:
            break
    return PolnearReport(split, n, total, speech, name)


def format_polnear_report(report: PolnearReport) -> str:
    rows = [("all relations", report.relations), ("speech cues", report.speech)]
    lines = [f"PolNeAR {report.split}: {report.documents} documents, coded by {report.coder}",
             f"{'':<16}{'gold':>7}{'pred':>7}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}"]
    for label, c in rows:
        lines.append(f"{label:<16}{c.gold:>7}{c.predicted:>7}{c.tp:>7}"
                     f"{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}")
    return "\n".join(lines)
