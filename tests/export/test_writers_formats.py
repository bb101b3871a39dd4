"""Exports: JSON Lines, ACLED CSV, GeoJSON and Parquet reflect filters and human corrections."""

from __future__ import annotations

import csv
import io
import json
import sys
import types

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.export import writers
from marsad.store import open_store


def _run(*args):
    result = CliRunner().invoke(cli, ["export", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_jsonl_round_trips_documents_with_filters(db):
    out = _run("--db", str(db), "--format", "jsonl", "--since", "2024-03-06").stdout
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["doc"]["id"] for r in records] == ["sample-b", "sample-d"]
    assert records[0]["events"][0]["plover"] == "ASSAULT" and "cluster_id" in records[0]


def test_jsonl_applies_corrections_and_drops_deleted_items(db):
    with open_store(str(db)) as store:
        store.add_correction("entity", "sample-d", 0, "_delete", True, author="t")
        store.add_correction("entity", "sample-d", 1, "place.name_en", "Tunis City", author="t")
    out = io.StringIO()
    with open_store(str(db)) as store:
        writers.write_jsonl(store, out, {"doc_id": "sample-d"})
    record = json.loads(out.getvalue())
    assert [e["text"] for e in record["entities"]] == ["تونس"]
    assert record["entities"][0]["place"]["name_en"] == "Tunis City"
    assert len(record["corrections"]) == 2


def test_acled_csv_rows_and_query_filter(db, tmp_path):
    target = tmp_path / "acled.csv"
    _run("--db", str(db), "--format", "acled-csv", "--query", "كفرنبل", "-o", str(target))
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert sorted(r["doc_id"] for r in rows) == ["sample-a", "sample-b", "sample-c"]
    row = next(r for r in rows if r["doc_id"] == "sample-a")
    assert row["event_type"] == "Explosions/Remote violence" and row["sub_event_type"] == "Air/drone strike"
    assert row["country"] == "SY" and row["fatalities"] == "7" and row["event_date"] == "2024-03-05"
    assert row["cross_event_id"] == next(r for r in rows if r["doc_id"] == "sample-b")["cross_event_id"]


def test_acled_leaves_out_events_that_did_not_happen(db):
    with open_store(str(db)) as store:
        store.add_correction("event", "sample-a", 0, "modality", "negated", author="t")
        assert {r["doc_id"] for r in writers.acled_rows(store)} == {"sample-b", "sample-c", "sample-d"}
        assert len(list(writers.acled_rows(store, all_modalities=True))) == 4


def test_acled_export_uses_the_events_module_lazily(db, monkeypatch):
    stub = types.ModuleType("marsad.events.acled")
    stub.ACLED_COLUMNS = ("event_date", "notes")
    stub.acled_row = lambda doc, event: {"event_date": doc.published, "notes": event.trigger.text}
    monkeypatch.setitem(sys.modules, "marsad.events.acled", stub)
    monkeypatch.setattr(sys.modules["marsad.events"], "acled", stub, raising=False)
    out = io.StringIO()
    with open_store(str(db)) as store:
        n = writers.write_acled_csv(store, out, {"source": "وكالة الشرق"})
    lines = out.getvalue().splitlines()
    assert n == 2 and lines[0].startswith("event_date,notes,doc_id") and "قصفت" in lines[1]


def test_geojson_points(db):
    data = json.loads(_run("--db", str(db), "--format", "geojson").stdout)
    assert data["type"] == "FeatureCollection"
    coords = {f["properties"]["doc_id"]: f["geometry"]["coordinates"] for f in data["features"]}
    assert coords["sample-d"] == [10.1658, 36.819]
    assert coords["sample-a"] == [36.5611, 35.6136]
    places = json.loads(_run("--db", str(db), "--format", "geojson", "--layer", "places", "--country", "TN").stdout)
    assert [f["properties"]["text"] for f in places["features"]] == ["تونس"]


def test_parquet(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "docs.parquet"
    _run("--db", str(db), "--format", "parquet", "-o", str(target), "--event-type", "ASSAULT")
    table = pq.read_table(target)
    assert table.num_rows == 3 and set(table.column("source").to_pylist()) == {
        "وكالة الشرق",
        "راديو المدى",
        "صحيفة الغد",
    }
    assert json.loads(table.column("events").to_pylist()[0])[0]["plover"] == "ASSAULT"


def test_parquet_needs_an_output_file_and_a_store_must_exist(db, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "parquet"])
    assert result.exit_code != 0 and "needs -o" in str(result.exception)
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "no such store" in str(result.exception)
