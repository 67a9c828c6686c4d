"""ConfliBERT's CAMEO sentences: real news sentences, each holding an event.

Figures, over the sentences of ``cameo_class_train.tsv`` (class = CAMEO PentaClass: 0 neutral
statement/appeal, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
conflict):

- ``event_share``: sentences with at least one asserted event (any CAMEO code);
- ``class_share``: sentences whose asserted events include the gold PentaClass;
- ``class_<k>``: the same, per gold class;
- ``source_overlap`` / ``target_overlap``: among sentences whose NER file marks a source
  (target) span (the NER file's sentences are matched to the class file's by their words;
  it holds fewer sentences), share where an asserted event's source (target) mention overlaps it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redline.eval.common import Item, Progress, code_items, share, warn
from redline.events.cameo_view import cameo_events
from redline.model import Event

# CAMEO root -> PentaClass, as in the CAMEO codebook's pentaclass column.
PENTA = {**dict.fromkeys(("01", "02"), 0), **dict.fromkeys(("03", "04", "05"), 1),
         **dict.fromkeys(("06", "07", "08"), 2),
         **dict.fromkeys(("09", "10", "11", "12", "13", "16"), 3),
         **dict.fromkeys(("14", "15", "17", "18", "19", "20"), 4)}

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    gold: int
    sources: tuple[Span, ...] = ()
    targets: tuple[Span, ...] = ()


def read_classes(path: Path) -> Iterator[tuple[str, int]]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text, _, label = line.rpartition("\t")
        if not text.strip() or label.strip() not in {"0", "1", "2", "3", "4"}:
            warn(f"{path}:{n}", "expected 'sentence<TAB>class' with class 0-4")
            continue
        yield text, int(label)


def read_ner(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, tag) pairs; blank lines separate sentences."""
    out: list[list[tuple[str, str]]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[-1].append((" ".join(parts[:-1]), parts[-1]))
        elif out[-1]:
            out.append([])
    return [s for s in out if s]


def tagged_spans(text: str, tokens: list[tuple[str, str]], role: str) -> tuple[Span, ...]:
    """Character spans of the B-/I- runs of ``role`` (S or T), tokens found left to right."""
    spans: list[list[int]] = []
    pos = 0
    for token, tag in tokens:
        at = text.find(token, pos)
        if at < 0:
            return ()  # the token file does not follow the text: no spans
        pos = at + len(token)
        if tag == f"B-{role}" or (tag == f"I-{role}" and not spans):
            spans.append([at, pos])
        elif tag == f"I-{role}":
            spans[-1][1] = pos
    return tuple((a, b) for a, b in spans)


def _squeeze(text: str) -> str:
    return "".join(text.split())


def read_conflibert(folder: Path) -> list[Sentence]:
    classes = list(read_classes(folder / "cameo_class_train.tsv"))
    ner_path = folder / "cameo_ner_train.txt"
    ner = read_ner(ner_path) if ner_path.exists() else []
    by_text = {_squeeze("".join(t for t, _ in tokens)): tokens for tokens in ner}
    out = []
    for text, gold in classes:
        tokens = by_text.get(_squeeze(text), [])
        out.append(Sentence(text, gold, tagged_spans(text, tokens, "S"),
                            tagged_spans(text, tokens, "T")))
    return out


def _overlaps(events: Iterable[Event], role: str, spans: tuple[Span, ...]) -> bool:
    for e in events:
        actor = getattr(e, role)
        if actor is not None and any(actor.start < b and a < actor.end for a, b in spans):
            return True
    return False


def score_conflibert(folder: str | Path, *, workers: int = 0,
                     progress: Progress | None = None) -> dict[str, Any]:
    sentences = read_conflibert(Path(folder))
    items = (Item(f"cb{i}", s.text) for i, s in enumerate(sentences))
    tally: Counter[str] = Counter()
    for s, doc in zip(sentences, code_items(items, workers=workers, progress=progress),
                      strict=True):
        events = [e for e in cameo_events(doc.events) if e.asserted]  # CAMEO's convention
        classes = {PENTA.get(e.cameo_root) for e in events}
        tally["n"] += 1
        tally[f"n{s.gold}"] += 1
        tally["event"] += bool(events)
        tally["class"] += s.gold in classes
        tally[f"class{s.gold}"] += s.gold in classes
        for role, spans in (("source", s.sources), ("target", s.targets)):
            if spans:
                tally[f"{role}_n"] += 1
                tally[f"{role}_hit"] += _overlaps(events, role, spans)
    return _figures(tally)


def _figures(t: Counter[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"sentences": t["n"], "event_share": share(t["event"], t["n"]),
                           "class_share": share(t["class"], t["n"])}
    out.update({f"class_{k}": share(t[f"class{k}"], t[f"n{k}"]) for k in range(5)})
    out["source_overlap"] = share(t["source_hit"], t["source_n"])
    out["target_overlap"] = share(t["target_hit"], t["target_n"])
    return out
