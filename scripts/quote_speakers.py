"""Quote speakers on the article gold, per half, totals only, fast to re-run.

The quote stage reads only the parse and the actors, so this script codes each gold article
the direct way (spaCy + ``resolve_actors`` + ``quotes_and_attributions``, as
``scripts/polnear_speakers.py`` does for PolNeAR), caches the parse and the actors
(``--cache``), and scores the quotes as ``redline eval articles`` does
(``redline.eval.articles.score_quotes``): the same counts, in seconds once cached. It prints
per half the quote precision, recall and speaker figures, and the wrong speakers by class
(totals only: the check halves' items are never shown; ``--show`` lists the misses of tune
and tune2, and their wrong speakers one a line, sorted by class).

``--save FILE`` writes every quote's speaker (half, document, content start, name, code);
``--compare FILE`` counts, per half, the quotes whose speaker differs from a saved run: how
often a change fires on each half, which the tune and check rule needs beside the figures.

    python scripts/quote_speakers.py --data ../shared/data [--show] [--save F] [--compare F]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "that", "who", "which",
                      "his", "her", "their", "its", "our"})
HALVES = ("tune", "check", "tune2", "check2")


def speaker_class(mention: str | None, name: str | None, code: str | None,
                  kind: str | None, gold_name: str) -> str:
    """A wrong speaker's class: none (and whether a mention or pronoun was there), a pronoun
    read as someone else, uncoded, another person or another body; with the gold's form (a
    person's name of two or three capitalised words, or other)."""
    words = (mention or "").strip().lower()
    if name is None:
        got = "none/" + ("no-mention" if not words else "pronoun" if words in PRONOUNS
                         else "mention")
    elif words in PRONOUNS:
        got = "pronoun-wrong"
    elif not code or code.startswith("---"):
        got = "uncoded"
    else:
        got = "person-other" if kind == "person" else "body-other"
    parts = gold_name.split()
    gold = "person" if 2 <= len(parts) <= 3 and all(p[:1].isupper() for p in parts) else "other"
    return f"{got}/gold-{gold}"


def changed(before: Sequence[Sequence[Any]], after: Sequence[Sequence[Any]]) -> Counter[str]:
    """Per half, the quotes (keyed by half, document, content start) whose speaker name or
    code differs between two saved runs, or that only one run has."""
    old = {tuple(row[:3]): tuple(row[3:]) for row in before}
    new = {tuple(row[:3]): tuple(row[3:]) for row in after}
    return Counter(str(key[0]) for key in old.keys() | new.keys() if old.get(key) != new.get(key))


def _parsed(cache: Path, text: str, published: str | None, nlp: Any) -> tuple[Any, list[Any]]:
    from spacy.tokens import DocBin

    from redline.actors import resolve_actors

    path = cache / f"{hashlib.sha1(text.encode()).hexdigest()[:12]}.pkl"
    if path.is_file():
        blob, actors = pickle.loads(path.read_bytes())
        return next(iter(DocBin().from_bytes(blob).get_docs(nlp.vocab))), actors
    doc = nlp(text)
    actors = resolve_actors(doc, published=published)
    packed = DocBin(store_user_data=True)
    packed.add(doc)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps((packed.to_bytes(), actors)))
    return doc, actors


def coded(data: Path, cache: Path) -> Iterator[tuple[Any, list[Any], list[Any]]]:
    """(gold document, our quotes, its gold quotes) for every article of the gold."""
    from redline.eval.gold_articles import read_docs, read_quotes
    from redline.nlp import load_nlp
    from redline.quotes import quotes_and_attributions

    nlp = load_nlp()
    docs = read_docs(data)
    golds = read_quotes({d.id: d.text for d in docs})
    for d in docs:
        doc, actors = _parsed(cache, d.text, d.published, nlp)
        yield d, quotes_and_attributions(doc, actors)[0], [g for g in golds if g.doc == d.id]


class _Scored:
    """What ``score_quotes`` reads of a document."""

    def __init__(self, gold_doc: Any, quotes: list[Any]) -> None:
        self.id, self.text, self.quotes = gold_doc.id, gold_doc.text, quotes


def _wrong(quotes: list[Any], golds: list[Any]) -> Iterator[tuple[str, str]]:
    """Each wrong speaker's class, with a line naming the gold speaker and ours."""
    from redline.eval import articles

    cand = ((-articles._overlap(q, g), i, j) for i, q in enumerate(quotes)
            for j, g in enumerate(golds) if articles._overlap(q, g) >= 0.5)
    for i, j in articles.one_to_one(cand):
        q, g = quotes[i], golds[j]
        if g.speaker_name and not articles._speaker_right(q, g):
            sp = q.speaker
            cls = speaker_class(q.speaker_text, sp.name if sp else None,
                                sp.code if sp else None, sp.kind if sp else None,
                                g.speaker_name)
            got = f"{sp.name}/{sp.code}/{sp.kind}" if sp else "none"
            yield cls, (f"{g.speaker_name}/{g.speaker_code} got {got} (mention "
                        f"{q.speaker_text!r}): {' '.join(q.content.text.split())[:80]!r}")


def run(data: Path, cache: Path, show: bool) -> tuple[dict[str, Any], list[list[Any]]]:
    from redline.eval import articles

    tallies = {h: articles.Tally() for h in HALVES}
    classes: dict[str, Counter[str]] = {h: Counter() for h in HALVES}
    listed: list[str] = []
    rows: list[list[Any]] = []
    for d, quotes, golds in coded(data, cache):
        articles.score_quotes(_Scored(d, quotes), golds, tallies[d.split],  # type: ignore[arg-type]
                              show=show and d.split in ("tune", "tune2"))
        for cls, line in _wrong(quotes, golds):
            classes[d.split][cls] += 1
            if show and d.split in ("tune", "tune2"):  # the check halves' items stay unseen
                listed.append(f"WRONG {d.split} {cls} {d.id[:32]} {line}")
        rows += [[d.split, d.id, q.content.start, q.speaker.name if q.speaker else None,
                  q.speaker.code if q.speaker else None] for q in quotes]
    return {"tallies": tallies, "classes": classes, "listed": sorted(listed)}, rows


def _figures(tally: Any) -> str:
    c = tally.counts
    return (f"quotes P {c['q_tp'] / max(1, c['q_pred']):.4f} ({c['q_tp']} of {c['q_pred']}) "
            f"R {c['q_tp'] / max(1, c['q_gold']):.4f} of {c['q_gold']}; speaker "
            f"{c['speaker_hit']} of {c['speaker_n']} = "
            f"{c['speaker_hit'] / max(1, c['speaker_n']):.4f}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/redline_article_quote_cache"))
    ap.add_argument("--show", action="store_true", help="list the tune half's misses")
    ap.add_argument("--save", type=Path)
    ap.add_argument("--compare", type=Path)
    args = ap.parse_args(argv)
    report, rows = run(args.data, args.cache, args.show)
    for half in HALVES:
        print(f"{half}: {_figures(report['tallies'][half])}")
        print(f"  wrong: {sorted(report['classes'][half].items())}")
    if args.compare is not None:
        print(f"speakers changed against {args.compare}: "
              f"{dict(changed(json.loads(args.compare.read_text()), rows))}")
    if args.save is not None:
        args.save.write_text(json.dumps(rows))
    if args.show:
        print("\n".join(m for h in ("tune", "tune2") for m in report["tallies"][h].misses))
        print("\n".join(report["listed"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
