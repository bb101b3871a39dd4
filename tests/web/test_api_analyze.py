"""POST /analyze: text in, Document JSON out; pipeline built once; bad input and big bodies are JSON errors."""

from __future__ import annotations

import pytest

from marsad.web.app import create_app

ARTICLE = "قالت وزارة الصحة يوم الأحد إن خمسة أشخاص أصيبوا في انفجار قرب السوق المركزي."


def test_analyze_returns_document_json(client) -> None:
    resp = client.post("/analyze", json={"text": ARTICLE, "published": "2021-03-07", "title": "انفجار"})
    assert resp.status_code == 200, resp.text
    data = resp.json()
    assert data["text"] == ARTICLE
    assert data["doc"]["published"] == "2021-03-07" and data["doc"]["pipeline"] == ["stub"]


def test_pipeline_is_built_once_per_app(client, stub) -> None:
    assert stub.built == 0  # nothing loads before the first request
    for _ in range(3):
        assert client.post("/analyze", json={"text": ARTICLE}).status_code == 200
    assert stub.built == 1


def test_analyze_with_the_real_pipeline(store_path, token) -> None:
    from fastapi.testclient import TestClient

    import marsad

    app = create_app(str(store_path), token=token, pipeline=lambda: marsad.load(["sentencizer", "tokenizer"]))
    with TestClient(app) as c:
        data = c.post("/api/analyze", json={"text": ARTICLE}).json()
    assert data["tokens"] and all(ARTICLE[t["start"] : t["end"]] == t["text"] for t in data["tokens"])


def test_analyze_and_store_needs_token(client, auth) -> None:
    assert client.post("/analyze", json={"text": ARTICLE, "store": True}).status_code == 401
    resp = client.post("/analyze", json={"text": ARTICLE, "store": True}, headers=auth)
    assert resp.json()["stored"]["added"] is True
    assert client.get(f"/api/documents/{resp.json()['stored']['id']}").status_code == 200


@pytest.mark.parametrize(
    "body,status",
    [
        ({"text": ""}, 400),
        ({"text": "   \n"}, 400),
        ({"text": "only English words here, nothing else"}, 400),
        ({"text": ARTICLE, "published": "not a date"}, 400),
        ({"published": "2020-01-01"}, 422),
        ({"text": 12}, 422),
    ],
)
def test_bad_input_is_json_error(client, body: dict, status: int) -> None:
    resp = client.post("/analyze", json=body)
    assert resp.status_code == status
    assert resp.headers["content-type"].startswith("application/json")
    assert "Traceback" not in resp.text


def test_not_json_is_422(client) -> None:
    resp = client.post("/analyze", content=b"\xff\xfe garbage", headers={"content-type": "application/json"})
    assert resp.status_code == 422 and resp.json()["error"] == "ValidationError"


def test_body_over_the_limit_is_413(client) -> None:
    resp = client.post("/analyze", json={"text": "ب" * 150_000})
    assert resp.status_code == 413
    assert resp.json()["error"] == "BodyTooLarge"


def test_streamed_body_over_the_limit_is_413(client) -> None:
    def chunks():
        for _ in range(50):
            yield b"x" * 10_000

    resp = client.post("/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert resp.status_code == 413


def test_internal_errors_hide_the_traceback(store_path, token) -> None:
    from fastapi.testclient import TestClient

    def broken():
        def run(doc):
            raise RuntimeError("secret internals /etc/passwd")

        return run

    app = create_app(str(store_path), token=token, pipeline=broken)
    with TestClient(app, raise_server_exceptions=False) as c:
        resp = c.post("/analyze", json={"text": ARTICLE})
    assert resp.status_code == 500
    assert resp.json()["error"] == "InternalError"
    assert "secret" not in resp.text and "Traceback" not in resp.text


def test_create_app_refuses_empty_token(store_path) -> None:
    from marsad.errors import MarsadError

    with pytest.raises(MarsadError):
        create_app(str(store_path), token="")
