"""Exit codes of the command line → the task's fate: no retry for 2 and 3, a retry for the rest."""

from __future__ import annotations

import pytest
from airflow.sdk.exceptions import AirflowException, AirflowFailException

from thanthien.commands import failure_reason, judge_exit
from thanthien_report import report_commands

GATE = "Không đạt kiểm tra chất lượng dữ liệu: feedback: 3/3 dòng bị cách ly (100.0%), vượt ngưỡng 5.0%"


class FakeTi:
    def __init__(self):
        self.pushed = {}

    def xcom_push(self, key, value):
        self.pushed[key] = value


def test_exit_zero_is_a_success_even_when_the_command_skipped_something():
    ti = FakeTi()
    judge_exit(0, ["Bỏ qua kỳ 2024-Q4: chưa đủ 15 ngày sau khi kết thúc kỳ"], "report", ti)
    assert ti.pushed == {}


def test_exit_three_fails_without_retry_and_records_why():
    ti = FakeTi()
    with pytest.raises(AirflowFailException, match="mã thoát 3") as failure:
        judge_exit(3, ["▸ Nạp dữ liệu xong", GATE, "shutdown hook"], "ingest", ti)
    assert GATE in str(failure.value)
    assert ti.pushed == {"quality_gate": GATE}


def test_exit_two_fails_without_retry():
    with pytest.raises(AirflowFailException, match="mã thoát 2"):
        judge_exit(2, ["Lỗi dữ liệu đầu vào: /data/landing: landing folder not found"], "ingest", FakeTi())


def test_any_other_exit_is_retried():
    with pytest.raises(AirflowException) as failure:
        judge_exit(1, ["Lỗi: java.lang.OutOfMemoryError"], "build", FakeTi())
    assert not isinstance(failure.value, AirflowFailException)
    assert "OutOfMemoryError" in str(failure.value)


def test_the_reason_is_the_command_lines_own_message_or_its_last_line():
    assert failure_reason(["a", GATE, "b"]) == GATE
    assert failure_reason(["a", "last words", ""]) == "last words"


def test_one_report_command_per_warehouse_with_its_latest_business_date():
    events = [
        {"business_date": "2024-12-30", "closed_periods": [], "warehouse": "/w/a.duckdb", "reports": "/r"},
        {"business_date": "2024-12-31", "closed_periods": ["2024-Q4", "2024-H2", "2024"], "warehouse": "/w/a.duckdb", "reports": "/r"},
        {"business_date": "2024-03-05", "closed_periods": [], "warehouse": "/w/b.duckdb", "reports": "/rb"},
    ]
    assert report_commands(events, "/srv/thanthien") == [
        ["/srv/thanthien/bin/thanthien", "report", "--warehouse", "/w/a.duckdb", "--out", "/r", "--due", "2024-12-31"],
        ["/srv/thanthien/bin/thanthien", "report", "--warehouse", "/w/b.duckdb", "--out", "/rb", "--due", "2024-03-05"],
    ]
    assert report_commands([], "/srv/thanthien") == []


def test_the_report_variables_add_the_scorecards_and_the_e_mail():
    events = [{"business_date": "2024-12-31", "closed_periods": ["2024"], "warehouse": "/w/a.duckdb", "reports": "/r"}]
    assert report_commands(events, "/srv/thanthien", ["--units", "--send"]) == [
        ["/srv/thanthien/bin/thanthien", "report", "--warehouse", "/w/a.duckdb", "--out", "/r", "--due", "2024-12-31",
         "--units", "--send"],
    ]
