"""GDELT-style and PLOVER exports read an intended cooperative act in CAMEO's convention (the
promise, 03x, asserted: ``events.cameo_view``); the plain exports keep redline's own contract."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import pytest

from redline.export import export_events
from redline.model import Event
from redline.store import Store
from tests.test_store_helpers import make_doc, make_event


def _intended(cameo: str, intent: str | None, eid: str) -> Event:
    return replace(make_event("FRA", "UKR", cameo, trigger="will send", goldstein=7.4, eid=eid),
                   modality="intended", hypothetical=True, intent_cameo=intent)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    docs = [make_doc("aid", [_intended("070", "033", "e0")]),  # "France will send aid"
            make_doc("meet", [_intended("040", "036", "e0")]),  # "France will meet Ukraine"
            make_doc("guess", [_intended("040", None, "e0")])]  # "analysts say ... will meet"
    with Store(tmp_path_factory.mktemp("cv") / "c.duckdb") as s:
        s.add_documents(docs)
        yield s


# format -> what each row's code column holds (the forecast, no intent code, is left out)
@pytest.mark.parametrize(("fmt", "codes"), [
    ("gdelt", {"033", "036"}),
    ("plover", {"033", "036"}),
    ("csv", set()),  # redline's own contract: intended acts are not asserted
])
def test_export_cameo_view_codes(store: Store, tmp_path: Path, fmt: str,
                                 codes: set[str]) -> None:
    out = tmp_path / f"x.{fmt}"
    export_events(store, fmt, out)
    if fmt == "plover":
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        assert {r["cameo"] for r in rows} == codes
        assert all(r["event"] == ["AGREE"] and r["modality"] == "asserted" for r in rows)
        return
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    key = "EventCode" if fmt == "gdelt" else "cameo"
    assert {r[key] for r in rows} == codes
    if fmt == "gdelt":
        assert all(r["EventRootCode"] == "03" and r["RedlinePlover"] == "AGREE" for r in rows)


def test_export_cameo_view_all_keeps_own_codes_in_csv(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    export_events(store, "csv", out, include_unasserted=True)
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["cameo"] for r in rows) == ["040", "040", "070"]
    assert {r["intent_cameo"] for r in rows} == {"033", "036", ""}
