"""Write benchmarks/scoreboard.json (the quality gate's floors) from `redline eval all --json`.

  redline eval all --data ../shared/data --json | tail -1 > /tmp/scores.json
  python scripts/scoreboard_floors.py /tmp/scores.json

Raising a floor is a commit with the new figures; lowering one needs a reason in the commit
message (see tests/test_eval_gate.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# set -> figures that the gate holds (higher is better unless listed in LOWER)
KEYS = {
    "plover": ["type_accuracy", "source_accuracy", "target_accuracy", "extra_per_record"],
    "petrarch": ["share"],
    "polnear": ["precision", "f1", "speech_f1"],
    "conflibert": ["event_share", "class_share", "source_overlap", "target_overlap"],
    "case2021": ["found_mean", "nonpolitical_coded"],
    "ngec_synthetic": ["type_share"],
    "ngec_actors": ["passed"],
    "articles": [f"{h}_{k}" for h in ("tune", "check", "tune2", "check2") for k in (
        "event_precision", "event_recall", "full_precision", "actor_accuracy",
        "modality_accuracy", "date_accuracy", "quote_precision", "quote_recall",
        "speaker_accuracy")],
}
LOWER = ["plover.extra_per_record", "case2021.nonpolitical_coded"]
OUT = Path(__file__).resolve().parent.parent / "benchmarks" / "scoreboard.json"


def main() -> None:
    scores = json.loads(Path(sys.argv[1]).read_text().strip().splitlines()[-1])
    floors = {name: {k: scores[name][k] for k in keys if k in scores.get(name, {})}
              for name, keys in KEYS.items() if "skipped" not in scores.get(name, {"skipped": 1})}
    data = {"tolerance": 0.01, "lower_is_better": LOWER, "floors": floors,
            "made_by": "scripts/scoreboard_floors.py from `redline eval all --json`"}
    OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
