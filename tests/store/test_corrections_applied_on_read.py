"""Corrections are stored apart and applied on every read; undo restores the machine output."""

from __future__ import annotations

import pytest

from marsad.store import StoreError


def test_field_correction_shows_in_get_document_rows_and_filters(filled):
    cid = filled.add_correction("entity", "sample-d", 0, "type", "PER", author="rana")
    data = filled.get_document("sample-d")
    assert data["entities"][0]["type"] == "PER"
    assert data["corrections"][0]["id"] == cid and data["corrections"][0]["author"] == "rana"
    assert [e["type"] for e in filled.iter_entities({"doc_id": "sample-d"})] == ["PER", "LOC"]
    assert filled.list_corrections("sample-d")[0]["value"] == "PER"
    assert filled.load_document("sample-d").entities[0].type == "PER"


def test_nested_field_moves_a_place_and_the_country_filter_follows(filled):
    filled.add_correction("entity", "sample-d", 1, "place.country", "DZ", author="rana")
    assert {r["id"] for r in filled.list_documents(country="DZ")[0]} == {"sample-d"}
    assert filled.list_documents(country="TN")[1] == 0


def test_undo_restores_the_machine_output(filled):
    before = filled.get_document("sample-a")
    cid = filled.add_correction("statement", "sample-a", 1, "stance", "assert", author="omar")
    assert filled.list_documents(stance="deny")[1] == 1  # only sample-c still denies
    assert filled.undo_correction(cid) is True
    assert filled.undo_correction(cid) is False
    after = filled.get_document("sample-a")
    assert after["statements"] == before["statements"]
    assert filled.list_documents(stance="deny")[1] == 2
    assert filled.list_corrections() == []


def test_delete_keeps_indices_and_hides_the_item_from_rows(filled):
    filled.add_correction("entity", "sample-a", 0, "_delete", True, author="omar")
    data = filled.get_document("sample-a")
    assert data["entities"][0]["_deleted"] is True and len(data["entities"]) == 5
    rows = list(filled.iter_entities({"doc_id": "sample-a"}))
    assert [r["index"] for r in rows] == [1, 2, 3, 4]
    assert len(filled.load_document("sample-a").entities) == 4


def test_add_appends_a_missed_item(filled):
    doc = filled.get_document("sample-d")
    start = doc["text"].index("محافظ البنك")
    item = {"start": start, "end": start + 11, "text": "محافظ البنك", "type": "PER", "place": None, "score": None}
    filled.add_correction("entity", "sample-d", 0, "_add", item, author="lina")
    rows = list(filled.iter_entities({"doc_id": "sample-d"}))
    assert rows[-1]["text"] == "محافظ البنك" and rows[-1]["index"] == 2
    filled.load_document("sample-d").validate()


def test_document_field_correction(filled):
    filled.add_correction("document", "sample-b", 0, "published", "2024-03-05", author="lina")
    assert filled.get_document("sample-b")["doc"]["published"] == "2024-03-05"
    assert "sample-b" in {r["id"] for r in filled.list_documents(until="2024-03-05")[0]}


@pytest.mark.parametrize(
    ("kind", "doc_id", "index", "field", "match"),
    [
        ("entity", "missing", 0, "type", "no document"),
        ("entity", "sample-a", 99, "type", "does not exist"),
        ("sentence", "sample-a", 0, "text", "unknown correction target"),
        ("document", "sample-a", 0, "text", "may change"),
        ("event", "sample-a", 0, "", "needs a field"),
    ],
)
def test_invalid_corrections_are_refused(filled, kind, doc_id, index, field, match):
    with pytest.raises(StoreError, match=match):
        filled.add_correction(kind, doc_id, index, field, "x", author="x")
