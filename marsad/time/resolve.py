"""Calendar arithmetic for the date grammar: weekdays, months without a year, "ago" offsets, Hijri dates.

All functions are pure; ``pub`` is the publication date. The rules (documented in docs/time.md):

- a weekday is the most recent such day on or before ``pub``; in a future clause the nearest on or after it;
  with الماضي strictly before, with المقبل / القادم strictly after;
- a month (or day and month) without a year falls in the twelve months from ten before to one after the
  publication month (news looks back); in a future clause it is the first on or after ``pub``; with الماضي the
  latest before the publication month, with المقبل the first after it, with الجاري / الحالي the publication year.
"""

from __future__ import annotations

import datetime as dt

Date = dt.date


def weekday(pub: Date, wd: int, mode: str) -> Date:
    """The date of weekday ``wd`` (Monday = 0) relative to ``pub``.

    ``mode``: ``past`` (on or before), ``past_strict``, ``future`` (on or after), ``future_strict``.
    """
    back = (pub.weekday() - wd) % 7
    fwd = (wd - pub.weekday()) % 7
    if mode == "past":
        return pub - dt.timedelta(days=back)
    if mode == "past_strict":
        return pub - dt.timedelta(days=back or 7)
    if mode == "future":
        return pub + dt.timedelta(days=fwd)
    if mode == "future_strict":
        return pub + dt.timedelta(days=fwd or 7)
    raise ValueError(f"unknown weekday mode {mode!r}")


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def month_year(pub: Date, month: int, day: int | None, rel: int | None, future: bool) -> int:
    """The year of ``month`` (and ``day``) written without a year, relative to ``pub``."""
    py, pm = pub.year, pub.month
    if rel == 0:
        return py
    if rel == -1:
        return py if month < pm else py - 1
    if rel == 1:
        return py if month > pm else py + 1
    if future:
        target = (month, day or 31)
        return py if target >= (pm, pub.day if day else 1) else py + 1
    # news looks back: the month is taken within the twelve months from ten before to one after publication
    for y in (py - 1, py, py + 1):
        if -10 <= (y * 12 + month) - (py * 12 + pm) <= 1:
            return y
    return py


def shift(pub: Date, unit: str, n: int) -> tuple[str, str] | None:
    """``pub`` moved by ``n`` units (negative: back); returns (ISO value, precision), or None when out of range."""
    try:
        if unit == "day":
            return (pub + dt.timedelta(days=n)).isoformat(), "day"
        if unit == "month":
            y, m = add_months(pub.year, pub.month, n)
            return f"{y:04d}-{m:02d}", "month"
        if unit == "year":
            return f"{pub.year + n:04d}", "year"
        if unit == "decade":
            return f"{pub.year + 10 * n:04d}", "year"
        if unit == "week":
            return (pub + dt.timedelta(days=7 * n)).isoformat(), "week"
    except (OverflowError, ValueError):
        return None
    return None


def valid_date(y: int, m: int, d: int) -> Date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def hijri_to_gregorian(y: int, m: int, d: int) -> Date | None:
    """A Hijri (Umm al-Qura) date as a Gregorian date; None outside hijridate's range or when invalid."""
    from hijridate import Hijri

    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


def gregorian_to_hijri_year(day: Date) -> int | None:
    from hijridate import Gregorian

    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None
