"""How sure redline is of an event: a logistic score over the evidence behind it.

The evidence (``features``): whether each role was found and coded, how (a pronoun, a mention
far from the trigger, none), the trigger (a noun or a verb, one word or a pattern), the kind of
event, the modality and where the sentence is. The weights (``data/confidence.json``) are fitted
by ``scripts/calibrate_confidence.py`` on the tune half of the article gold, with the share of
events fully right (type, source and target) as the target, so that a confidence reads as that
share. The check half reports the reliability table (``redline eval articles``).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from redline.model import Actor, Event

DATA = Path(__file__).parent / "data" / "confidence.json"
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our",
                      "him", "them", "us", "you", "who", "which", "that"})
ROOT_GROUPS = {"statement": ("01", "02"), "verbal_coop": ("03", "04", "05"),
               "material_coop": ("06", "07", "08"),
               "verbal_conflict": ("09", "10", "11", "12", "13", "16"),
               "material_conflict": ("14", "15", "17", "18", "19", "20")}


def _coded(actor: Actor | None) -> float:
    return float(actor is not None and bool(actor.code) and not actor.code.startswith("---"))


def _far(actor: Actor | None, event: Event) -> float:
    if actor is None:
        return 0.0
    gap = max(actor.start - event.trigger.end, event.trigger.start - actor.end, 0)
    return float(gap > 60)


def _mention(actor: Actor, doc: Doc) -> Span | None:
    """The actor's mention as tokens of ``doc`` (None: it covers no token)."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _direct(actor: Actor | None, root: Token | None,
            stop: frozenset[str] = frozenset()) -> bool:
    """The mention hangs on the trigger within three arcs ("Russia attacked", "talks with
    Iran"): found by the dependency tree, not by a fallback or coreference. ``stop``: arcs
    the way up may not pass (clause boundaries)."""
    span = None if actor is None or root is None else _mention(actor, root.doc)
    if span is None or root is None:
        return False
    cur = span.root
    for _ in range(4):
        if cur.i == root.i:
            return True
        if cur.dep_ in stop or cur.head is cur:
            return False
        cur = cur.head
    return False


def _role(prefix: str, actor: Actor | None, event: Event,
          root: Token | None = None) -> dict[str, float]:
    return {f"{prefix}_coded": _coded(actor), f"{prefix}_none": float(actor is None),
            f"{prefix}_direct": float(_direct(actor, root)),
            f"{prefix}_person": float(actor is not None and actor.kind == "person"),
            f"{prefix}_pronoun": float(actor is not None and actor.text.lower() in PRONOUNS),
            f"{prefix}_far": _far(actor, event)}


def trigger_root(doc: Doc, event: Event) -> Token | None:
    """The head token of ``event``'s trigger in ``doc``."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def features(event: Event, root: Token | None = None) -> dict[str, float]:
    """The evidence behind ``event`` (``root``: its trigger's head token), as numbers 0-1."""
    out = {**_role("src", event.source, event, root), **_role("tgt", event.target, event, root)}
    out.update({f"root_{k}": float(event.cameo_root in v) for k, v in ROOT_GROUPS.items()})
    out["pattern"] = float(len(event.trigger.text.split()) > 1)
    out["quoted"] = float(event.attributed_to is not None)
    out["historical"] = float(event.modality == "historical")
    out["headline"] = float(event.sentence == 0)
    out["domestic"] = float(event.source is not None and event.target is not None
                            and event.source.country == event.target.country)
    out["noun"] = float(root is not None and root.pos_ in ("NOUN", "PROPN"))
    out["long_sentence"] = float(root is not None and len(root.sent) > 40)
    out["anchored"] = float(_anchored(event, out, root))
    return out


LOOSE_CLAUSES = frozenset({"relcl", "acl", "pcomp"})


def _anchored(event: Event, feats: dict[str, float], root: Token | None) -> bool:
    """Both sides named actors with their own codes, found by the parse on a verb that heads no
    relative, participial or gerund clause (LOOSE_CLAUSES: relcl, acl, pcomp; a main,
    complement, adverbial or conjoined clause counts: "Esper accused China of ..."), each
    reaching the verb without crossing another clause; not one actor on both sides and not a
    target read from the subject."""
    src, tgt = event.source, event.target
    if root is None or root.pos_ not in ("VERB", "AUX") or root.dep_ in LOOSE_CLAUSES:
        return False
    if src is None or tgt is None or src.code == tgt.code or src.text == tgt.text:
        return False
    return all(feats[f"{p}_{k}"] for p in ("src", "tgt") for k in ("coded", "direct")) and (
        _named(src, root.doc) and _named(tgt, root.doc) and not _subject(tgt, root)
        and _own_clause(src, root) and _own_clause(tgt, root))


CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "csubj", "pcomp", "parataxis"})


def _own_clause(actor: Actor, root: Token) -> bool:
    """The mention reaches the trigger without crossing another clause: not "praised the ship
    that the United States gave" (the United States is the giver, not the one praised)."""
    return _direct(actor, root, stop=CLAUSES)


def _subject(actor: Actor, root: Token) -> bool:
    """The mention is (a conjunct of) the trigger's subject: a target read from "A and B
    attacked each other", not from an object."""
    span = _mention(actor, root.doc)
    if span is None:
        return False
    tok = span.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.head.i == root.i and tok.dep_ == "nsubj"  # a passive subject is acted on


NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _named(actor: Actor, doc: Doc) -> bool:
    """The mention names its actor ("China", "Sen. Ted Cruz", "Chinese"), so its code comes
    from the knowledge base; not a common noun ("officials", "the government") coded from the
    story's context."""
    span = _mention(actor, doc)
    return span is not None and any(t.pos_ == "PROPN" or t.ent_type_ in NAME_ENTS
                                    for t in span)


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The fitted weights (an empty model gives every event 1.0 until one is fitted)."""
    if not DATA.exists():
        return {"bias": 10.0, "weights": {}, "default_min_confidence": 0.0}
    return dict(json.loads(DATA.read_text(encoding="utf-8")))


def score(feats: dict[str, float], weights: dict[str, float], bias: float) -> float:
    z = bias + sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def confidence(event: Event, root: Token | None = None) -> float:
    m = model()
    return round(score(features(event, root), m["weights"], float(m["bias"])), 3)


def default_min_confidence() -> float:
    """The threshold chosen at calibration (see the README)."""
    return float(model().get("default_min_confidence", 0.0))


def keep_confident(doc: Any, threshold: float | None) -> Any:
    """``doc`` (a Document) with only the events at or above ``threshold`` (None: the default)."""
    from dataclasses import replace

    limit = default_min_confidence() if threshold is None else threshold
    if limit <= 0 or not doc.events:
        return doc
    kept = tuple(e for e in doc.events if e.confidence is None or e.confidence >= limit)
    return replace(doc, events=kept) if len(kept) != len(doc.events) else doc
