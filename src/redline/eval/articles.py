"""Score the coder on the article gold (see ``gold/GUIDELINES.md``), per half.

Events: a predicted event is one the coder writes as asserted (not negated nor hypothetical)
with a PLOVER type, at or above ``min_confidence``. It matches a gold event in the same sentence
with the same PLOVER type (one to one, nearest triggers first). Gold events count as positive
when their modality is asserted or historical (what happened; the coder flags intended, like
hypothetical, events as not asserted). Figures:

- ``event_precision`` / ``event_recall`` / ``event_f1``: type level (sentence + type);
- ``full_precision`` / ``full_recall``: also source and target right at country/organisation
  level (a gold null actor is matched by a predicted null or uncoded one);
- ``actor_accuracy``: source and target both right among type-matched events;
- ``modality_accuracy``: over every predicted event with a type matched to a gold event (any
  modality on either side), the share with the gold modality;
- ``date_accuracy``: among type-matched events with a gold date, the share whose date agrees
  at the gold's precision;
- ``quote_precision`` / ``quote_recall``: a predicted quote matches a gold one when their
  contents overlap by half of the shorter; ``speaker_accuracy`` among matched quotes whose gold
  names a speaker (same surname, compared without accents: 'Erdoğan' is 'Erdogan'; or the
  same country/organisation code for bodies).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from redline.eval.common import Item, Progress, code_items, one_to_one, share
from redline.eval.gold_articles import (
    GOLD,
    GoldDoc,
    GoldEvent,
    GoldQuote,
    read_docs,
    read_events,
    read_quotes,
)
from redline.events.codebook import plover_current
from redline.model import Actor, Document, Event, Quote

# tune2 and check2: a second tune part and a second check part (GUIDELINES.md, "Documents")
SPLITS = ("tune", "check", "tune2", "check2")
EXTRA_PARTS = ("tune2", "check2")  # reported beside the halves, not in "all"
TUNE_PARTS = frozenset({"tune", "tune2"})  # rules are written from these; misses shown
BINS = ("0.0-0.2", "0.2-0.4", "0.4-0.6", "0.6-0.8", "0.8-1.0")
CONFIDENT = 0.8


@dataclass(slots=True)
class Tally:
    counts: Counter[str] = field(default_factory=Counter)
    per_type: dict[str, Counter[str]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, key: str, n: int = 1, plover: str | None = None) -> None:
        self.counts[key] += n
        if plover:
            self.per_type.setdefault(plover, Counter())[key] += n


def sentence_of(doc: Document, offset: int) -> int:
    for s in doc.sentences:
        if s.start <= offset < s.end:
            return s.index
    return -1


def code_key(code: str | None) -> str | None:
    """Country or organisation part of a code ("USAGOV" -> USA, "NATO" -> NATO, "---" -> None).

    CAMEO's ``IMG`` (an armed group of no one state: the Islamic State, al-Qaeda) is read as the
    guidelines' ``---``: neither names a country."""
    from redline.actors import knowledge_base

    if not code or code.startswith(("---", "IMG")):
        return None
    if knowledge_base().is_state(code[:3]):
        return code[:3]
    return next((org for org in _orgs_longest_first() if code.startswith(org)), code[:3])


@lru_cache(maxsize=1)
def _orgs_longest_first() -> tuple[str, ...]:
    from redline.actors import knowledge_base

    return tuple(sorted(knowledge_base().orgs, key=len, reverse=True))


def actor_key(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return code_key(actor.country) if actor.country else code_key(actor.code)


def paired_events(preds: list[Event], golds: list[GoldEvent]) -> list[tuple[Event, GoldEvent]]:
    """One-to-one pairs in one sentence and type, nearest triggers first."""
    cand = ((abs(p.trigger.start - g.start), i, j) for i, p in enumerate(preds)
            for j, g in enumerate(golds))
    return [(preds[i], golds[j]) for i, j in one_to_one(cand)]


def typed_events(doc: Document, min_confidence: float) -> list[Event]:
    return [e for e in doc.events if e.plover and event_confidence(e) >= min_confidence]


def event_confidence(event: Event) -> float:
    value = getattr(event, "confidence", None)
    return 1.0 if value is None else float(value)


def grouped_events(doc: Document, preds: Iterable[Event], golds: Iterable[GoldEvent]
             ) -> dict[tuple[int, str], tuple[list[Event], list[GoldEvent]]]:
    groups: dict[tuple[int, str], tuple[list[Event], list[GoldEvent]]] = {}
    for e in preds:
        groups.setdefault((e.sentence, plover_current(e.plover)), ([], []))[0].append(e)
    for g in golds:
        groups.setdefault((sentence_of(doc, g.start), g.plover), ([], []))[1].append(g)
    return groups


def actors_right(e: Event, g: GoldEvent) -> bool:
    return (actor_key(e.source) == code_key(g.source)
            and actor_key(e.target) == code_key(g.target))


def _date_right(e: Event, g: GoldEvent) -> bool:
    return bool(e.date) and str(e.date)[: len(str(g.date))] == str(g.date)


def score_events(doc: Document, golds: list[GoldEvent], tally: Tally, *,
                 min_confidence: float = 0.0, show: bool = False) -> None:
    typed = typed_events(doc, min_confidence)
    for preds, gs in grouped_events(doc, typed, golds).values():
        for e, g in paired_events(preds, gs):
            tally.add("modality_n")
            tally.add("modality_hit", e.modality == g.modality)
            if show and e.modality != g.modality:
                tally.misses.append(f"MODALITY {doc.id} s{e.sentence} {g.plover} gold "
                                    f"{g.modality} got {e.modality} {e.trigger.text!r}: "
                                    f"{sentence_text(doc, e.sentence)}")
    asserted = [e for e in typed if e.asserted]
    for (_, plover), (preds, gs) in grouped_events(doc, asserted, [g for g in golds if g.positive]
                                             ).items():
        pairs = paired_events(preds, gs)
        tally.add("pred", len(preds), plover)
        tally.add("gold", len(gs), plover)
        tally.add("tp", len(pairs), plover)
        for e, g in pairs:
            tally.add("full", actors_right(e, g), plover)
            if g.date:
                tally.add("date_n")
                tally.add("date_hit", _date_right(e, g))
        if show:
            _note_misses(doc, preds, gs, pairs, tally)


def event_outcomes(doc: Document, golds: list[GoldEvent]) -> list[tuple[Event, bool]]:
    """Each asserted typed event of ``doc`` with whether it is fully right (type, source and
    target matched to a positive gold event): the calibration's examples."""
    asserted = [e for e in doc.events if e.plover and e.asserted]
    out: list[tuple[Event, bool]] = []
    for preds, gs in grouped_events(doc, asserted, [g for g in golds if g.positive]).values():
        right = {id(e) for e, g in paired_events(preds, gs) if actors_right(e, g)}
        out += [(e, id(e) in right) for e in preds]
    return out


def _reliability(doc: Document, golds: list[GoldEvent], tally: Tally) -> None:
    for e, right in event_outcomes(doc, golds):
        b = min(int(event_confidence(e) * len(BINS)), len(BINS) - 1)
        tally.add(f"bin{b}_n")
        tally.add(f"bin{b}_right", right)
        if event_confidence(e) >= CONFIDENT:
            tally.add("confident_n")
            tally.add("confident_right", right)


def _note_misses(doc: Document, preds: list[Event], golds: list[GoldEvent],
                 pairs: list[tuple[Event, GoldEvent]], tally: Tally) -> None:
    paired_e = {id(e) for e, _ in pairs}
    paired_g = {id(g) for _, g in pairs}
    for e in preds:
        if id(e) not in paired_e:
            tally.misses.append(f"FALSE {doc.id} s{e.sentence} {e.plover} {e.cameo} "
                                f"{_code(e.source)}->{_code(e.target)} {e.trigger.text!r}: "
                                f"{sentence_text(doc, e.sentence)}")
    for g in golds:
        if id(g) not in paired_g:
            tally.misses.append(f"MISS  {doc.id} {g.plover} {g.cameo} {g.source}->{g.target} "
                                f"{doc.text[g.start:g.end]!r}: "
                                f"{sentence_text(doc, sentence_of(doc, g.start))}")
    for e, g in pairs:
        if not actors_right(e, g):
            tally.misses.append(f"ACTOR {doc.id} s{e.sentence} {g.plover} gold {g.source}->"
                                f"{g.target} got {_code(e.source)}->{_code(e.target)} "
                                f"{e.trigger.text!r} ({_text(e.source)} -> {_text(e.target)}): "
                                f"{sentence_text(doc, e.sentence)}")
        if g.date and not _date_right(e, g):
            tally.misses.append(f"DATE  {doc.id} s{e.sentence} {g.plover} gold {g.date} got "
                                f"{e.date or '-'} {e.trigger.text!r}: "
                                f"{sentence_text(doc, e.sentence)}")


def _code(actor: Actor | None) -> str:
    return actor.code if actor is not None else "-"


def _text(actor: Actor | None) -> str:
    return repr(actor.text) if actor is not None else "-"


def sentence_text(doc: Document, index: int) -> str:
    for s in doc.sentences:
        if s.index == index:
            return " ".join(doc.text[s.start:s.end].split())[:240]
    return ""


def _overlap(q: Quote, g: GoldQuote) -> float:
    inter = min(q.content.end, g.end) - max(q.content.start, g.start)
    shorter = min(q.content.end - q.content.start, g.end - g.start) or 1
    return inter / shorter


def _surname(name: str | None) -> str:
    """The last word of a name, case and accents folded (the knowledge base's 'Recep Tayyip
    Erdoğan' is the gold's 'Recep Tayyip Erdogan')."""
    words = (name or "").replace("’s", "").replace("'s", "").split()
    if not words:
        return ""
    last = unicodedata.normalize("NFKD", words[-1].strip(".,"))
    return "".join(c for c in last if not unicodedata.combining(c)).casefold()


def _speaker_right(q: Quote, g: GoldQuote) -> bool:
    sp = q.speaker
    if sp is None:
        return False
    if _surname(sp.name) and _surname(sp.name) == _surname(g.speaker_name):
        return True
    return sp.kind != "person" and code_key(g.speaker_code) is not None and \
        actor_key(sp) == code_key(g.speaker_code)


def score_quotes(doc: Document, golds: list[GoldQuote], tally: Tally,
                 show: bool = False) -> None:
    cand = ((-_overlap(q, g), i, j) for i, q in enumerate(doc.quotes)
            for j, g in enumerate(golds) if _overlap(q, g) >= 0.5)
    pairs = one_to_one(cand)
    for i, j in pairs:
        if golds[j].speaker_name:
            tally.add("speaker_n")
            tally.add("speaker_hit", _speaker_right(doc.quotes[i], golds[j]))
    tally.add("q_pred", len(doc.quotes))
    tally.add("q_gold", len(golds))
    tally.add("q_tp", len(pairs))
    if show:
        tally.misses += quote_misses(doc, golds, pairs)


def _clip(text: str, n: int = 90) -> str:
    return repr(" ".join(text.split())[:n])


def _speaker_label(q: Quote) -> str:
    sp = q.speaker
    got = f"{sp.name or '?'}/{sp.code}" if sp is not None else "none"
    return f"{got} (mention {q.speaker_text!r})"


def quote_misses(doc: Document, golds: Sequence[GoldQuote],
                 pairs: Iterable[tuple[int, int]]) -> list[str]:
    """Lines for the tune half: QMISS (gold not found), QFALSE (found, not gold) and
    SPEAKER (matched, gold names a speaker the coder did not give)."""
    pairs = list(pairs)
    out: list[str] = []
    for i, j in pairs:
        q, g = doc.quotes[i], golds[j]
        if g.speaker_name and not _speaker_right(q, g):
            out.append(f"SPEAKER {doc.id} gold {g.speaker_name}/{g.speaker_code} got "
                       f"{_speaker_label(q)}: {_clip(doc.text[g.start:g.end])}")
    paired_q, paired_g = {i for i, _ in pairs}, {j for _, j in pairs}
    out += [f"QMISS {doc.id} {g.speaker_name}/{g.speaker_code} "
            f"{_clip(doc.text[g.start:g.end])}"
            for j, g in enumerate(golds) if j not in paired_g]
    out += [f"QFALSE {doc.id} {_speaker_label(q)} {_clip(q.content.text)}"
            for i, q in enumerate(doc.quotes) if i not in paired_q]
    return out


def figures(t: Counter[str]) -> dict[str, Any]:
    p, r = share(t["tp"], t["pred"]), share(t["tp"], t["gold"])
    return {
        "gold_events": t["gold"], "predicted_events": t["pred"],
        "event_precision": p, "event_recall": r,
        "event_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "full_precision": share(t["full"], t["pred"]),
        "full_recall": share(t["full"], t["gold"]),
        "actor_accuracy": share(t["full"], t["tp"]),
        "modality_accuracy": share(t["modality_hit"], t["modality_n"]),
        "date_accuracy": share(t["date_hit"], t["date_n"]),
        "gold_quotes": t["q_gold"], "predicted_quotes": t["q_pred"],
        "quote_precision": share(t["q_tp"], t["q_pred"]),
        "quote_recall": share(t["q_tp"], t["q_gold"]),
        "speaker_accuracy": share(t["speaker_hit"], t["speaker_n"]),
        "confident_events": t["confident_n"],
        "confident_full_precision": share(t["confident_right"], t["confident_n"]),
    }


def reliability(t: Counter[str]) -> dict[str, tuple[int, float]]:
    """Confidence bin -> (events, share fully right), over every asserted typed event."""
    return {label: (t[f"bin{i}_n"], share(t[f"bin{i}_right"], t[f"bin{i}_n"]))
            for i, label in enumerate(BINS)}


@dataclass(frozen=True, slots=True)
class ArticlesReport:
    documents: dict[str, int]
    halves: dict[str, dict[str, Any]]
    per_type: dict[str, dict[str, dict[str, float]]]
    misses: tuple[str, ...] = ()
    reliability: dict[str, dict[str, tuple[int, float]]] = field(default_factory=dict)
    min_confidence: float = 0.0

    def flat(self) -> dict[str, Any]:
        """One level of figures for the scoreboard: ``check_event_precision`` and so on."""
        out: dict[str, Any] = {}
        for half, figs in self.halves.items():
            out.update({f"{half}_{k}": v for k, v in figs.items()})
        return out


def score_articles(data: str | Path, *, min_confidence: float | None = None,
                   show_misses: bool = False,
                   workers: int = 0, progress: Progress | None = None,
                   gold: Path = GOLD) -> ArticlesReport:
    from redline.events.confidence import default_min_confidence

    threshold = default_min_confidence() if min_confidence is None else min_confidence
    docs = read_docs(Path(data), gold)
    texts = {d.id: d.text for d in docs}
    events, quotes = read_events(texts, gold), read_quotes(texts, gold)
    tallies = {half: Tally() for half in SPLITS}
    items = (Item(d.id, d.text, d.published) for d in docs)
    for gd, doc in zip(docs, code_items(items, workers=workers, progress=progress), strict=True):
        tally = tallies[gd.split]
        golds = [g for g in events if g.doc == gd.id]
        show = show_misses and gd.split in TUNE_PARTS
        score_events(doc, golds, tally, min_confidence=threshold, show=show)
        score_quotes(doc, [q for q in quotes if q.doc == gd.id], tally, show=show)
        _reliability(doc, golds, tally)
    return replace(_report(docs, tallies), min_confidence=threshold)


def _report(docs: Sequence[GoldDoc], tallies: dict[str, Tally]) -> ArticlesReport:
    both: Counter[str] = tallies["tune"].counts + tallies["check"].counts
    halves = {half: figures(t.counts) for half, t in tallies.items() if half not in EXTRA_PARTS}
    halves["all"] = figures(both)  # the two halves of the first gold
    halves.update({part: figures(tallies[part].counts) for part in EXTRA_PARTS
                   if tallies[part].counts["gold"] + tallies[part].counts["q_gold"]})
    per_type = {half: {k: {"gold": c["gold"], "pred": c["pred"],
                           "precision": share(c["tp"], c["pred"]),
                           "recall": share(c["tp"], c["gold"])}
                       for k, c in sorted(t.per_type.items())}
                for half, t in tallies.items()}
    counts = Counter(d.split for d in docs)
    table = {half: reliability(t.counts) for half, t in tallies.items()}
    misses = tuple(m for half in SPLITS if half in TUNE_PARTS for m in tallies[half].misses)
    return ArticlesReport(dict(counts), halves, per_type, misses, table)


def format_articles_report(report: ArticlesReport) -> str:
    keys = list(report.halves["tune"])
    cols = [h for h in ("tune", "check", "all", *EXTRA_PARTS) if h in report.halves]
    parts = [h for h in SPLITS if h in report.halves]
    lines = [", ".join(f"{h} {report.documents.get(h, 0)}" for h in parts)
             + f" documents; events at confidence >= {report.min_confidence}",
             f"{'figure':<22} " + " ".join(f"{h:>8}" for h in cols)]
    for k in keys:
        vals = [report.halves[h][k] for h in cols]
        lines.append(f"{k:<22} " + " ".join(f"{v:>8}" for v in vals))
    lines += ["", f"{'type':<10} " + " ".join(f"{h + ' P/R (n)':>20}" for h in parts)]
    for plover in sorted({k for h in report.per_type.values() for k in h}):
        cells = [report.per_type[h].get(plover) for h in parts]
        lines.append(f"{plover:<10} " + " ".join(
            f"{c['precision']:>6.2f}/{c['recall']:.2f} ({c['gold']:>3})" if c else f"{'-':>20}"
            for c in cells))
    lines += ["", "reliability: confidence bin -> asserted events (all confidences), share fully "
              "right", f"{'bin':<10} " + " ".join(f"{h:>16}" for h in parts)]
    for label in BINS:
        bins = [report.reliability.get(h, {}).get(label, (0, 0.0)) for h in parts]
        lines.append(f"{label:<10} " + " ".join(f"{n:>6} {v:>9.3f}" for n, v in bins))
    if report.misses:
        lines += ["", "tune parts: false (FALSE), missed (MISS), wrong-actor (ACTOR) and "
                  "wrong-modality (MODALITY) events"]
        lines += list(report.misses)
    return "\n".join(lines)
