"""Every collection format yields one record per article, with stable source references and failures as data."""

from __future__ import annotations

import gzip
import json

import pytest

from marsad.errors import InputError
from marsad.ingest.readers import iter_files, parse_time, read_path

ARTICLE = "أعلنت وزارة الصحة في بغداد يوم الأحد افتتاح مستشفى جديد في حي الكرادة بطاقة مئتي سرير."
SECOND = "قال رئيس البلدية إن أعمال صيانة الطريق الساحلي ستنتهي قبل نهاية الشهر المقبل."

TREC = f"""<DOC>
<DOCNO>XX-local-1-20190304</DOCNO>
<URL>http://example.org/a/1</URL>
<SRC>Radio Example</SRC>
<TITLE>افتتاح مستشفى جديد</TITLE>
<TIME>Mon, 04 Mar 2019 10:20:00 GMT</TIME>
<ABSTRACT>
ملخص لا يدخل في النص.
</ABSTRACT>
<TEXT>
{ARTICLE}
</TEXT>
</DOC>
"""

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>إذاعة المثال</title>
<item><title>صيانة الطريق</title><link>http://example.org/r/1</link><guid>r1</guid>
<pubDate>Tue, 05 Mar 2019 08:00:00 GMT</pubDate><description>&lt;p&gt;{SECOND}&lt;/p&gt;</description></item>
<item><title>افتتاح مستشفى</title><link>http://example.org/r/2</link><guid>r2</guid>
<description>{ARTICLE}</description></item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع المثال</title>
<entry><title>خبر</title><id>urn:a1</id><updated>2019-03-06T09:00:00Z</updated>
<content type="html">{ARTICLE}</content></entry></feed>
"""


def _one(path):
    records = list(read_path(path))
    assert len(records) == 1
    return records[0]


def test_plain_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    r = _one(p)
    assert r.text == ARTICLE and r.source_ref == str(p) and r.error is None


def test_windows_1256_text(tmp_path):
    p = tmp_path / "old.txt"
    p.write_bytes(ARTICLE.encode("cp1256"))
    assert _one(p).text == ARTICLE


def test_trec_title_plus_text_and_metadata(tmp_path):
    p = tmp_path / "XX-local-1-20190304.txt"
    p.write_text(TREC + TREC.replace("XX-local-1", "XX-local-2").replace(ARTICLE, SECOND), encoding="utf-8")
    records = list(read_path(p))
    assert [r.source_ref for r in records] == [f"{p}#XX-local-1-20190304", f"{p}#XX-local-2-20190304"]
    first = records[0]
    assert first.text == "افتتاح مستشفى جديد\n" + ARTICLE
    assert "ملخص" not in first.text
    assert first.meta == {
        "title": "افتتاح مستشفى جديد",
        "published": "2019-03-04",
        "url": "http://example.org/a/1",
        "source": "Radio Example",
        "id": "XX-local-1-20190304",
    }


def test_jsonl_with_a_bad_line(tmp_path):
    p = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": ARTICLE, "title": "مستشفى", "published": "2019-03-04", "source": "S"}, ensure_ascii=False),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": SECOND, "url": "http://example.org/x"}, ensure_ascii=False),
    ]
    p.write_text("\n".join(lines), encoding="utf-8")
    records = list(read_path(p))
    assert [r.source_ref.rsplit(":", 1)[1] for r in records] == ["1", "2", "3", "5"]
    assert records[0].meta == {"title": "مستشفى", "published": "2019-03-04", "source": "S"}
    assert records[1].error.startswith("not JSON") and records[2].error.startswith("expected a JSON object")
    assert records[3].text == SECOND


def test_rss_entries(tmp_path):
    p = tmp_path / "feed.xml"
    p.write_text(RSS, encoding="utf-8")
    records = list(read_path(p))
    assert [r.source_ref for r in records] == [f"{p}#r1", f"{p}#r2"]
    assert records[0].text == "صيانة الطريق\n" + SECOND  # HTML stripped
    assert records[0].meta["published"] == "2019-03-05" and records[0].meta["source"] == "إذاعة المثال"


def test_atom_entry(tmp_path):
    p = tmp_path / "feed.atom"
    p.write_text(ATOM, encoding="utf-8")
    r = _one(p)
    assert r.text.endswith(ARTICLE) and r.meta["published"] == "2019-03-06"


def test_html_page(tmp_path):
    p = tmp_path / "page.html"
    body = "".join(f"<p>{s}</p>" for s in (ARTICLE, SECOND, ARTICLE.replace("الأحد", "الاثنين")))
    p.write_text(
        "<html><head><title>مستشفى جديد</title></head><body><nav>الرئيسية</nav>"
        f"<article>{body}</article></body></html>",
        encoding="utf-8",
    )
    r = _one(p)
    assert r.error is None and SECOND in r.text


def test_gzip_is_read_transparently(tmp_path):
    p = tmp_path / "a.jsonl.gz"
    p.write_bytes(gzip.compress(json.dumps({"text": ARTICLE}, ensure_ascii=False).encode()))
    assert _one(p).text == ARTICLE


@pytest.mark.parametrize(
    ("content", "error"),
    [(b"", "empty"), (b"\x00\x01\x02\x03" * 400, "not text"), (b"\x1f\x8bnot gzip", "cannot read")],
)
def test_unreadable_files_become_failed_records(tmp_path, content, error):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    r = _one(p)
    assert r.text is None and error in r.error


def test_folders_are_walked_recursively_and_sorted(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    for name in ("b/c/2.txt", "b/1.txt", "a.txt", ".hidden.txt", "SOURCE.md"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])] == ["a.txt", "b/1.txt", "b/c/2.txt"]
    with pytest.raises(InputError):
        list(iter_files([tmp_path / "missing"]))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-01-22T00:06:00+01:00", "2017-01-22"),
        ("Sun, 18 Feb 2018 20:50:44 GMT", "2018-02-18"),
        ("", None),
        ("yesterday", None),
    ],
)
def test_parse_time(value, expected):
    assert parse_time(value) == expected
