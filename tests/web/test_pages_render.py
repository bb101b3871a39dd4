"""Review pages: server-rendered, RTL Arabic content, English labels on demand, highlights, map, timeline, claims."""

from __future__ import annotations

import lxml.html
import pytest


def parse(resp):
    assert resp.status_code == 200, resp.text[:500]
    assert resp.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(resp.text)


@pytest.mark.parametrize(
    "path", ["/", "/events", "/map", "/timeline", "/claims", "/corrections", "/login", "/api/docs"]
)
def test_pages_are_arabic_rtl_by_default_and_english_on_request(client, path: str) -> None:
    ar = parse(client.get(path))
    assert (ar.get("lang"), ar.get("dir")) == ("ar", "rtl")
    en = parse(client.get(path, params={"lang": "en"}))
    assert (en.get("lang"), en.get("dir")) == ("en", "ltr")
    assert en.xpath("//nav/a[@href='/events']")[0].text_content() == "Events"
    assert ar.xpath("//nav/a[@href='/events']")[0].text_content() == "الأحداث"


def test_language_choice_is_remembered(client) -> None:
    client.get("/", params={"lang": "en"})
    assert parse(client.get("/events")).get("lang") == "en"


def test_article_list_search_and_filters(client, docs) -> None:
    page = parse(client.get("/", params={"q": "بحلب"}))
    links = page.xpath("//ol[@id='doc-list']//a[@class='doc-title']/@href")
    assert links == [f"/doc/{docs['aleppo'].id}"]
    titles = page.xpath("//a[@class='doc-title']")
    assert titles[0].get("lang") == "ar" and titles[0].get("dir") == "rtl"
    assert parse(client.get("/", params={"country": "IQ"})).xpath("//a[@class='doc-title']/@href") == [
        f"/doc/{docs['baghdad'].id}"
    ]
    assert parse(client.get("/", params={"q": "كلمةغيرموجودة"})).xpath("//p[@class='empty']")


def test_article_highlights_point_at_the_original_text(client, docs) -> None:
    doc = docs["aleppo"]
    page = parse(client.get(f"/doc/{doc.id}"))
    body = page.get_element_by_id("doc-text")
    assert (body.get("lang"), body.get("dir")) == ("ar", "rtl")
    assert body.text_content() == doc.text  # highlighting adds elements, never text
    orgs = body.xpath(".//span[contains(@class, 'hl-ent-ORG')]")
    assert "".join(s.text_content() for s in orgs) == "وزارة الدفاع الروسية"
    assert all("entity-0" in s.get("data-refs") for s in orgs)
    trigger = body.xpath(".//span[contains(@class, 'hl-ev-trigger')]")
    assert [s.text_content() for s in trigger] == ["سيطرت"]
    for ref in ("entity-0", "entity-1", "statement-0", "statement-1", "event-0", "time-0"):
        assert page.get_element_by_id(ref) is not None  # details shown on click
    assert "Aleppo" in page.get_element_by_id("entity-1").text_content()


def test_article_without_token_shows_no_correction_forms(client, docs) -> None:
    page = parse(client.get(f"/doc/{docs['aleppo'].id}"))
    assert not page.xpath("//form[@class='correct']")
    assert page.xpath("//a[starts-with(@href, '/login')]")


def test_events_table(client) -> None:
    page = parse(client.get("/events", params={"event_type": "PROTEST"}))
    rows = page.xpath("//table[@id='events-table']/tbody/tr")
    assert len(rows) == 1 and "PROTEST" in rows[0].text_content() and "بغداد" in rows[0].text_content()


def test_map_draws_bundled_countries_and_event_points(client) -> None:
    page = parse(client.get("/map"))
    svg = page.get_element_by_id("map")
    assert len(svg.xpath(".//*[local-name()='g'][@class='land']/*[local-name()='path']")) == 177
    dots = svg.xpath(".//*[local-name()='circle']")
    positions = sorted((float(c.get("cx")), float(c.get("cy"))) for c in dots)
    assert positions == [(37.1343, -36.2021), (44.4009, -33.3406)]  # x = lon, y = -lat


def test_timeline_has_one_bar_per_day(client) -> None:
    page = parse(client.get("/timeline"))
    bars = page.xpath("//*[local-name()='rect'][@class='bar']")
    assert [b.xpath("string(.)") for b in bars] == ["2016-12-06: 1", "2019-10-04: 1"]
    assert page.get_element_by_id("day-2016-12-06") is not None


def test_timeline_bars_use_a_true_date_axis() -> None:
    from collections import Counter

    from marsad.web.pages import timeline_bars

    bars = timeline_bars(Counter({"2020-01-01": 2, "2020-01-03": 1, "2020-01": 5}))
    assert [(b["day"], b["n"]) for b in bars] == [("2020-01-01", 2), ("2020-01-03", 1)]
    assert bars[1]["x"] == pytest.approx(2 * 1000 / 3)  # the empty day in between keeps its place
    assert bars[0]["h"] == 160 and bars[1]["h"] == 80


def test_claims_show_each_position_side_by_side(client, docs) -> None:
    page = parse(client.get("/claims"))
    claim = page.get_element_by_id(f"claim-{docs['aleppo'].id}-0")
    asserts = claim.xpath(".//div[contains(@class, 'col-assert')]")[0].text_content()
    denies = claim.xpath(".//div[contains(@class, 'col-deny')]")[0].text_content()
    assert "وزارة الدفاع الروسية" in asserts and "متحدث باسم فصائل المعارضة" not in asserts
    assert "متحدث باسم فصائل المعارضة" in denies and "تكون القوات قد سيطرت على الحي" in denies


def test_unknown_article_is_an_html_404_page(client) -> None:
    resp = client.get("/doc/missing", headers={"accept": "text/html"})
    assert resp.status_code == 404 and "<html" in resp.text and "missing" in resp.text


def test_static_assets_are_served_locally(client) -> None:
    for asset in ("marsad.css", "marsad.js", "world-110m.json"):
        assert client.get(f"/static/{asset}").status_code == 200
