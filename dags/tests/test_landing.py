"""Stale sources: a warning per silent source, the threshold from the profile."""

from __future__ import annotations

import datetime

from thanthien.landing import stale_source_days, stale_sources

DAY = datetime.date(2024, 12, 31)


def landing_with(tmp_path, days):
    for source, day in days:
        (tmp_path / "landing" / source / day).mkdir(parents=True)
    return str(tmp_path / "landing")


def test_a_source_silent_for_the_threshold_is_stale_one_day_less_is_not(tmp_path):
    landing = landing_with(tmp_path, [("submissions", "2024-12-24"), ("inspections", "2024-12-25"), ("feedback", "2024-12-31")])
    assert stale_sources(landing, DAY, 7) == [
        "Nguồn submissions: 7 ngày không có dữ liệu mới (lần gần nhất 2024-12-24, ngưỡng stale_source_days = 7)",
    ]


def test_a_source_that_never_delivered_is_stale_and_later_days_do_not_count(tmp_path):
    # feedback's only day is after the business date: not delivered yet as of that date
    landing = landing_with(tmp_path, [("submissions", "2024-12-30"), ("inspections", "2024-12-31"), ("feedback", "2025-01-02")])
    (tmp_path / "landing" / "feedback" / "notes").mkdir()
    assert stale_sources(landing, DAY, 7) == ["Nguồn feedback: chưa nhận dữ liệu nào đến ngày 2024-12-31"]


def test_the_threshold_is_read_from_the_profile_with_a_default(tmp_path):
    (tmp_path / "thresholds.csv").write_text(
        "# comment\nkey,value,description\nquarantine_rate_max,0.05,x\nstale_source_days,3,\"a, b\"\n", encoding="utf-8"
    )
    assert stale_source_days(str(tmp_path)) == 3
    assert stale_source_days(str(tmp_path / "no-such-profile")) == 7
    (tmp_path / "thresholds.csv").write_text("key,value,description\nquarantine_rate_max,0.05,x\n", encoding="utf-8")
    assert stale_source_days(str(tmp_path)) == 7


def test_the_shipped_profile_says_seven_days():
    import pathlib

    shipped = pathlib.Path(__file__).resolve().parents[2] / "reference" / "phu-ly"
    assert stale_source_days(str(shipped)) == 7
