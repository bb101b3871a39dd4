"""REST reads: documents (list, get, search), layers with filters and pagination, stats, OpenAPI."""

from __future__ import annotations

import pytest


def ids(resp) -> set[str]:
    return {row.get("id") or row.get("doc_id") for row in resp.json()["items"]}


def test_documents_list_newest_first_with_total(client) -> None:
    data = client.get("/api/documents").json()
    assert data["total"] == 3
    assert [r["published"] for r in data["items"]] == ["2020-01-01", "2019-10-04", "2016-12-06"]


def test_documents_pagination(client) -> None:
    first = client.get("/api/documents", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    second = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()
    assert len(second["items"]) == 1 and second["next_offset"] is None


@pytest.mark.parametrize(
    "params,expected",
    [
        ({"country": "IQ"}, {"baghdad"}),
        ({"country": "sy"}, {"aleppo"}),
        ({"since": "2016-01-01", "until": "2016-12-31"}, {"aleppo"}),
        ({"source": "صحيفة الاختبار"}, {"baghdad"}),
        ({"event_type": "PROTEST"}, {"baghdad"}),
        ({"stance": "deny"}, {"aleppo"}),
        ({"q": "بحلب"}, {"aleppo"}),
    ],
)
def test_documents_filters(client, docs, params: dict, expected: set[str]) -> None:
    assert ids(client.get("/api/documents", params=params)) == {docs[name].id for name in expected}


@pytest.mark.parametrize("query", ["حلب", "بحلب", "وحلب", "المحتجين"])
def test_search_is_arabic_normalised(client, query: str) -> None:
    resp = client.get("/api/documents/search", params={"q": query})
    assert resp.status_code == 200
    assert resp.json()["items"], query


def test_get_document_has_layers(client, docs) -> None:
    doc = docs["aleppo"]
    data = client.get(f"/api/documents/{doc.id}").json()
    assert data["text"] == doc.text
    assert [e["text"] for e in data["entities"]] == [e.text for e in doc.entities]
    assert data["corrections"] == []


def test_unknown_document_is_json_404(client) -> None:
    resp = client.get("/api/documents/nope")
    assert resp.status_code == 404
    assert resp.json()["error"] == "NotFound"


@pytest.mark.parametrize(
    "layer,params,count",
    [
        ("entities", {}, 8),
        ("entities", {"doc_id": "baghdad"}, 3),
        ("statements", {"stance": "deny"}, 1),
        ("events", {"event_type": "ASSAULT"}, 1),
        ("events", {"country": "IQ"}, 1),
        ("claims", {}, 1),
        ("places", {}, 2),
        ("places", {"country": "IQ"}, 1),
    ],
)
def test_layer_endpoints_filter(client, docs, layer: str, params: dict, count: int) -> None:
    if "doc_id" in params:
        params = {**params, "doc_id": docs[params["doc_id"]].id}
    resp = client.get(f"/api/{layer}", params=params)
    assert resp.status_code == 200, resp.text
    assert len(resp.json()["items"]) == count


def test_layer_pagination(client) -> None:
    page1 = client.get("/api/entities", params={"limit": 4}).json()
    page2 = client.get("/api/entities", params={"limit": 4, "offset": 4}).json()
    assert page1["next_offset"] == 4 and page2["next_offset"] is None
    seen = [(r["doc_id"], r["index"]) for r in page1["items"] + page2["items"]]
    assert len(set(seen)) == 8


@pytest.mark.parametrize(
    "params",
    [{"since": "yesterday"}, {"stance": "maybe"}, {"country": "Syria"}, {"limit": 0}, {"limit": 100000}],
)
def test_bad_filters_are_json_errors(client, params: dict) -> None:
    resp = client.get("/api/events", params=params)
    assert resp.status_code in (400, 422)
    assert "error" in resp.json()


def test_openapi_and_local_reference(client) -> None:
    schema = client.get("/api/openapi.json").json()
    assert "/api/documents" in schema["paths"] and "/analyze" in schema["paths"]
    page = client.get("/api/docs")
    assert page.status_code == 200 and "/api/corrections" in page.text
    assert "cdn" not in page.text.lower()
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN: not served
