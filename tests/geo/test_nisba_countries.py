"""Nationality adjectives to country codes."""

from __future__ import annotations

import pytest

from marsad.geo.nisba import nisba_country


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("السوري", "SY"),
        ("السورية", "SY"),
        ("العراقيون", "IQ"),
        ("والروسية", "RU"),
        ("الأميركي", "US"),
        ("الأمريكية", "US"),
        ("اليمنيين", "YE"),
        ("الألمانية", "DE"),
        ("الإماراتية", "AE"),
        ("اللبناني", "LB"),
    ],
)
def test_nisba_to_country(word: str, country: str) -> None:
    assert nisba_country(word) == country


@pytest.mark.parametrize("word", ["العربية", "الدولي", "المالية", "الكبير", "قال", "الشرقي"])
def test_not_a_nationality(word: str) -> None:
    assert nisba_country(word) is None
