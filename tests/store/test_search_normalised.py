"""Full-text search ignores diacritics, alef forms, ta marbuta and clitics."""

from __future__ import annotations

import pytest

from marsad.store.textindex import index_terms


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("وبحلب", "حلب"),
        ("بحلب", "حلب"),
        ("المدينة", "مدينه"),
        ("للأمم المتحدة", "امم متحده"),
        ("إدلب", "ادلب"),
        ("قُتِلوا", "قتلوا"),
        ("مستشفى", "مستشفي"),
        ("عام ٢٠٢٤", "عام 2024"),
        ("ولد", "ولد"),  # too short to strip the و
    ],
)
def test_index_terms(text, terms):
    assert index_terms(text) == terms


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("كفرنبل", {"sample-a", "sample-b", "sample-c"}),
        ("بكفرنبل", {"sample-a", "sample-b", "sample-c"}),  # a clitic on the query
        ("ادلب", {"sample-a", "sample-c"}),  # alef form differs from the text (إدلب)
        ("قتلوا", {"sample-a", "sample-c"}),  # the text has diacritics (قُتلوا)
        ("والتضخم", {"sample-d"}),
        ('"المرصد السوري"', {"sample-a", "sample-b", "sample-c"}),
        ('"السوري المرصد"', set()),  # a phrase keeps its order
        ("كفرنبل ناشطون", {"sample-b"}),  # words are ANDed
        ("طوكيو", set()),
        ("", set()),
    ],
)
def test_search(filled, query, expected):
    rows, total = filled.search(query)
    assert {r["id"] for r in rows} == expected
    assert total == len(expected)


def test_search_snippet_points_at_the_match(filled):
    rows, _ = filled.search("التضخم")
    assert "التضخم" in rows[0]["snippet"]
    assert rows[0]["rank"] <= 0
