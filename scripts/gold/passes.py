"""Build the article gold from annotation passes (see src/redline/eval/gold/GUIDELINES.md).

Annotators write excerpt-based JSON lines (a verbatim sentence excerpt and trigger for events,
the verbatim content for quotes). This script anchors them to character offsets in the texts
under DATA (../shared/data), compares two passes and writes the offset-based gold.

  python scripts/gold/passes.py anchor DATA PASS.jsonl... -o OUT.jsonl   # excerpts -> offsets
  python scripts/gold/passes.py agree DATA A.jsonl B.jsonl                # agreement figures
  python scripts/gold/passes.py split DATA A.jsonl B.jsonl -o DIR        # agreed / disputed
  python scripts/gold/passes.py final DIR -o GOLD_DIR  # agreed + decisions.jsonl -> gold
  python scripts/gold/passes.py extend ANCHORED.jsonl -o GOLD_DIR  # one pass's docs -> gold

``extend`` is for a part annotated in one pass (tune2): its documents' gold lines are replaced
by the anchored file's, other documents' lines are kept. A document the pass read and found
nothing in has no anchored line: name it with ``--doc ID`` (repeatable) to clear its old lines.

Anchored lines keep only offsets, codes and a short probe string (the trigger, or the first
40 characters of a quote), never whole sentences: the texts belong to their publishers.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from redline.eval.articles import code_key
from redline.eval.common import one_to_one
from redline.eval.gold_articles import read_docs

PROBE = 40


def texts(data: Path) -> dict[str, str]:
    return {d.id: d.text for d in read_docs(data)}


def _word_at(excerpt: str, trigger: str) -> int:
    """The trigger's first whole-word occurrence in the excerpt ("test", not "la|test|")."""
    if not trigger:
        return -1
    found = re.search(rf"(?<!\w){re.escape(trigger)}(?!\w)", excerpt)
    return found.start() if found else excerpt.find(trigger)


def anchor_line(rec: dict[str, Any], text: str) -> dict[str, Any] | None:
    if rec.get("kind") == "event":
        at = text.find(rec["sentence"])
        inner = _word_at(rec["sentence"], rec["trigger"]) if at >= 0 else -1
        if inner < 0 or not rec["trigger"]:
            return None
        start = at + inner
        keep = ("plover", "cameo", "source", "target", "modality", "date")
        return {"doc": rec["doc"], "kind": "event", "start": start,
                "end": start + len(rec["trigger"]), "trigger": rec["trigger"],
                **{k: rec.get(k) for k in keep}}
    start = text.find(rec.get("content") or "\0")
    if start < 0:
        return None
    keep = ("direct", "speaker_name", "speaker_code")
    return {"doc": rec["doc"], "kind": "quote", "start": start,
            "end": start + len(rec["content"]), "head": rec["content"][:PROBE],
            **{k: rec.get(k) for k in keep}}


def anchor(data: Path, paths: list[Path], out: Path) -> None:
    docs = texts(data)
    kept = lost = 0
    with open(out, "w", encoding="utf-8") as fh:
        for path in paths:
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                rec = json.loads(line)
                got = anchor_line(rec, docs.get(rec.get("doc"), ""))
                if got is None:
                    lost += 1
                    print(f"{path}:{n}: not found in the text", file=sys.stderr)
                    continue
                kept += 1
                fh.write(json.dumps(got, ensure_ascii=False) + "\n")
    print(f"anchored {kept}, lost {lost}", file=sys.stderr)


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def sentence_index(data: Path) -> dict[str, list[tuple[int, int]]]:
    """Sentence spans of each text, by spaCy's parser (no redline stage involved)."""
    from redline.nlp import load_nlp

    nlp = load_nlp()
    return {doc_id: [(s.start_char, s.end_char) for s in nlp(text).sents]
            for doc_id, text in texts(data).items()}


def _sent(spans: list[tuple[int, int]], offset: int) -> int:
    return next((i for i, (a, b) in enumerate(spans) if a <= offset < b), -1)


def match_events(a: list[dict[str, Any]], b: list[dict[str, Any]],
                 sents: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """One-to-one pairs (index in a, index in b): same document, sentence and type."""
    return one_to_one((abs(x["start"] - y["start"]), i, j)
                      for i, x in enumerate(a) for j, y in enumerate(b)
                      if x["doc"] == y["doc"] and x["plover"] == y["plover"]
                      and _sent(sents[x["doc"]], x["start"]) == _sent(sents[y["doc"]],
                                                                       y["start"]))


def same_actors(x: dict[str, Any], y: dict[str, Any]) -> bool:
    return (code_key(x["source"]) == code_key(y["source"])
            and code_key(x["target"]) == code_key(y["target"]))


def match_quotes(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> list[tuple[int, int]]:
    def overlap(x: dict[str, Any], y: dict[str, Any]) -> float:
        inter = min(x["end"], y["end"]) - max(x["start"], y["start"])
        return inter / max(1, min(x["end"] - x["start"], y["end"] - y["start"]))

    return one_to_one((-overlap(x, y), i, j) for i, x in enumerate(a) for j, y in enumerate(b)
                      if x["doc"] == y["doc"] and overlap(x, y) >= 0.5)


def agreement(data: Path, pa: Path, pb: Path) -> dict[str, Any]:
    a, b = load(pa), load(pb)
    ea, eb = [x for x in a if x["kind"] == "event"], [x for x in b if x["kind"] == "event"]
    qa, qb = [x for x in a if x["kind"] == "quote"], [x for x in b if x["kind"] == "quote"]
    pairs = match_events(ea, eb, sentence_index(data))
    t: Counter[str] = Counter()
    for i, j in pairs:
        t["actors"] += same_actors(ea[i], eb[j])
        t["modality"] += ea[i]["modality"] == eb[j]["modality"]
        t["cameo_root"] += str(ea[i]["cameo"])[:2] == str(eb[j]["cameo"])[:2]
    qp = match_quotes(qa, qb)
    f1 = 2 * len(pairs) / max(1, len(ea) + len(eb))
    return {"events_a": len(ea), "events_b": len(eb), "matched": len(pairs),
            "type_f1": round(f1, 3),
            "actors_given_type": round(t["actors"] / max(1, len(pairs)), 3),
            "modality_given_type": round(t["modality"] / max(1, len(pairs)), 3),
            "cameo_root_given_type": round(t["cameo_root"] / max(1, len(pairs)), 3),
            "quotes_a": len(qa), "quotes_b": len(qb),
            "quote_f1": round(2 * len(qp) / max(1, len(qa) + len(qb)), 3)}


def _surname(name: Any) -> str:
    words = str(name or "").split()
    return words[-1].casefold() if words else ""


def _dispute(kind: str, a: dict[str, Any] | None, b: dict[str, Any] | None,
             why: str) -> dict[str, Any]:
    item = a or b
    assert item is not None
    return {"doc": item["doc"], "kind": kind, "why": why, "A": a, "B": b}


def split(data: Path, pa: Path, pb: Path, out: Path) -> None:
    """Write agreed.jsonl (both passes agree: taken as gold) and disputes.jsonl (to adjudicate).

    Events agree when matched (same sentence and type) with the same actors at country level
    and the same modality; quotes when matched (contents overlap) with the same speaker."""
    a, b = load(pa), load(pb)
    ea, eb = [x for x in a if x["kind"] == "event"], [x for x in b if x["kind"] == "event"]
    qa, qb = [x for x in a if x["kind"] == "quote"], [x for x in b if x["kind"] == "quote"]
    agreed, disputes = [], []
    pairs = match_events(ea, eb, sentence_index(data))
    for i, j in pairs:
        x, y = ea[i], eb[j]
        if same_actors(x, y) and x["modality"] == y["modality"]:
            agreed.append({**x, "date": x["date"] or y["date"]})
        else:
            disputes.append(_dispute("event", x, y, "fields differ"))
    disputes += [_dispute("event", x, None, "only in A") for i, x in enumerate(ea)
                 if i not in {p for p, _ in pairs}]
    disputes += [_dispute("event", None, y, "only in B") for j, y in enumerate(eb)
                 if j not in {q for _, q in pairs}]
    qpairs = match_quotes(qa, qb)
    for i, j in qpairs:
        x, y = qa[i], qb[j]
        same = _surname(x["speaker_name"]) == _surname(y["speaker_name"])
        (agreed.append(x) if same else
         disputes.append(_dispute("quote", x, y, "speaker differs")))
    disputes += [_dispute("quote", x, None, "only in A") for i, x in enumerate(qa)
                 if i not in {p for p, _ in qpairs}]
    disputes += [_dispute("quote", None, y, "only in B") for j, y in enumerate(qb)
                 if j not in {q for _, q in qpairs}]
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("agreed", agreed), ("disputes", disputes)):
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for n, row in enumerate(rows):
                fh.write(json.dumps({"id": f"{name[0]}{n}", **row}, ensure_ascii=False) + "\n")
    print(f"agreed {len(agreed)}, disputed {len(disputes)}", file=sys.stderr)


FIELDS = {"event": ("plover", "cameo", "source", "target", "modality", "date"),
          "quote": ("direct", "speaker_name", "speaker_code")}


def decide(dispute: dict[str, Any], decision: dict[str, Any]) -> dict[str, Any] | None:
    """The gold item an adjudicator's decision gives (None: dropped)."""
    choice = decision.get("decision")
    if choice == "drop":
        return None
    base = dispute["B"] if choice == "B" or dispute["A"] is None else dispute["A"]
    if base is None:
        return None
    fixed = {k: v for k, v in (decision.get("fixed") or {}).items()
             if k in FIELDS[dispute["kind"]]}
    return {**base, **fixed} if choice in {"A", "B", "fix", "keep"} else None


def final(folder: Path, gold: Path) -> None:
    """agreed.jsonl + disputes.jsonl + decisions.jsonl -> the gold files and adjudication.md."""
    agreed = load(folder / "agreed.jsonl")
    disputes = {d["id"]: d for d in load(folder / "disputes.jsonl")}
    decisions = {d["id"]: d for d in load(folder / "decisions.jsonl")}
    items = [{k: v for k, v in a.items() if k != "id"} for a in agreed]
    log = Counter()
    rows = []
    for did, dispute in disputes.items():
        decision = decisions.get(did, {"decision": "drop", "reason": "not adjudicated"})
        got = decide(dispute, decision)
        log[(dispute["kind"], dispute["why"], "kept" if got else "dropped")] += 1
        side = dispute["A"] or dispute["B"]
        label = side.get("plover") or "quote"
        rows.append(f"| {did} | {dispute['doc'][:24]} | {label} | {dispute['why']} | "
                    f"{decision.get('decision')} | {str(decision.get('reason', ''))[:120]} |")
        if got is not None:
            items.append({k: v for k, v in got.items() if k != "id"})
    _write_gold(items, gold)
    _write_log(log, rows, len(agreed), gold / "adjudication.md")


def _write_gold(items: list[dict[str, Any]], gold: Path) -> None:
    items.sort(key=lambda x: (x["doc"], x["start"]))
    for kind, name in (("event", "articles_events.jsonl"), ("quote", "articles_quotes.jsonl")):
        with open(gold / name, "w", encoding="utf-8") as fh:
            for x in items:
                if x["kind"] == kind:
                    row = {k: v for k, v in x.items() if k != "kind"}
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def extend(anchored: Path, gold: Path, covered: Iterable[str] = ()) -> None:
    """Replace the gold lines of the documents in ``anchored`` by its lines. ``covered`` names
    further documents the pass read and found nothing in: their old lines are cleared."""
    new = load(anchored)
    docs = {x["doc"] for x in new} | set(covered)
    items = [{**x, "kind": kind} for kind, name in (("event", "articles_events.jsonl"),
                                                    ("quote", "articles_quotes.jsonl"))
             for x in load(gold / name) if x["doc"] not in docs]
    _write_gold(items + new, gold)
    print(f"{len(new)} lines for {len(docs)} documents; {len(items)} kept", file=sys.stderr)


def _write_log(log: Counter, rows: list[str], agreed: int, path: Path) -> None:
    lines = ["# Adjudication log", "",
             f"Items on which both passes agreed, taken as gold: {agreed}.", "",
             "| kind | disagreement | outcome | items |", "|---|---|---|---|"]
    lines += [f"| {k} | {w} | {o} | {n} |" for (k, w, o), n in sorted(log.items())]
    lines += ["", "Every decision (id, document, type, disagreement, decision, reason):", "",
              "| id | doc | type | disagreement | decision | reason |", "|---|---|---|---|---|---|"]
    path.write_text("\n".join(lines + rows) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("anchor")
    p.add_argument("data", type=Path)
    p.add_argument("passes", type=Path, nargs="+")
    p.add_argument("-o", "--out", type=Path, required=True)
    p = sub.add_parser("agree")
    p.add_argument("data", type=Path)
    p.add_argument("a", type=Path)
    p.add_argument("b", type=Path)
    p = sub.add_parser("split")
    p.add_argument("data", type=Path)
    p.add_argument("a", type=Path)
    p.add_argument("b", type=Path)
    p.add_argument("-o", "--out", type=Path, required=True)
    p = sub.add_parser("final")
    p.add_argument("folder", type=Path)
    p.add_argument("-o", "--out", type=Path, required=True)
    p = sub.add_parser("extend")
    p.add_argument("anchored", type=Path)
    p.add_argument("-o", "--out", type=Path, required=True)
    p.add_argument("--doc", action="append", default=[],
                   help="a document the pass covered, with or without lines (repeatable)")
    args = ap.parse_args()
    if args.cmd == "extend":
        extend(args.anchored, args.out, args.doc)
    elif args.cmd == "final":
        final(args.folder, args.out)
    elif args.cmd == "anchor":
        anchor(args.data, args.passes, args.out)
    elif args.cmd == "split":
        split(args.data, args.a, args.b, args.out)
    else:
        print(json.dumps(agreement(args.data, args.a, args.b), indent=1))


if __name__ == "__main__":
    main()
