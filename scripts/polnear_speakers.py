"""Speaker accuracy on PolNeAR: our quotes' speakers against the gold Source spans.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) marks a Source span for most attributions
("Trump", "he", "the senator's spokesman"). It is a large set to tune speaker resolution on:
train (840 documents) to tune, dev (84) to check.

Each document is coded the direct way (spaCy + ``resolve_actors`` + ``quotes_and_attributions``);
the parse and the actors are cached (``--cache``), so a rerun only runs the quotes stage.
Predicted quotes are grouped into relations as ``redline eval polnear`` groups them
(``redline.eval.polnear.predicted_relations``) and matched one-to-one to gold attributions
that have a Source on content and cue alone (the source is what is scored). A matched
relation's speaker is right when our speaker mention overlaps the gold Source, or when the
resolved speaker's surname is the head (last word) of the gold Source ("he" resolved to
Donald Trump where the gold Source is "Trump"). A relation with no speaker is wrong.
PolNeAR marks no antecedents, so for a gold Source that is a pronoun or a description the
script also reports, as a proxy, whether our speaker is someone the annotators named as a
Source earlier in the document.

    .venv/bin/python scripts/polnear_speakers.py --data /work/shared/data/polnear \
        [--split train,dev] [--show 40] [--speech] [--limit N]

Train leaves out the documents the article gold holds (``articles_docs.tsv``: some are in
its check parts); ``--limit N`` codes the first N documents of a split only.

``--show N`` lists N wrong speakers of the first split with a class (pronoun, description,
possessor, none, other sentence, ...), to read; only when that split is train (the tune split,
with the article gold's documents left out): dev holds some of the check parts' documents.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import pickle
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, DocBin

from redline.eval.polnear import (
    Relation,
    _documents,
    _overlap,
    _published,
    match_pairs,
    predicted_relations,
)
from redline.model import Actor, Quote

_GOLD_DOCS = (Path(__file__).resolve().parents[1] / "src" / "redline" / "eval" / "gold"
              / "articles_docs.tsv")
_WRITER = frozenset({"i", "we", "you", "me", "us", "my", "our", "your"})  # no antecedent
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "one", "another"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "his", "her", "their",
                       "him", "them", "its", "who", "which", "that"})


@dataclass(frozen=True)
class Judged:
    """One matched relation: the gold source, ours, and whether they agree. ``resolved`` is
    None unless the gold source is a pronoun or a description; then it says whether our speaker
    is someone the annotators named as a source earlier in the document (a proxy for the
    antecedent, which PolNeAR does not mark)."""

    doc: str
    gold: str
    ours: str
    actor: str
    cue: str
    content: str
    right: bool
    klass: str
    resolved: bool | None = None


def _cached(cache: Path, split: str, name: str, text: str, published: str | None,
            nlp: object) -> tuple[Doc, list[Actor]]:
    from redline.actors import resolve_actors

    key = hashlib.sha1(text.encode()).hexdigest()[:12]
    path = cache / split / f"{name}.{key}.pkl"
    vocab = nlp.vocab  # type: ignore[attr-defined]
    if path.is_file():
        blob, actors = pickle.loads(path.read_bytes())
        return next(iter(DocBin().from_bytes(blob).get_docs(vocab))), actors
    doc = nlp(text)  # type: ignore[operator]
    actors = resolve_actors(doc, published=published)
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps((bin_.to_bytes(), actors)))
    return doc, actors


def _surname(name: str) -> str:
    words = re.findall(r"[A-Za-z][A-Za-z'\-]+", name)
    return words[-1].lower() if words else ""


def _right(text: str, pred: Relation, gold: Relation, actor: Actor | None) -> bool:
    if pred.source and _overlap(pred.source, gold.source):
        return True
    if actor is None:
        return False
    gold_words = re.findall(r"[A-Za-z][A-Za-z'\-]+", " ".join(text[s:e] for s, e in gold.source))
    head = gold_words[-1].lower() if gold_words else ""
    return bool(head) and head not in _PRONOUNS and _surname(actor.name) == head


def _klass(text: str, pred: Relation, gold: Relation, right: bool) -> str:
    """A rough class for a wrong speaker, by the gold source's form and place."""
    if right:
        return "right"
    g = " ".join(text[s:e] for s, e in gold.source)
    if not pred.source:
        base = "none"
    elif abs(pred.source[0][0] - gold.source[0][0]) > 400:
        base = "far"
    else:
        base = "other"
    low = g.lower()
    if low in _PRONOUNS:
        form = "gold-pronoun"
    elif "'s" in low or "’s" in low:
        form = "gold-possessor"
    elif g[:1].islower() or low.startswith(("the ", "a ", "an ")):
        form = "gold-description"
    else:
        form = "gold-name"
    cue_at = pred.cue[0][0] if pred.cue else pred.content[0][0]
    para = "\n" in text[min(gold.source[0][0], cue_at):max(gold.source[0][0], cue_at)]
    return f"{base}/{form}" + ("/other-para" if para else "")


def _named_before(text: str, golds: Sequence[Relation], before: int) -> set[str]:
    """Capitalised words of the gold sources that start before ``before``."""
    words: set[str] = set()
    for g in golds:
        if g.source and g.source[0][0] < before:
            for s, e in g.source:
                words |= {w.lower() for w in re.findall(r"[A-Z][A-Za-z'\-]+", text[s:e])}
    return words


def _unnamed(gold_source: str) -> bool:
    """A pronoun or a description ('he', 'the senator', 'a spokesman for X')."""
    words = gold_source.split()
    if not words or len(words) > 6:
        return False
    if len(words) == 1:
        low = words[0].lower()
        return low not in _WRITER and (low in _PRONOUNS or words[0].islower())
    return words[0].lower() in _DETERMINERS and all(w[:1].islower() for w in words[1:])


def _resolved(text: str, golds: Sequence[Relation], gold: Relation, actor: Actor | None) -> bool:
    if actor is None:
        return False
    named = _named_before(text, golds, gold.source[0][0])
    words = {w.lower() for w in re.findall(r"[A-Z][A-Za-z'\-]+", actor.name) if len(w) > 2}
    return bool(words & named)


def _actor_for(quotes: Sequence[Quote], rel: Relation) -> Actor | None:
    for q in quotes:
        if (q.content.start, q.content.end) in rel.content and q.speaker is not None:
            return q.speaker
    return None


def judge(name: str, text: str, quotes: Sequence[Quote], golds: Sequence[Relation],
          speech: bool) -> list[Judged]:
    preds = predicted_relations(text, quotes)
    golds = [g for g in golds if g.source and (g.speech or not speech)]
    blind_p = [Relation((), p.cue, p.content, p.cue_text) for p in preds]
    blind_g = [Relation((), g.cue, g.content, g.cue_text) for g in golds]
    out: list[Judged] = []
    for p, g in match_pairs(blind_p, blind_g):
        pred, gold = preds[p], golds[g]
        actor = _actor_for(quotes, pred)
        right = _right(text, pred, gold, actor)
        gold_text = " ".join(text[s:e] for s, e in gold.source)
        resolved = _resolved(text, golds, gold, actor) if _unnamed(gold_text) else None
        out.append(Judged(name, gold_text, " ".join(text[s:e] for s, e in pred.source),
                          actor.name if actor else "", pred.cue_text,
                          text[pred.content[0][0]:pred.content[0][1]][:90],
                          right, _klass(text, pred, gold, right), resolved))
    return out


def article_gold_names(table: Path = _GOLD_DOCS) -> frozenset[str]:
    """PolNeAR documents the article gold holds (any part): skipped from train here, so a
    check part's text is never coded or listed by this script (dev is totals only, whole)."""
    if not table.is_file():
        return frozenset()
    with table.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        return frozenset(r["id"] for r in rows if r["source"] == "polnear")


def run_split(data: Path, split: str, cache: Path, speech: bool,
              limit: int | None = None) -> list[Judged]:
    from redline.nlp import load_nlp
    from redline.quotes import quotes_and_attributions

    nlp = load_nlp()
    dates = _published(data)
    skip = article_gold_names() if split == "train" else frozenset()
    docs = [d for d in _documents(data, split) if d[0] not in skip]
    out: list[Judged] = []
    for name, text, golds in docs[:limit]:
        doc, actors = _cached(cache, split, name, text, dates.get(name) or None, nlp)
        said, others = quotes_and_attributions(doc, actors)
        out += judge(name, text, said + others, golds, speech)
    return out


def _positive(value: str) -> int:
    """``--limit``'s value: a count of one or more (a negative one would slice from the end)."""
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a count of documents: {value}")
    return n


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data/polnear"))
    ap.add_argument("--split", default="train,dev")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/redline_polnear_cache"))
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--klass", default="", help="with --show: only classes containing this")
    ap.add_argument("--speech", action="store_true", help="speech cues only")
    ap.add_argument("--unresolved", action="store_true",
                    help="with --show: list pronoun/description sources not resolved too")
    ap.add_argument("--limit", type=_positive, default=None, help="the first N documents only")
    args = ap.parse_args(argv)
    for n, split in enumerate(args.split.split(",")):
        judged = run_split(args.data, split, args.cache, args.speech, args.limit)
        right = sum(j.right for j in judged)
        share = right / len(judged) if judged else 0.0
        print(f"PolNeAR {split}: speaker right {right} of {len(judged)} matched = {share:.3f}")
        classes = Counter(j.klass for j in judged if not j.right)
        print("  wrong: " + ", ".join(f"{k} {v}" for k, v in classes.most_common()))
        unnamed = [j for j in judged if j.resolved is not None]
        res = sum(bool(j.resolved) for j in unnamed)
        print(f"  pronoun/description sources: {res} of {len(unnamed)} resolved to an earlier "
              f"gold source = {res / max(1, len(unnamed)):.3f}")
        if n == 0 and args.show:
            show_wrong(judged, split, args.show, args.klass, args.unresolved)
    return 0


def show_wrong(judged: Sequence[Judged], split: str, show: int, klass: str,
               unresolved: bool) -> None:
    """Lists ``show`` wrong speakers of ``split``: of train only, the one split whose
    article-gold documents are left out (dev holds some of the check parts' documents)."""
    if split != "train":
        print(f"  --show lists train only ({split} holds article-gold documents): not listed")
        return
    wrong = [j for j in judged if (not j.right or unresolved and j.resolved is False)
             and klass in j.klass]
    for j in wrong[:show]:
        print(f"  {j.klass:<34} gold {j.gold!r} ours {j.ours!r} -> {j.actor!r} "
              f"cue {j.cue!r} [{j.doc[:30]}] {j.content!r}")


if __name__ == "__main__":
    sys.exit(main())
