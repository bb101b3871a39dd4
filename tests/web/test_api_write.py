"""Writes: corrections need the token, are checked, show in reads and exports, and can be undone."""

from __future__ import annotations

import csv
import io
import json

import pytest

ALEPPO = "aleppo"  # replaced by the document id in add()


def correction(**kw) -> dict:
    return {"target_kind": "entity", "doc_id": ALEPPO, "target_index": 0, "field": "type", **kw}


def add(client, docs, body: dict, headers: dict):
    """POST a correction, naming fixture documents by their key in ``docs``."""
    if body.get("doc_id") in docs:
        body = {**body, "doc_id": docs[body["doc_id"]].id}
    return client.post("/api/corrections", json=body, headers=headers)


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"X-Marsad-Token": ""}, {"Authorization": "Basic dGVzdA=="}],
)
def test_corrections_need_the_token(client, docs, headers: dict) -> None:
    resp = add(client, docs, correction(value="PER"), headers)
    assert resp.status_code == 401
    assert resp.json()["error"] == "Unauthorized"
    assert client.get("/api/corrections").json()["items"] == []


def test_correction_is_applied_listed_and_undone(client, docs, auth) -> None:
    doc_id = docs["aleppo"].id
    resp = add(client, docs, correction(value="PER", author="tester"), auth)
    assert resp.status_code == 201, resp.text
    cid = resp.json()["id"]
    assert client.get(f"/api/documents/{doc_id}").json()["entities"][0]["type"] == "PER"
    rows = client.get("/api/entities", params={"doc_id": doc_id}).json()["items"]
    assert rows[0]["type"] == "PER"
    listed = client.get("/api/corrections", params={"doc_id": doc_id}).json()["items"]
    assert [(c["id"], c["field"], c["value"], c["author"]) for c in listed] == [(cid, "type", "PER", "tester")]
    assert client.post(f"/api/corrections/{cid}/undo").status_code == 401
    assert client.post(f"/api/corrections/{cid}/undo", headers=auth).json() == {"id": cid, "undone": True, "ids": [cid]}
    assert client.get(f"/api/documents/{doc_id}").json()["entities"][0]["type"] == "ORG"
    assert client.delete(f"/api/corrections/{cid}", headers=auth).status_code == 404


def test_stance_correction_changes_filters(client, docs, auth) -> None:
    doc_id = docs["aleppo"].id
    body = {"target_kind": "statement", "doc_id": doc_id, "target_index": 0, "field": "stance", "value": "deny"}
    assert client.post("/api/corrections", json=body, headers=auth).status_code == 201
    assert len(client.get("/api/statements", params={"stance": "deny"}).json()["items"]) == 2


def test_span_correction_recomputes_text(client, docs, auth) -> None:
    doc = docs["aleppo"]
    start = doc.text.index("الشيخ سعيد")
    body = correction(target_index=2, field="span", value={"start": start - 3, "end": start + 10, "text": "كذب"})
    resp = add(client, docs, body, auth)
    assert resp.status_code == 201 and len(resp.json()["ids"]) == 3
    ent = client.get(f"/api/documents/{doc.id}").json()["entities"][2]
    assert (ent["start"], ent["end"], ent["text"]) == (start - 3, start + 10, doc.text[start - 3 : start + 10])
    # undoing any record of the span edit withdraws all three, so the span never becomes inconsistent
    undone = client.post(f"/api/corrections/{resp.json()['ids'][1]}/undo", headers=auth).json()
    assert sorted(undone["ids"]) == sorted(resp.json()["ids"])
    ent = client.get(f"/api/documents/{doc.id}").json()["entities"][2]
    assert (ent["start"], ent["end"], ent["text"]) == (start, start + 10, "الشيخ سعيد")


def test_a_span_edit_written_across_a_second_boundary_is_undone_whole(client, docs, auth, monkeypatch) -> None:
    import itertools

    import marsad.store.sql

    # every clock read of the store a second later: the three records of one edit must not depend on it
    seconds = itertools.count()
    monkeypatch.setattr(marsad.store.sql, "_now", lambda: f"2026-01-01T00:00:{next(seconds) % 60:02d}+00:00")
    doc = docs["aleppo"]
    start = doc.text.index("الشيخ سعيد")
    body = correction(target_index=2, field="span", value={"start": start - 3, "end": start + 10, "text": "x"})
    ids = add(client, docs, body, auth).json()["ids"]
    undone = client.post(f"/api/corrections/{ids[2]}/undo", headers=auth).json()
    assert sorted(undone["ids"]) == sorted(ids)


def test_event_date_and_place_corrections_reach_exports(client, docs, auth) -> None:
    doc = docs["baghdad"]
    date = {"target_kind": "event", "doc_id": doc.id, "target_index": 0, "field": "date"}
    date["value"] = {"start": "2019-10-03", "end": "2019-10-03"}
    assert client.post("/api/corrections", json=date, headers=auth).status_code == 201
    place = {"target_kind": "entity", "doc_id": doc.id, "target_index": 1, "field": "place"}
    place["value"] = {"lat": 30.5, "lon": 47.8, "country": "iq", "name_en": "Basra"}
    assert client.post("/api/corrections", json=place, headers=auth).status_code == 201

    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/acled-csv", params={"country": "IQ"}).text)))
    assert [(r["event_date"], r["latitude"], r["location"]) for r in rows] == [("2019-10-03", "30.5", "Basra")]
    geo = client.get("/api/export/geojson").json()
    coords = {f["properties"]["doc_id"]: f["geometry"]["coordinates"] for f in geo["features"]}
    assert coords[doc.id] == [47.8, 30.5]
    lines = [json.loads(line) for line in client.get("/api/export/jsonl").text.splitlines()]
    exported = next(d for d in lines if d["doc"]["id"] == doc.id)
    assert exported["events"][0]["date"]["start"] == "2019-10-03"


def test_deleted_entity_leaves_export(client, docs, auth) -> None:
    doc = docs["aleppo"]
    body = correction(target_index=1, field="_delete", value=True)
    assert add(client, docs, body, auth).status_code == 201
    lines = [json.loads(line) for line in client.get("/api/export/jsonl").text.splitlines()]
    exported = next(d for d in lines if d["doc"]["id"] == doc.id)
    assert "حلب" not in [e["text"] for e in exported["entities"] if not e.get("_deleted")]


@pytest.mark.parametrize(
    "body",
    [
        correction(value="CITY"),
        correction(field="span", value={"start": 5, "end": 99999}),
        correction(field="span", value={"start": "a", "end": 3}),
        correction(field="place", value={"lat": 95, "lon": 10}),
        correction(field="place", value={"lat": 1, "lon": 1, "country": "Syria"}),
        correction(target_index=99, value="PER"),
        correction(target_kind="statement", field="stance", value="maybe"),
        correction(target_kind="event", field="date", value={"start": "6/12/2016"}),
        correction(target_kind="event", field="date", value={"start": "2016-12-06", "end": "2016-12-01"}),
        correction(target_kind="event", field="plover", value="<script>"),
        correction(target_kind="planet", value="x"),
        correction(field="__class__", value="x"),
        correction(field="_delete", value="yes"),
        correction(target_kind="document", field="text", value="rewritten"),
    ],
)
def test_bad_corrections_are_refused(client, docs, auth, body: dict) -> None:
    resp = add(client, docs, body, auth)
    assert resp.status_code in (400, 422), resp.text
    assert "error" in resp.json()
    assert client.get("/api/corrections").json()["items"] == []


def test_correction_of_missing_document_is_404(client, auth) -> None:
    resp = client.post("/api/corrections", json=correction(doc_id="missing", value="PER"), headers=auth)
    assert resp.status_code == 404


def test_export_unknown_format_is_404(client) -> None:
    assert client.get("/api/export/xlsx").status_code == 404


def test_exports_equal_the_export_writers(client, store_path) -> None:
    import io

    from marsad.export import writers
    from marsad.store import open_store

    with open_store(str(store_path)) as store:
        expected = io.StringIO()
        writers.write_acled_csv(store, expected, {"country": "SY"})
    assert client.get("/api/export/acled-csv", params={"country": "SY"}).text == expected.getvalue()


def test_geojson_places_layer(client) -> None:
    features = client.get("/api/export/geojson", params={"layer": "places"}).json()["features"]
    assert sorted(f["properties"]["name_en"] for f in features) == ["Aleppo", "Baghdad"]
    assert client.get("/api/export/geojson", params={"layer": "towns"}).status_code == 422


def test_event_location_correction_moves_the_event_on_the_map(client, docs, auth) -> None:
    doc = docs["aleppo"]
    where = doc.text.index("الشيخ سعيد")
    body = {"target_kind": "event", "doc_id": doc.id, "target_index": 0, "field": "locations"}
    body["value"] = [{"start": where, "end": where + 10}]
    assert client.post("/api/corrections", json=body, headers=auth).status_code == 201
    event = client.get("/api/events", params={"doc_id": doc.id}).json()["items"][0]
    assert [loc["text"] for loc in event["locations"]] == ["الشيخ سعيد"]
    # الشيخ سعيد has no coordinates: the event leaves the GeoJSON export until a place is given
    assert doc.id not in {f["properties"]["doc_id"] for f in client.get("/api/export/geojson").json()["features"]}
    place = {"target_kind": "entity", "doc_id": doc.id, "target_index": 2, "field": "place"}
    place["value"] = {"lat": 36.19, "lon": 37.17, "country": "SY", "name_en": "Sheikh Saeed"}
    assert client.post("/api/corrections", json=place, headers=auth).status_code == 201
    features = client.get("/api/export/geojson").json()["features"]
    assert [f["geometry"]["coordinates"] for f in features if f["properties"]["doc_id"] == doc.id] == [[37.17, 36.19]]


def test_export_takes_the_search_query(client, docs) -> None:
    lines = client.get("/api/export/jsonl", params={"q": "بحلب"}).text.splitlines()
    assert [json.loads(line)["doc"]["id"] for line in lines] == [docs["aleppo"].id]
