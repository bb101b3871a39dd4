"""Property: a weekday word in a news sentence is a day of the seven days up to publication (future: from it)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.time import resolve
from marsad.time.lexicon import lexicon
from marsad.time.tagger import find_times

# Each weekday in the spellings a reporter uses (with and without hamza), and Python's weekday number.
WEEKDAY_WORDS = [
    ("الأحد", 6),
    ("الاثنين", 0),
    ("الإثنين", 0),
    ("الثلاثاء", 1),
    ("الأربعاء", 2),
    ("الخميس", 3),
    ("الجمعة", 4),
    ("السبت", 5),
]
DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))


def test_every_weekday_name_is_in_the_lexicon() -> None:
    assert sorted(set(lexicon().weekdays.values())) == list(range(7))


@settings(max_examples=60, deadline=None)
@given(pub=DATES)
@pytest.mark.parametrize(("word", "wd"), WEEKDAY_WORDS)
def test_weekday_is_in_the_past_seven_days(word: str, wd: int, pub: dt.date) -> None:
    text = f"وقال مسؤول عسكري {word} إن القوات تقدمت في المدينة."
    (t,), _ = find_times(text, pub.isoformat())
    day = dt.date.fromisoformat(t.value)
    assert 0 <= (pub - day).days <= 6
    assert day.weekday() == wd
    assert t.text == word


@settings(max_examples=60, deadline=None)
@given(pub=DATES)
@pytest.mark.parametrize(("word", "wd"), WEEKDAY_WORDS)
def test_weekday_in_future_clause_is_in_the_next_seven_days(word: str, wd: int, pub: dt.date) -> None:
    text = f"وستبدأ المحادثات {word} في جنيف."
    (t,), _ = find_times(text, pub.isoformat())
    day = dt.date.fromisoformat(t.value)
    assert 0 <= (day - pub).days <= 6
    assert day.weekday() == wd


@settings(max_examples=200, deadline=None)
@given(pub=DATES, wd=st.integers(0, 6))
def test_marked_weekdays_are_strictly_before_or_after(pub: dt.date, wd: int) -> None:
    before = resolve.weekday(pub, wd, "past_strict")
    after = resolve.weekday(pub, wd, "future_strict")
    assert 1 <= (pub - before).days <= 7 and 1 <= (after - pub).days <= 7
    assert before.weekday() == after.weekday() == wd


@settings(max_examples=200, deadline=None)
@given(pub=DATES, month=st.integers(1, 12))
def test_month_without_year_is_near_publication(pub: dt.date, month: int) -> None:
    year = resolve.month_year(pub, month, None, None, False)
    delta = (year * 12 + month) - (pub.year * 12 + pub.month)
    assert -10 <= delta <= 1
