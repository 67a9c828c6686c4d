"""Hostile input, generated here (no stored blobs): every record comes out, nothing crashes.

The whole set goes through the real CLI in one run: count in == count out, exit 1 (some
documents carry errors), no traceback on stderr.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redline.schema import validation_errors

MB = 1024 * 1024
ENGLISH = "Russia said on Tuesday it would hold talks with NATO in Geneva. "


def _csv_rows() -> bytes:
    return b"id,text,title\na,Iran rejected the offer.\nb,x,y,surplus,columns\nc\n"


def _jsonl() -> bytes:
    good = json.dumps({"id": "ok", "text": ENGLISH}).encode()
    return good + b"\n{\"id\": \"trunc\", \"text\": \"cut of\n[1, 2]\n\"just a string\"\n"


# name -> (bytes, number of records it holds)
CASES: dict[str, tuple[Callable[[], bytes], int]] = {
    "random.txt": (lambda: random.Random(1).randbytes(20_000), 1),
    "nul.txt": (lambda: b"NATO\x00" * 5000, 1),
    "latin1.txt": (lambda: "Café in Kyiv: Zelensky said Türkiye would help.".encode("cp1252"), 1),
    "mixed.txt": (lambda: ENGLISH.encode() + "Über".encode("latin-1") + "Россия".encode(), 1),
    "utf16.txt": (lambda: ENGLISH.encode("utf-16"), 1),
    "empty.txt": (lambda: b"", 1),
    "spaces.txt": (lambda: b" \n\t \r\n" * 100, 1),
    "huge.txt": (lambda: (ENGLISH.encode() + b"\n") * (51 * MB // 65), 1),
    # over the old 1,000,000-character refusal: now coded in sections (redline.sections)
    "oneline.txt": (lambda: ENGLISH.encode() * (MB // 64 + 1_000), 1),
    "deep.html": (lambda: b"<html><body>" + b"<div>" * 10_000 + ENGLISH.encode()
                  + b"</div>" * 10_000 + b"</body></html>", 1),
    "script.html": (lambda: b"<html><head><script>" + b"var a=1;" * 50_000
                    + b"</script></head><body><script>go()</script></body></html>", 1),
    "rows.csv": (_csv_rows, 3),
    "broken.jsonl": (_jsonl, 4),
    "bomb.txt.gz": (lambda: gzip.compress(b"a" * (60 * MB)), 1),
    "french.txt": (lambda: ("La Russie a déclaré mardi qu'elle ne voulait pas envahir l'Ukraine "
                            "et que les discussions avec l'OTAN continueront.").encode(), 1),
    "russian.txt": (lambda: "Россия заявила, что не планирует вторжение в Украину.".encode(), 1),
    "elf.html": (lambda: b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 40, 1),
}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    src = tmp_path_factory.mktemp("hostile")
    for name, (make, _) in CASES.items():
        (src / name).write_bytes(make())
    out = src.parent / "hostile-out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "redline", "code", str(src), "-o", str(out)],
                          capture_output=True, text=True, timeout=900,
                          env={**os.environ, "OMP_NUM_THREADS": "1"})
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    return {"proc": proc, "docs": docs}


@pytest.mark.slow
def test_hostile_count_in_equals_count_out(hostile_run: dict[str, Any]) -> None:
    assert len(hostile_run["docs"]) == sum(n for _, n in CASES.values())
    assert hostile_run["proc"].returncode == 1
    assert "Traceback" not in hostile_run["proc"].stderr


@pytest.mark.slow
def test_hostile_every_record_is_valid_schema(hostile_run: dict[str, Any]) -> None:
    for doc in hostile_run["docs"]:
        assert validation_errors(doc) == [], doc["id"]


@pytest.mark.slow
@pytest.mark.parametrize(("needle", "code"), [
    ("random.txt", "binary"), ("nul.txt", "binary"), ("empty.txt", "empty"),
    ("spaces.txt", "empty"), ("huge.txt", "too_large"),
    ("bomb.txt.gz", "too_large"), ("broken.jsonl:2", "json"), ("rows.csv:3", "csv"),
    ("script.html", "html"), ("elf.html", "binary"),
])
def test_hostile_errors_say_why(hostile_run: dict[str, Any], needle: str, code: str) -> None:
    found = [e["code"] for d in hostile_run["docs"] for e in d["errors"] if needle in e["message"]]
    assert code in found, (needle, found)


@pytest.mark.slow
def test_hostile_foreign_text_is_reported_not_coded(hostile_run: dict[str, Any]) -> None:
    foreign = [d for d in hostile_run["docs"] if d["language"] in {"fr", "ru"}]
    assert len(foreign) == 2
    assert all(not d["events"] and d["errors"][0]["code"] == "language" for d in foreign)


@pytest.mark.slow
def test_hostile_readable_odd_encodings_are_coded(hostile_run: dict[str, Any]) -> None:
    texts = {d["text"].strip() for d in hostile_run["docs"] if not d["errors"]}
    assert ENGLISH.strip() in texts  # the UTF-16 file
    assert any("Türkiye" in t for t in texts)  # cp1252


@pytest.mark.slow
def test_hostile_very_long_line_is_coded_in_sections(hostile_run: dict[str, Any]) -> None:
    (doc,) = [d for d in hostile_run["docs"] if len(d["text"]) > 1_000_000]
    assert doc["errors"] == [] and doc["text"] == ENGLISH * (MB // 64 + 1_000)
    sents = doc["sentences"]
    assert [s["index"] for s in sents] == list(range(len(sents))) and len(sents) > 10_000
    assert sents[-1]["end"] >= len(doc["text"]) - 1
    assert all(doc["text"][e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
               for e in doc["events"])


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
       | st.lists(st.sampled_from(['"', "“", "”", "'", "said", "Putin", "NATO", "if", "not",
                                   "Russia", "invaded", "Ukraine", ".", "\n\n", "?", "(", "-",
                                   "2014", "Tuesday", "100,000", "troops"]), max_size=80)
       .map(" ".join))
def test_hostile_any_text_gives_a_valid_document(nlp: Any, text: str) -> None:
    from redline.pipeline import Coder

    doc = Coder(nlp=nlp).code_text(text, published="2021-12-06")
    assert validation_errors(doc.to_dict()) == []
