"""Every export format on a real store: GDELT header and values, PLOVER fields, --all."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from redline.errors import UsageError
from redline.export import FORMATS, export_events
from redline.export.gdelt import COLUMNS
from redline.store import Store
from tests.test_store_helpers import full_doc, make_doc, make_event, make_place

_GDELT_NAMES = """GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code
Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code
Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code Actor2Code Actor2Name
Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code
Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode
EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone Actor1Geo_Type
Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat
Actor1Geo_Long Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode
Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code
ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"""
GDELT_2_EVENT_COLUMNS = _GDELT_NAMES.split()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    kyiv = make_place("Kyiv", "UKR", gid="703448", lat=50.45, lon=30.52)
    docs = [
        full_doc("full"),  # one asserted attack, one hypothetical NATO event
        make_doc("copy", [make_event("RUSMIL", "UKR", "190", date="2022-02-21", place=kyiv,
                                     goldstein=-10.0)], url="https://news.example.net/c"),
        make_doc("neg", [make_event("RUS", "UKR", "190", date="2022-03-01", negated=True)]),
    ]
    with Store(tmp_path_factory.mktemp("ex") / "e.duckdb") as s:
        s.add_documents(docs)
        yield s


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_export_gdelt_header(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "g.csv"
    export_events(store, "gdelt", out)
    header = out.read_text().splitlines()[0].split(",")
    assert len(GDELT_2_EVENT_COLUMNS) == 61
    assert header[:61] == GDELT_2_EVENT_COLUMNS == list(COLUMNS)
    assert all(h.startswith("Redline") for h in header[61:])


def test_export_gdelt_values_one_row_per_cluster(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "g.csv"
    assert export_events(store, "gdelt", out) == 1  # two reports of one attack, merged
    (row,) = _read_csv(out)
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == ("20220221", "202202", "2022")
    assert float(row["FractionDate"]) == pytest.approx(2022.1425, abs=1e-3)
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == (
        "RUSMIL", "RUS", "MIL")
    assert (row["Actor2Code"], row["Actor2CountryCode"]) == ("UKR", "UKR")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("190", "190", "19")
    assert (row["QuadClass"], float(row["GoldsteinScale"])) == ("4", -10.0)
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("2", "2", "2")
    assert (row["ActionGeo_FullName"], row["ActionGeo_Type"], row["ActionGeo_FeatureID"]) == (
        "Kyiv", "4", "703448")
    assert row["SOURCEURL"] == "https://www.example.org/a?x=1" and len(row["DATEADDED"]) == 14
    assert row["IsRootEvent"] == "1" and row["AvgTone"] == ""


def test_export_gdelt_igo_actor_goes_to_known_group(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "g.csv"
    export_events(store, "gdelt", out, include_unasserted=True)
    nato = [r for r in _read_csv(out) if r["Actor1Code"] == "NATO"]
    assert [(r["Actor1KnownGroupCode"], r["Actor1CountryCode"]) for r in nato] == [("NATO", "")]


@pytest.mark.parametrize(("fmt", "asserted_only", "everything"), [
    ("csv", 2, 4), ("jsonl", 2, 4), ("parquet", 2, 4), ("plover", 2, 4), ("gdelt", 1, 3),
])
def test_export_all_flag(store: Store, tmp_path: Path, fmt: str, asserted_only: int,
                         everything: int) -> None:
    assert export_events(store, fmt, tmp_path / "a") == asserted_only
    assert export_events(store, fmt, tmp_path / "b", include_unasserted=True) == everything


def test_export_parquet_readable(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    export_events(store, "parquet", out, include_unasserted=True)
    table = pq.read_table(out)
    assert table.num_rows == 4
    assert {"source_code", "target_code", "cameo", "goldstein", "negated", "num_mentions",
            "sentence_text"} <= set(table.column_names)
    assert sorted(table.column("negated").to_pylist()) == [False, False, False, True]


def test_export_csv_and_jsonl_agree(store: Store, tmp_path: Path) -> None:
    export_events(store, "csv", tmp_path / "e.csv")
    export_events(store, "jsonl", tmp_path / "e.jsonl")
    rows = _read_csv(tmp_path / "e.csv")
    recs = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert [r["doc_id"] for r in rows] == [r["doc_id"] for r in recs] == ["copy", "full"]
    assert recs[1]["quantities"][0]["value"] == 12.0
    assert rows[1]["date"] == recs[1]["date"] == "2022-02-21"


def test_export_plover_fields(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "p.jsonl"
    export_events(store, "plover", out, include_unasserted=True)
    recs = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    rec = recs["full:e0"]
    assert {"id", "date", "actor", "recipient", "event", "mode", "context", "event_loc",
            "event_text", "quad_code", "event_scale", "text", "text_info", "cite_info",
            "source_actor", "target_actor"} <= set(rec)
    assert rec["date"] == "2022-02-21" and rec["event"] == ["ASSAULT"]
    assert rec["actor"][0]["code"] == "RUS" and rec["actor"][0]["sector"] == "MIL"
    assert (rec["source_actor"], rec["target_actor"]) == ("RUSMIL", "UKR")
    assert rec["mode"] == ["aerial"] and rec["context"] == []
    assert rec["event_loc"]["resolved_place"] == "Kyiv" and rec["event_loc"]["lat"] == 50.45
    assert rec["size"] == {"dead": 12.0}
    assert rec["text"].startswith("Russia attacked Kyiv") and rec["text_info"]["sequence"] == 0
    assert rec["attributed_to"]["code"] == "UKRGOV" and rec["num_mentions"] == 2
    hyp = recs["full:e1"]
    assert hyp["recipient"] == [] and hyp["hypothetical"] is True


def test_export_to_stdout(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert export_events(store, "jsonl") == 2
    assert len(capsys.readouterr().out.splitlines()) == 2


@pytest.mark.parametrize(("fmt", "output", "message"), [
    ("xml", "x", "unknown export format"),
    ("parquet", None, "needs an output file"),
    ("csv", "missing/dir/out.csv", "does not exist"),
])
def test_export_usage_errors(store: Store, tmp_path: Path, fmt: str, output: str | None,
                             message: str) -> None:
    with pytest.raises(UsageError, match=message):
        export_events(store, fmt, None if output is None else tmp_path / output)


def test_export_formats_listed() -> None:
    assert FORMATS == ("parquet", "csv", "jsonl", "gdelt", "plover")


def test_export_empty_store(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.duckdb") as s:
        for fmt in FORMATS:
            assert export_events(s, fmt, tmp_path / f"out.{fmt}") == 0
        assert pq.read_table(tmp_path / "out.parquet").num_rows == 0
        assert (tmp_path / "out.gdelt").read_text().startswith("GLOBALEVENTID,")
