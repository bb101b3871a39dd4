"""Normalisation: one parametrised case per rule, the offset map, lookup keys."""

from __future__ import annotations

import pytest

from marsad.text.normalize import arabic_ratio, lookup_key, normalize, normalize_string


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        # diacritics and tatweel
        ("مُحَمَّـد", "محمد"),
        ("قَالَ", "قال"),
        ("رئيسٌ", "رئيس"),
        ("عليه ﷺ", "عليه صلي الله عليه وسلم"),
        ("سؐلام", "سلام"),  # honorific mark U+0610
        ("اللّٰه", "الله"),  # shadda and dagger alef
        ("حلـــب", "حلب"),
        # alef variants and alef maqsura
        ("أكد", "اكد"),
        ("إيران", "ايران"),
        ("آلاف", "الاف"),
        ("ٱلله", "الله"),
        ("مستشفى", "مستشفي"),
        ("إلى", "الي"),
        # Persian keyboard letters
        ("کرکوک", "كركوك"),
        ("سوریا", "سوريا"),
        # digits
        ("٢٠١٦", "2016"),
        ("۲۰۱۶", "2016"),
        ("٣٫٥", "3.5"),
        ("١٬٢٠٠", "1,200"),
        ("٥٠٪", "50%"),
        # spaces and invisible characters
        ("حلب\u00a0دمشق", "حلب دمشق"),
        ("حلب\u202fدمشق", "حلب دمشق"),
        ("ح\u200bلب", "حلب"),
        ("\u200fحلب\u200e", "حلب"),
        ("\u202bحلب\u202c", "حلب"),
        ("\ufeffحلب", "حلب"),
        ("\u2067حلب\u2069", "حلب"),
        # presentation forms
        ("ﻻ", "لا"),
        ("ﺃﻛﺪ", "اكد"),
        ("ﺣﻠﺐ", "حلب"),
        ("ﷲ", "الله"),
        ("ﹰ", ""),
        # punctuation
        ("قال، ثم", "قال, ثم"),
        ("لماذا؟", "لماذا?"),
        ("أولا؛ ثانيا", "اولا; ثانيا"),
        ("«نعم»", '"نعم"'),
        ("“نعم”", '"نعم"'),
        ("‘نعم’", "'نعم'"),
        ("ثم…", "ثم..."),
        ("2016–2017", "2016-2017"),
        ("﴿نص﴾", "(نص)"),
    ],
)
def test_rule(original: str, expected: str) -> None:
    assert normalize_string(original) == expected
    assert normalize(original).text == expected


def test_identity_map_when_nothing_is_deleted() -> None:
    n = normalize("أكد الرئيس")
    assert n.offsets is None and n.text == "اكد الرئيس" and n.to_original(0, 3) == (0, 3)


def test_offsets_map_back_through_deletions_and_expansions() -> None:
    text = "قَالَ… «حلـب»"
    n = normalize(text)
    assert n.text == 'قال... "حلب"'
    i = n.text.index("حلب")
    a, b = n.to_original(i, i + 3)
    assert text[a:b] == "حلـب"
    a, b = n.to_original(n.text.index("..."), n.text.index("...") + 3)
    assert text[a:b] == "…"
    a, b = n.to_original(0, 3)
    assert text[a:b] == "قَالَ"[:-1]  # the last fatha is after the last kept letter
    assert n.to_original(2, 2) == (n.original_index(2), n.original_index(2))


@pytest.mark.parametrize(
    ("a", "b"),
    [("مدينة", "مدينه"), ("  حلب   الشهباء ", "حلب الشهباء"), ("مُستشفى", "مستشفي"), ("الأمم", "الامم")],
)
def test_lookup_key_meets(a: str, b: str) -> None:
    assert lookup_key(a) == lookup_key(b)


def test_arabic_ratio() -> None:
    assert arabic_ratio("") == 0.0
    assert arabic_ratio("حلب") == 1.0
    assert arabic_ratio("حلب ab") == pytest.approx(0.6)


def test_derived_participles() -> None:
    from marsad.text.normalize import is_derived_participle, lookup_key

    assert all(is_derived_participle(lookup_key(w)) for w in ("المستقلة", "المتحدة", "المتطورة"))
    # verbal nouns, nouns of the same shape, plural people (an object after a subject) and indefinite words are not
    words = ("الاستقلال", "التوحد", "المنطقة", "المنظمة", "المتمردين", "متحدة")
    assert not any(is_derived_participle(lookup_key(w)) for w in words)
