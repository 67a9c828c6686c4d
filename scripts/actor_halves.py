"""Tune and check halves of the actor gold sets: NGEC's actor cases and PLOVER dev.

A case or record is in the tune half when the SHA-1 of its name (NGEC: the test's name,
``test_x[3]`` for a parametrised one; PLOVER: the record's text, or with ``--by-id`` its id, the
third round's split) is even, else in the check half.
Totals are printed for both halves; ``--show-misses`` lists the failures of the tune half only
(never the check half's items).

    python scripts/actor_halves.py ngec --data ../shared/data [--show-misses]
    python scripts/actor_halves.py plover --data ../shared/data [--show-misses] [--by-id]
"""

from __future__ import annotations

import argparse
import hashlib
import os
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")


def tune_half(name: str) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0


def _share(num: int, den: int) -> str:
    return f"{num / den:.3f} ({num}/{den})" if den else "-"


def ngec(data: Path, show: bool) -> None:
    from redline.eval.ngec_actors import Resolver, read_cases, run_case

    resolver = Resolver()
    tally = {True: [0, 0], False: [0, 0]}
    groups: dict[tuple[bool, str], list[int]] = {}
    for case in read_cases(data / "ngec" / "test_actor_resolution.py"):
        if case.xfail:
            continue
        half = tune_half(case.name)
        ok = run_case(case, resolver)
        tally[half][0] += ok
        tally[half][1] += 1
        group = groups.setdefault((half, case.group), [0, 0])
        group[0] += ok
        group[1] += 1
        if show and half and not ok:
            answers = {k: resolver.call(m, a) for k, (m, a) in case.calls.items()}
            print(f"MISS {case.name}: {case.calls}")
            print(f"     expected {[(c.var, c.key, c.op, c.expected) for c in case.checks]}")
            print(f"     got      {answers}")
    for half, label in ((True, "tune"), (False, "check")):
        print(f"ngec_actors {label:<5} passed {_share(*tally[half])}  by group: "
              + ", ".join(f"{g} {_share(*v)}" for (h, g), v in sorted(groups.items())
                          if h == half))


def _codes(events: Any, role: str) -> list[str]:
    out = []
    for e in events:
        actor = getattr(e, role)
        if actor is not None:
            out.append(f"{actor.code}({actor.text})")
    return out


def plover(data: Path, show: bool, by_id: bool = False) -> None:
    from redline.eval.plover import _coder, _Tally, gold_codes, read_gold, score_record
    from redline.events.cameo_view import cameo_events
    from redline.events.codebook import plover_current

    code = _coder()
    tallies = {True: _Tally(), False: _Tally()}
    for rec in read_gold(data / "plover" / "plover_gsr_dev.jsonl"):
        rid = str(rec.get("id", ""))
        half = tune_half(rid if by_id else str(rec["text"]))
        events = cameo_events(code(rid, str(rec["text"]), rec.get("date")))
        before = (tallies[half].src[0], tallies[half].tgt[0], tallies[half].type_hits)
        score_record(rec, events, tallies[half])
        after = (tallies[half].src[0], tallies[half].tgt[0], tallies[half].type_hits)
        if not (show and half):
            continue
        gold = plover_current(str(rec.get("event", "")))
        matching = [e for e in events if e.asserted and e.plover == gold]
        if not matching:
            got = [(e.plover, _codes([e], "source"), _codes([e], "target")) for e in events]
            print(f"MISS type {rid} {gold}: source {sorted(gold_codes(rec.get('source')))} "
                  f"target {sorted(gold_codes(rec.get('target')))} got {got}\n     {rec['text']}")
        for i, role in ((0, "source"), (1, "target")):
            if gold_codes(rec.get(role)) and after[i] == before[i] and matching:
                print(f"MISS {role} {rid} {gold}: gold {sorted(gold_codes(rec.get(role)))} "
                      f"got {_codes(matching, role)}\n     {rec['text']}")
    for half, label in ((True, "tune"), (False, "check")):
        t = tallies[half]
        print(f"plover {label:<5} records {t.records} type {_share(t.type_hits, t.records)} "
              f"source {_share(t.src[0], t.src[1])} target {_share(t.tgt[0], t.tgt[1])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", choices=("ngec", "plover"))
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--by-id", action="store_true", help="PLOVER halves by record id")
    args = parser.parse_args()
    if args.set == "ngec":
        ngec(args.data, args.show_misses)
    else:
        plover(args.data, args.show_misses, args.by_id)


if __name__ == "__main__":
    main()
