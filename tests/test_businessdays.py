import datetime as dt

from correspondence.businessdays import (
    add_business_days,
    business_days_between,
    federal_holidays,
    is_business_day,
)


def test_observed_holidays_2026():
    days = federal_holidays(2026)
    assert dt.date(2026, 7, 3) in days  # July 4 is a Saturday
    assert dt.date(2026, 11, 26) in days  # Thanksgiving
    assert dt.date(2026, 1, 19) in days  # MLK day
    assert dt.date(2026, 6, 19) in days
    assert len(days) == 11


def test_juneteenth_only_from_2021():
    assert dt.date(2020, 6, 19) not in federal_holidays(2020)


def test_add_business_days_skips_weekend_and_holiday():
    # Friday Nov 20 2026 + 5 business days skips the weekend and Thanksgiving.
    assert add_business_days(dt.date(2026, 11, 20), 5) == dt.date(2026, 11, 30)
    assert add_business_days(dt.date(2026, 3, 2), 10) == dt.date(2026, 3, 16)


def test_between_and_back():
    start = dt.date(2026, 2, 10)
    end = add_business_days(start, 20)
    assert business_days_between(start, end) == 20
    assert not is_business_day(dt.date(2026, 2, 16))  # Washington's Birthday
