"""Every construction of the date grammar on sentences written for the tests (tests/time/cases.py)."""

from __future__ import annotations

import pytest
from time_cases import ABSOLUTE, CLOCK, FUTURE, MONTH_NAMES, NOT_EMITTED, RANGES, RELATIVE, WEEKDAYS, YEARS

from marsad.time.tagger import find_times

GROUPS = {
    "weekday": WEEKDAYS,
    "relative": RELATIVE,
    "not_emitted": NOT_EMITTED,
    "absolute": ABSOLUTE,
    "month_names": MONTH_NAMES,
    "year": YEARS,
    "range": RANGES,
    "future": FUTURE,
    "clock": CLOCK,
}
PARAMS = [
    pytest.param(text, pub, expected, id=f"{group}-{i}")
    for group, cases in GROUPS.items()
    for i, (text, pub, expected) in enumerate(cases)
]


@pytest.mark.parametrize(("text", "published", "expected"), PARAMS)
def test_grammar_finds_and_resolves(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    found, _ = find_times(text, published)
    assert [(t.text, t.value) for t in found] == expected
    for t in found:
        assert text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("قتل مدنيون مساء الجمعة.", "evening"),
        ("اندلعت الاشتباكات صباح الاثنين.", "morning"),
        ("هاجم مسلحون الحاجز ليل الأربعاء.", "night"),
        ("شهدت المدينة ليلة الخميس انفجارات.", "night"),
        ("داهمت القوات المنزل فجر السبت.", "dawn"),
        ("عقد الاجتماع ظهر الأحد.", "noon"),
        ("وصل الوفد بعد ظهر الخميس.", "afternoon"),
        ("سقطت القذائف عصر الإثنين.", "afternoon"),
        ("انفجرت سيارة صباح اليوم.", "morning"),
        ("قال الناطق الأحد صباحا إن الطريق فتح.", "morning"),
        ("وقال الوزير الثلاثاء إن المحادثات مستمرة.", None),
    ],
)
def test_grammar_part_of_day(text: str, part: str | None) -> None:
    (t,), _ = find_times(text, "2016-12-06")
    assert t.part_of_day == part
    assert t.precision == "day"


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("منذ عام 2012", "year"),
        ("في يوليو تموز الماضي", "month"),
        ("الشهر الماضي", "month"),
        ("قبل نحو سبع سنوات", "year"),
        ("في 6 ديسمبر 2016", "day"),
    ],
)
def test_grammar_precision_matches_value(text: str, precision: str) -> None:
    (t,), _ = find_times(text, "2016-12-06")
    assert t.precision == precision
    assert len(t.value) == {"year": 4, "month": 7, "day": 10}[precision]


def test_alternatives_name_each_other() -> None:
    found, _ = find_times("ستبدأ المحادثات مساء الثلاثاء أو صباح الأربعاء.", "2016-12-06")
    assert [t.alternatives for t in found] == [["2016-12-07"], ["2016-12-06"]]


def test_weeks_and_vague_spans_are_kept_internally_only() -> None:
    found, internal = find_times("التقى الوزيران الأسبوع الماضي، وقبل أيام أعلنا اتفاقا.", "2016-12-06")
    assert found == []
    assert [(i["text"], i["reason"]) for i in internal] == [("الأسبوع الماضي", "week"), ("قبل أيام", "vague")]
    assert internal[0]["value"] == "2016-11-29"
