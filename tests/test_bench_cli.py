"""``redline bench`` prints both timings, their ratio and peak RSS, and ends with one JSON line.

Speed is never asserted here (a benchmark, not a timed test); only the report's shape.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_bench_reports_both_modes_profile_and_json(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    text = "NATO met in Riga. Russia denied it planned an attack."
    corpus.write_text("".join(json.dumps({"id": str(i), "text": text}) + "\n" for i in range(3)))
    out = subprocess.run([sys.executable, "-m", "redline", "bench", str(corpus), "--min-docs", "6", "--rounds", "1",
                          "--json", "--profile"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "ratio redline/spacy" in out.stdout and "spacy" in out.stdout
    summary = json.loads(out.stdout.strip().splitlines()[-1])
    assert summary["documents"] == 6
    for key in ("docs_per_s", "spacy_docs_per_s", "ratio", "peak_rss_mb"):
        assert summary[key] > 0
    assert summary["mode"] == "fast" and {r["mode"] for r in summary["runs"]} == {"fast", "full"}
    profile = summary["profile"]
    assert {"tok2vec", "parser", "ner"} <= set(profile["spacy"]["components"])
    assert "redline_selective_parser" in profile["fast"]["components"]
    assert {"actors", "events", "quotes"} <= set(profile["full"]["stages"])


def test_bench_empty_corpus_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_text("")
    out = subprocess.run([sys.executable, "-m", "redline", "bench", str(tmp_path / "e.txt")],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 2 and "no codable documents" in out.stderr
