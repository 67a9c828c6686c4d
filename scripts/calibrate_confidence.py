"""Fit the event confidence on the tune half of the article gold.

  python scripts/calibrate_confidence.py --data ../shared/data [--parts tune,tune2]

Codes the tune half's documents, labels each asserted typed event fully right or not (type,
source and target, as `redline eval articles` judges them), fits a logistic regression over the
evidence features of `redline.events.confidence` (L2-regularised, plain gradient descent), picks
the default threshold that maximises the tune half's F1 of fully right events, and writes
`src/redline/events/data/confidence.json`. The check half is never read here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from redline.eval.articles import event_outcomes
from redline.eval.gold_articles import read_docs, read_events
from redline.events import confidence as conf
from redline.model import Article
from redline.pipeline import Coder, code_doc


def examples(data: Path, parts: frozenset[str] = frozenset({"tune"}),
             ) -> tuple[list[dict[str, float]], list[bool], int]:
    docs = [d for d in read_docs(data) if d.split in parts]
    golds = read_events({d.id: d.text for d in docs})
    coder = Coder()
    feats, labels, positives = [], [], 0
    for d in docs:
        spacy_doc = coder.nlp(d.text)
        doc = code_doc(Article(d.id, d.text, published=d.published), spacy_doc)
        mine = [g for g in golds if g.doc == d.id]
        positives += sum(g.positive for g in mine)
        for event, right in event_outcomes(doc, mine):
            feats.append(conf.features(event, conf.trigger_root(spacy_doc, event)))
            labels.append(right)
    return feats, labels, positives


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 4000,
        start: np.ndarray | None = None, free: np.ndarray | None = None) -> np.ndarray:
    """Logistic weights (column 0 the bias); with ``start`` and ``free`` only the free
    columns move from their start (the others keep the fitted model's weights)."""
    w = np.zeros(x.shape[1]) if start is None else start.copy()
    mask = np.ones(x.shape[1]) if free is None else free
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + l2 * np.r_[0.0, w[1:]] / len(y)
        w -= 0.5 * grad * mask
    return w


def frozen_start(names: list[str], only: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The current model's weights as a start, and a mask freeing only ``only``."""
    m = json.loads(conf.DATA.read_text(encoding="utf-8"))
    start = np.array([m["bias"]] + [m["weights"].get(n, 0.0) for n in names])
    return start, np.array([0.0] + [float(n in only) for n in names])


def best_threshold(p: np.ndarray, y: np.ndarray, positives: int) -> float:
    best, best_f1 = 0.0, -1.0
    for t in np.arange(0.0, 0.96, 0.05):
        kept = p >= t
        right = float(y[kept].sum())
        prec = right / max(1, kept.sum())
        rec = right / max(1, positives)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if f1 > best_f1 + 1e-9:
            best, best_f1 = float(round(t, 2)), f1
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--threshold", type=float, default=None,
                    help="keep this default threshold instead of the tune half's best F1")
    ap.add_argument("--l2", type=float, default=1.0, help="L2 penalty of the fit")
    ap.add_argument("--parts", default="tune",
                    help="comma-separated tune parts to fit on (tune, tune2); never check")
    ap.add_argument("--only", default="",
                    help="comma-separated features to fit; the others keep their weights")
    args = ap.parse_args()
    parts = frozenset(p for p in args.parts.split(",") if p)
    if not parts or parts - {"tune", "tune2"}:
        raise SystemExit("calibrate_confidence: the check half is never fitted on")
    feats, labels, positives = examples(args.data, parts)
    names = sorted(feats[0])
    x = np.array([[1.0] + [f[n] for n in names] for f in feats])
    y = np.array(labels, dtype=float)
    only = [n for n in args.only.split(",") if n]
    w = fit(x, y, l2=args.l2, **dict(zip(("start", "free"), frozen_start(names, only),
                                          strict=True))) if only else fit(x, y, l2=args.l2)
    p = 1.0 / (1.0 + np.exp(-(x @ w)))
    model = {"bias": round(float(w[0]), 4),
             "weights": {n: round(float(v), 4) for n, v in zip(names, w[1:], strict=True)},
             "default_min_confidence": (best_threshold(p, y, positives)
                                        if args.threshold is None else args.threshold),
             "trained_on": f"{' and '.join(sorted(parts))} of the article gold: "
                           f"{len(y)} asserted events, {int(y.sum())} fully right",
             "made_by": "scripts/calibrate_confidence.py"}
    if only:
        model["fitted"] = f"only {', '.join(only)}; the other weights kept from the model before"
    conf.DATA.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(model, indent=1))


if __name__ == "__main__":
    main()
