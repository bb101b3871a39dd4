"""Hostile article text renders inert; pages load nothing from elsewhere; form writes need the editor token."""

from __future__ import annotations

import re

import lxml.html
import pytest

HOSTILE_BITS = ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", '<a href="javascript:alert(3)">')


@pytest.fixture
def hostile_page(client, docs) -> str:
    resp = client.get(f"/doc/{docs['hostile'].id}")
    assert resp.status_code == 200
    return resp.text


@pytest.mark.parametrize("bit", HOSTILE_BITS)
def test_markup_in_the_text_is_escaped(hostile_page: str, bit: str) -> None:
    assert bit not in hostile_page
    page = lxml.html.fromstring(hostile_page)
    assert bit in page.get_element_by_id("doc-text").text_content()  # shown to the reader as text


def test_no_script_element_comes_from_the_document(hostile_page: str) -> None:
    page = lxml.html.fromstring(hostile_page)
    assert [s.get("src") for s in page.xpath("//script")] == ["/static/marsad.js"]
    assert not page.xpath("//*[@onerror or @onclick or @onload]")
    assert not [h for h in page.xpath("//@href | //@src") if h.lower().lstrip().startswith("javascript:")]


def test_bidi_controls_are_visible_not_active(hostile_page: str) -> None:
    for control in ("\u202e", "\u202c"):
        assert control not in hostile_page
    assert "⟦RLO⟧" in hostile_page and "⟦PDF⟧" in hostile_page


def test_hostile_title_and_source_escaped_everywhere(client, docs) -> None:
    for path in ("/", f"/doc/{docs['hostile'].id}", "/?q=مصدر", "/corrections"):
        text = client.get(path).text
        assert "<script>alert(1)" not in text and "<b>مصدر</b>" not in text
        assert "\u202e" not in text


def test_javascript_url_is_not_linked(hostile_page: str) -> None:
    page = lxml.html.fromstring(hostile_page)
    assert "javascript:alert(4)" in page.text_content()
    assert not page.xpath("//a[contains(@href, 'alert(4)')]")


def test_csp_and_security_headers(client) -> None:
    resp = client.get("/")
    csp = resp.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert resp.headers["x-content-type-options"] == "nosniff"
    assert resp.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("path", ["/", "/map", "/timeline", "/claims", "/events", "/api/docs", "/login"])
def test_pages_reference_no_other_host(client, path: str) -> None:
    page = lxml.html.fromstring(client.get(path).text)
    refs = page.xpath("//@src | //link/@href | //form/@action")
    assert refs and all(r.startswith("/") and not r.startswith("//") for r in refs), refs


def test_assets_reference_no_other_host(client) -> None:
    for asset in ("marsad.css", "marsad.js"):
        body = client.get(f"/static/{asset}").text
        assert not re.search(r"https?://|@import|url\(", body), asset


def test_form_correction_needs_the_token(client, docs) -> None:
    doc_id = docs["aleppo"].id
    form = {"target_kind": "entity", "target_index": "0", "field": "type", "value": "PER"}
    resp = client.post(f"/doc/{doc_id}/correct", data=form, follow_redirects=False)
    assert resp.status_code == 401
    resp = client.post(f"/doc/{doc_id}/correct", data={**form, "token": "wrong"}, follow_redirects=False)
    assert resp.status_code == 401
    assert client.get("/api/corrections").json()["items"] == []


def test_login_sets_an_httponly_strict_cookie(client, token) -> None:
    assert client.post("/login", data={"token": "wrong", "next": "/"}, follow_redirects=False).status_code == 401
    resp = client.post("/login", data={"token": token, "next": "//evil.example/"}, follow_redirects=False)
    assert resp.status_code == 303 and resp.headers["location"] == "/"
    cookie = resp.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


@pytest.mark.parametrize("target", ["//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:x"])
def test_login_never_redirects_off_site(client, token, target: str) -> None:
    resp = client.post("/login", data={"token": token, "next": target}, follow_redirects=False)
    assert resp.headers["location"] == "/"


def test_signed_in_editor_corrects_and_undoes_from_the_page(client, docs, token) -> None:
    doc_id = docs["aleppo"].id
    client.post("/login", data={"token": token, "next": "/"})
    page = lxml.html.fromstring(client.get(f"/doc/{doc_id}").text)
    assert page.xpath("//div[@id='entity-0']//form[@data-field='type']")
    form = {"target_kind": "entity", "target_index": "0", "field": "type", "value": "PER"}
    resp = client.post(f"/doc/{doc_id}/correct", data=form, follow_redirects=False)
    assert resp.status_code == 303 and resp.headers["location"] == f"/doc/{doc_id}#entity-0"
    page = lxml.html.fromstring(client.get(f"/doc/{doc_id}").text)
    pers = page.get_element_by_id("doc-text").xpath(".//span[contains(@class, 'hl-ent-PER')]")
    assert "".join(s.text_content() for s in pers) == "وزارة الدفاع الروسية"
    cid = client.get("/api/corrections").json()["items"][0]["id"]
    assert client.post(f"/corrections/{cid}/undo", data={"doc_id": doc_id}, follow_redirects=False).status_code == 303
    assert client.get(f"/api/documents/{doc_id}").json()["entities"][0]["type"] == "ORG"


@pytest.mark.parametrize(
    "form",
    [
        {"target_kind": "event", "target_index": "0", "field": "date", "date_start": "2016-12-05"},
        {"target_kind": "entity", "target_index": "1", "field": "place", "lat": "36.1", "lon": "37.2", "country": "SY"},
        {"target_kind": "statement", "target_index": "1", "field": "stance", "value": "unconfirmed"},
        {"target_kind": "event", "target_index": "0", "field": "trigger", "start": "120", "end": "126"},
        {"target_kind": "event", "target_index": "0", "field": "locations", "start": "133", "end": "136"},
        {"target_kind": "entity", "target_index": "0", "field": "_add", "start": "0", "end": "7", "value": "ORG"},
    ],
)
def test_form_corrections_of_each_kind(client, docs, token, form: dict) -> None:
    doc_id = docs["aleppo"].id
    client.post("/login", data={"token": token, "next": "/"})
    resp = client.post(f"/doc/{doc_id}/correct", data=form, follow_redirects=False)
    assert resp.status_code == 303, resp.text
    assert client.get("/api/corrections").json()["items"]


def test_cross_site_form_post_is_refused(client, docs, token) -> None:
    client.post("/login", data={"token": token, "next": "/"})
    form = {"target_kind": "entity", "target_index": "0", "field": "type", "value": "PER"}
    resp = client.post(
        f"/doc/{docs['aleppo'].id}/correct",
        data=form,
        headers={"origin": "https://evil.example"},
        follow_redirects=False,
    )
    assert resp.status_code == 401


def test_form_with_bad_value_shows_an_error_page(client, docs, token) -> None:
    client.post("/login", data={"token": token, "next": "/"})
    form = {"target_kind": "entity", "target_index": "0", "field": "place", "lat": "north", "lon": "1"}
    resp = client.post(f"/doc/{docs['aleppo'].id}/correct", data=form, headers={"accept": "text/html"})
    assert resp.status_code == 400 and "lat" in resp.text and "Traceback" not in resp.text
