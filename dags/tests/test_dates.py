"""Business dates and the periods a day closes, with hand-written expectations."""

from __future__ import annotations

import datetime

import pendulum
import pytest

from thanthien.dates import business_date, closed_periods, parse_date


@pytest.mark.parametrize(
    ("day", "periods"),
    [
        ("2024-12-31", ["2024-Q4", "2024-H2", "2024"]),
        ("2024-06-30", ["2024-Q2", "2024-H1"]),
        ("2024-03-31", ["2024-Q1"]),
        ("2024-09-30", ["2024-Q3"]),
        ("2024-12-30", []),
        ("2024-07-01", []),
        ("2024-02-29", []),
        ("2025-01-01", []),
    ],
)
def test_the_periods_a_day_closes(day, periods):
    assert closed_periods(datetime.date.fromisoformat(day)) == periods


def test_the_run_just_after_midnight_local_is_still_the_day_before():
    # 1 January 00:30 in Hà Nội is 31 December 17:30 UTC
    logical = pendulum.datetime(2025, 1, 1, 0, 30, tz="Asia/Ho_Chi_Minh")
    assert business_date(None, logical) == datetime.date(2024, 12, 31)


def test_a_utc_logical_date_is_read_in_ho_chi_minh():
    # 2024-12-31T18:00Z = 2025-01-01 01:00 local: the run of 31 December
    assert business_date(None, datetime.datetime(2024, 12, 31, 18, 0, tzinfo=datetime.timezone.utc)) == datetime.date(2024, 12, 31)
    # 2024-12-31T16:59Z = 23:59 local on the 31st: the run of 30 December
    assert business_date(None, datetime.datetime(2024, 12, 31, 16, 59, tzinfo=datetime.timezone.utc)) == datetime.date(2024, 12, 30)


@pytest.mark.parametrize("bad", ["2024-13-01", "31/12/2024", "20241231", "2024-W01-1", "", 20241231, None])
def test_only_iso_dates_are_dates(bad):
    with pytest.raises(ValueError):
        parse_date(bad)
