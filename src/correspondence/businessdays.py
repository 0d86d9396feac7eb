"""Business-day arithmetic on the US federal calendar.

Statutes count response periods in business (working) days or calendar days; business
days skip weekends and the federal holidays of 5 U.S.C. 6103, moved to the Friday before
or the Monday after when they fall on a weekend (as OPM observes them). States add their
own holidays; the federal set is the common floor and what FOIA uses.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """n-th (1-based) weekday of a month; n=-1 for the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: dt.date) -> dt.date:
    if day.weekday() == 5:
        return day - dt.timedelta(days=1)
    if day.weekday() == 6:
        return day + dt.timedelta(days=1)
    return day


@lru_cache(maxsize=256)
def federal_holidays(year: int) -> frozenset[dt.date]:
    """Observed US federal holidays of ``year`` (Juneteenth from 2021)."""
    mon, thu = 0, 3
    days = {
        _observed(dt.date(year, 1, 1)),
        _nth_weekday(year, 1, mon, 3),  # Birthday of Martin Luther King, Jr.
        _nth_weekday(year, 2, mon, 3),  # Washington's Birthday
        _nth_weekday(year, 5, mon, -1),  # Memorial Day
        _observed(dt.date(year, 7, 4)),
        _nth_weekday(year, 9, mon, 1),  # Labor Day
        _nth_weekday(year, 10, mon, 2),  # Columbus Day
        _observed(dt.date(year, 11, 11)),
        _nth_weekday(year, 11, thu, 4),  # Thanksgiving
        _observed(dt.date(year, 12, 25)),
    }
    if year >= 2021:
        days.add(_observed(dt.date(year, 6, 19)))
    # New Year's Day of next year observed on Dec 31 of this one.
    if dt.date(year + 1, 1, 1).weekday() == 5:
        days.add(dt.date(year, 12, 31))
    return frozenset(days)


def is_business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def add_business_days(start: dt.date, n: int) -> dt.date:
    """The n-th business day after ``start`` (``start`` itself is day 0, as statutes count)."""
    day = start
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    while remaining:
        day += dt.timedelta(days=step)
        if is_business_day(day):
            remaining -= 1
    return day


def add_days(start: dt.date, n: int, business: bool) -> dt.date:
    """n business or calendar days after ``start``."""
    return add_business_days(start, n) if business else start + dt.timedelta(days=n)


def business_days_between(start: dt.date, end: dt.date) -> int:
    """Business days after ``start`` up to and including ``end`` (negative if end < start)."""
    if end < start:
        return -business_days_between(end, start)
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        count += is_business_day(day)
    return count
