"""The article gold as committed: documents, halves, annotations (offsets checked with data)."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from redline.eval.gold_articles import GOLD, read_docs, read_events, read_quotes

PLOVER = set(["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"])
MODALITIES = {"asserted", "historical", "intended", "negated", "denied", "hypothetical", "asked"}


def rows(name: str) -> list[dict]:
    return [json.loads(x) for x in (GOLD / name).read_text(encoding="utf-8").splitlines()
            if x.strip()]


def test_eval_gold_documents_split_in_halves_and_second_parts() -> None:
    with open(GOLD / "articles_docs.tsv", encoding="utf-8", newline="") as fh:
        docs = list(csv.DictReader(fh, delimiter="\t"))
    assert len(docs) >= 40
    halves = Counter(d["split"] for d in docs)
    assert set(halves) == {"tune", "check", "tune2", "check2"}
    assert abs(halves["tune"] - halves["check"]) <= 2
    assert len({d["id"] for d in docs}) == len(docs)  # each document in one part only


def test_eval_gold_events_are_well_formed() -> None:
    events = rows("articles_events.jsonl")
    assert len(events) >= 400
    for e in events:
        assert e["plover"] in PLOVER and e["modality"] in MODALITIES, e
        assert e["end"] - e["start"] == len(e["trigger"]) and str(e["cameo"]).isdigit()
    docs = {d for d in (x["doc"] for x in events)}
    assert len(docs) >= 40


def test_eval_gold_quotes_are_well_formed() -> None:
    for q in rows("articles_quotes.jsonl"):
        assert q["end"] > q["start"] and len(q["head"]) <= 40 and isinstance(q["direct"], bool)


@pytest.mark.slow
def test_eval_gold_offsets_match_the_texts(shared_data: Path) -> None:
    docs = read_docs(shared_data)
    texts = {d.id: d.text for d in docs}
    listed = (GOLD / "articles_docs.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert len(docs) == len(listed)  # every text found and unchanged
    assert len(read_events(texts)) == len(rows("articles_events.jsonl"))
    assert len(read_quotes(texts)) == len(rows("articles_quotes.jsonl"))
