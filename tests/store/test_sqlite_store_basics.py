"""SQLite store: idempotent adds, reads, filters, migrations, failures."""

from __future__ import annotations

import sqlite3

import pytest

from marsad.document import Document
from marsad.store import StoreError, open_store
from marsad.store.samples import TEXT_A, sample_documents


def test_add_is_idempotent_by_content_hash(store):
    doc = sample_documents()[0]
    assert store.add_document(doc) == ("sample-a", True)
    again = Document(text=TEXT_A, id="another-id", source="x")
    assert store.add_document(again) == ("sample-a", False)
    assert store.count() == 1
    assert store.has_content(doc.content_hash()) == "sample-a"


def test_same_id_different_text_gets_a_new_id(store):
    store.add_document(Document(text="قصفت طائرات بلدة في الشمال.", id="x1"))
    doc_id, added = store.add_document(Document(text="أعلنت الحكومة خطة جديدة للنقل.", id="x1"))
    assert added and doc_id != "x1" and doc_id.startswith("x1-")
    assert store.count() == 2


def test_get_document_round_trips_layers_and_meta(filled):
    data = filled.get_document("sample-a")
    assert data["doc"]["source"] == "وكالة الشرق"
    assert data["meta"]["source_ref"] == "test#sample-a"
    assert [e["text"] for e in data["entities"]][:2] == ["إدلب", "كفرنبل"]
    assert data["statements"][1]["stance"] == "deny"
    assert data["events"][0]["quantities"][0]["value"] == 7
    assert data["corrections"] == []
    assert filled.get_document("nope") is None
    doc = filled.load_document("sample-a")
    doc.validate()
    assert doc.entities[1].place.name_en == "Kafr Nabl"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, {"sample-a", "sample-b", "sample-c", "sample-d"}),
        ({"country": "TN"}, {"sample-d"}),
        ({"country": "sy"}, {"sample-a", "sample-b", "sample-c"}),
        ({"event_type": "ASSAULT"}, {"sample-a", "sample-b", "sample-c"}),
        ({"event_type": "Air/drone strike"}, {"sample-a", "sample-b", "sample-c"}),
        ({"event_type": "change_policy"}, {"sample-d"}),
        ({"actor": "طائرات حربية"}, {"sample-a", "sample-c"}),
        ({"actor": "ناشطون"}, {"sample-b"}),  # statement speaker
        ({"stance": "deny"}, {"sample-a", "sample-c"}),
        ({"place": "Kafr"}, {"sample-a", "sample-b", "sample-c"}),
        ({"place": "كفرنبل"}, {"sample-a", "sample-b", "sample-c"}),
        ({"source": "وكالة الشرق"}, {"sample-a", "sample-d"}),
        ({"since": "2024-03-06"}, {"sample-b", "sample-d"}),
        ({"until": "2024-03-05"}, {"sample-a", "sample-c"}),
        ({"query": "التضخم"}, {"sample-d"}),
        ({"query": "كفرنبل", "source": "راديو المدى"}, {"sample-b"}),
    ],
)
def test_list_documents_filters(filled, filters, expected):
    rows, total = filled.list_documents(**filters)
    assert {r["id"] for r in rows} == expected
    assert total == len(expected)


def test_list_documents_pages_newest_first(filled):
    rows, total = filled.list_documents(limit=2, offset=0)
    assert total == 4 and [r["id"] for r in rows] == ["sample-d", "sample-b"]
    rows, _ = filled.list_documents(limit=2, offset=2)
    assert len(rows) == 2 and rows[0]["countries"] == ["SY"]


def test_iter_rows_filter_on_the_item_itself(filled):
    denials = list(filled.iter_statements({"stance": "deny"}))
    assert [(r["doc_id"], r["index"], r["speaker"]["text"]) for r in denials] == [
        ("sample-a", 1, "الجيش السوري"),
        ("sample-c", 1, "الجيش السوري"),
    ]
    places = list(filled.iter_places({"country": "TN"}))
    assert [(p["text"], p["lat"], p["country"]) for p in places] == [("تونس", 36.819, "TN")]
    events = list(filled.iter_events({"event_type": "ASSAULT"}, limit=2))
    assert len(events) == 2 and all(e["plover"] == "ASSAULT" for e in events)
    assert events[0]["cross_event_id"] == events[1]["cross_event_id"]
    orgs = [e for e in filled.iter_entities({"doc_id": "sample-d"}) if e["type"] == "ORG"]
    assert [e["text"] for e in orgs] == ["البنك المركزي التونسي"]
    claims = list(filled.iter_claims())
    assert len(claims) == 3 and len({c["cross_claim_id"] for c in claims}) == 1


def test_failures_and_source_marks(store):
    assert not store.source_done("a.txt")
    store.record_failure("a.txt", "InputError: has no Arabic text", "input")
    assert store.source_done("a.txt")
    rows, total = store.list_failures()
    assert total == 1 and rows[0]["component"] == "input" and rows[0]["source_ref"] == "a.txt"
    assert store.forget_failures() == 1
    assert not store.source_done("a.txt")


def test_file_store_uses_wal_and_records_migrations(tmp_path):
    path = tmp_path / "m.db"
    with open_store(str(path)) as s:
        assert s.applied_migrations() == [
            "0001_initial",
            "0002_fts5",
            "0003_cross_event_keys",
            "0004_dup_bands",
            "0005_cross_claim_terms",
        ]
        s.add_document(sample_documents()[3])
    with open_store(f"sqlite:///{path}") as s:  # reopening applies nothing twice
        assert s.migrate() == [] and s.count() == 1
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [r[0] for r in con.execute("SELECT name FROM _migrations ORDER BY name")] == [
        "0001_initial",
        "0002_fts5",
        "0003_cross_event_keys",
        "0004_dup_bands",
        "0005_cross_claim_terms",
    ]


def test_open_store_refuses_a_missing_folder(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "no" / "such" / "m.db"))


def test_tokens_are_not_stored_by_default(store):
    import marsad

    doc = marsad.load(["sentencizer", "tokenizer"])(sample_documents()[3])
    assert doc.tokens
    store.add_document(doc)
    data = store.get_document("sample-d")
    assert data["tokens"] == [] and len(data["sentences"]) == len(doc.sentences)
