"""Against the real Airflow that bin/test.d/40-airflow starts: the nightly DAG on a generated
landing set, driven through the real `bin/thanthien airflow …` command line, its exit codes and
output, and what Airflow recorded (checked through the REST API and the log files on disk).

The tests run in order and build on each other (one Airflow, one landing set, runs that take
minutes): a paused DAG, a wait that times out, the same run id again, the night's success and its
warehouse and asset event, a night that fails its quality gate (with the operator's e-mail), a
backfill that does not redo a succeeded day, and last the search for the personal-data key.
"""

from __future__ import annotations

import os
import pathlib
import subprocess
import time
from email import message_from_bytes, policy

import duckdb
import httpx
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
THANTHIEN = str(ROOT / "bin" / "thanthien")
NIGHTLY = "thanthien_nightly"
RUN_ID = "nightly-2024-12-31"
GATE_RUN_ID = "gate-2024-03-05"
FEEDBACK_HEADER = (
    "Mã phản ánh,Thời gian tiếp nhận,Kênh tiếp nhận,Loại,Lĩnh vực,Đơn vị xử lý,Họ tên người gửi,Số điện thoại,"
    "Số CCCD,Địa chỉ,Nội dung,Hạn xử lý,Thời gian hoàn thành,Trạng thái,Mức độ hài lòng\n"
)
# DESIGN §6: the dims, facts and marts of the published warehouse
MARTS = {
    "dim_unit", "dim_criterion", "dim_period", "fct_criterion_score", "fct_inspection_finding", "fct_feedback",
    "mart_unit_scorecard", "mart_ranking", "mart_trend", "mart_feedback_monthly", "mart_inspection_followup",
    "mart_emulation_annual", "mart_watchlist", "ingest_runs", "quarantine_summary",
}


def environment(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.fail(f"{name} is not set: these tests run against the Airflow that bin/test.d/40-airflow starts")
    return value


def cli(*args: str) -> subprocess.CompletedProcess:
    """`bin/thanthien airflow …` with the stage's URL, user and password (from the environment)."""
    return subprocess.run([THANTHIEN, "airflow", *args], capture_output=True, text=True, timeout=3600)


def expect(result: subprocess.CompletedProcess, code: int) -> str:
    output = result.stdout + result.stderr
    assert result.returncode == code, output
    assert environment("THANTHIEN_AIRFLOW_PASSWORD") not in output
    return output


@pytest.fixture(scope="module")
def api():
    url = environment("THANTHIEN_AIRFLOW_URL")
    token = httpx.post(
        f"{url}/auth/token",
        json={"username": environment("THANTHIEN_AIRFLOW_USER"), "password": environment("THANTHIEN_AIRFLOW_PASSWORD")},
    ).json()["access_token"]
    with httpx.Client(base_url=f"{url}/api/v2", headers={"Authorization": f"Bearer {token}"}, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def landing():
    """The sample landing set of 2021–2025 (about 61,000 rows), where the DAG's Variable points."""
    out = environment("AIRFLOW_VAR_THANTHIEN_LANDING")
    subprocess.run([THANTHIEN, "generate", "--out", out], check=True, capture_output=True, timeout=600)
    return out


@pytest.fixture(scope="module")
def mailbox():
    """A real SMTP server on the port the stage gave Airflow's smtp_default connection."""
    from aiosmtpd.controller import Controller

    class Inbox:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content, policy=policy.default)))
            return "250 OK"

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=int(environment("THANTHIEN_TEST_SMTP_PORT")))
    controller.start()
    yield inbox
    controller.stop()


def runs(api, dag_id=NIGHTLY) -> list[dict]:
    return api.get(f"/dags/{dag_id}/dagRuns", params={"limit": 100}).json()["dag_runs"]


def tasks(api, run_id: str) -> dict[str, dict]:
    answer = api.get(f"/dags/{NIGHTLY}/dagRuns/{run_id}/taskInstances").json()
    return {task["task_id"]: task for task in answer["task_instances"]}


def task_log(api, run_id: str, task: dict) -> str:
    answer = api.get(
        f"/dags/{NIGHTLY}/dagRuns/{run_id}/taskInstances/{task['task_id']}/logs/{task['try_number']}",
        params={"full_content": "true"},
        headers={"Accept": "application/json"},
    )
    assert answer.status_code == 200, answer.text
    return "\n".join(str(entry) for entry in answer.json()["content"])


def test_01_the_dags_load_and_errors_reports_none(api):
    deadline = time.monotonic() + 180
    while {dag["dag_id"] for dag in api.get("/dags").json()["dags"]} != {NIGHTLY, "thanthien_report"}:
        assert time.monotonic() < deadline, "the DAG processor did not register both DAGs"
        time.sleep(2)
    output = expect(cli("errors"), 0)
    assert "không có tệp DAG nào lỗi khi nạp" in output


def test_02_a_paused_dag_and_an_unknown_one_are_bad_usage(api, landing):
    output = expect(cli("trigger", "--dag", NIGHTLY, "--date", "2024-12-31", "--run-id", RUN_ID), 2)
    assert "DAG đang tạm dừng" in output
    assert runs(api) == []
    output = expect(cli("status", "--dag", "no_such_dag", "--run-id", "x"), 2)
    assert "Airflow không có DAG này" in output and "no_such_dag" in output


def test_03_a_wrong_password_is_bad_usage_and_never_printed():
    result = subprocess.run(
        [THANTHIEN, "airflow", "errors", "--password", "wrong-password-of-the-test"], capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Airflow từ chối người dùng hoặc mật khẩu" in result.stderr
    assert "wrong-password-of-the-test" not in result.stdout + result.stderr


def test_04_a_wait_past_its_deadline_exits_one(api, landing):
    output = expect(
        cli("trigger", "--dag", NIGHTLY, "--date", "2024-12-31", "--run-id", RUN_ID, "--unpause", "--wait", "--timeout", "5"),
        1,
    )
    assert f"đã tạo lượt chạy {RUN_ID} của {NIGHTLY}" in output
    assert "Hết thời gian chờ" in output


def test_05_the_same_run_id_again_creates_no_second_run(api):
    output = expect(cli("trigger", "--dag", NIGHTLY, "--date", "2024-12-31", "--run-id", RUN_ID), 0)
    assert f"lượt chạy đã có, không tạo lượt thứ hai: {RUN_ID}" in output
    # another id for the same business date: Airflow keeps one run per logical date, ours
    output = expect(cli("trigger", "--dag", NIGHTLY, "--date", "2024-12-31", "--run-id", "another-id"), 0)
    assert f"lượt chạy đã có, không tạo lượt thứ hai: {RUN_ID}" in output
    assert [run["dag_run_id"] for run in runs(api)] == [RUN_ID]
    assert runs(api)[0]["logical_date"] == "2024-12-31T18:00:00Z"
    assert runs(api)[0]["conf"] == {"date": "2024-12-31"}


def test_06_the_night_succeeds_task_by_task(api):
    output = expect(cli("wait", "--dag", NIGHTLY, "--run-id", RUN_ID), 0)
    assert f"lượt chạy {RUN_ID} của {NIGHTLY} (ngày nghiệp vụ 2024-12-31): thành công (success)" in output
    for task in ("plan", "stale_sources", "ingest", "build"):
        assert f"  {task}: thành công (success)" in output
    states = {task_id: task["state"] for task_id, task in tasks(api, RUN_ID).items()}
    assert states == {"plan": "success", "stale_sources": "success", "ingest": "success", "build": "success"}
    ingest = task_log(api, RUN_ID, tasks(api, RUN_ID)["ingest"])
    # spark-submit of the cluster jar, on the default master (no thanthien_spark connection here)
    assert "spark-submit --master local[*]" in ingest and "thanthien-cluster.jar ingest" in ingest
    assert "--through 2024-12-31" in ingest


def test_07_the_warehouse_it_published_has_the_marts():
    with duckdb.connect(environment("AIRFLOW_VAR_THANTHIEN_WAREHOUSE"), read_only=True) as warehouse:
        tables = {row[0] for row in warehouse.execute(
            "select table_name from information_schema.tables where table_schema = 'main'").fetchall()}
        assert MARTS <= tables, MARTS - tables
        ranked = warehouse.execute("select count(*) from mart_ranking where period = '2024' and rank is not null").fetchone()[0]
        assert ranked > 0
        # the ingest took the landing days up to 31 December 2024 only: none of 2025
        latest = warehouse.execute("select max(cast(received_at as date)) from fct_feedback").fetchone()[0]
        assert latest.isoformat() <= "2024-12-31"
        assert warehouse.execute("select count(*) from mart_ranking where period like '2025%' and rank is not null").fetchone()[0] == 0


def test_08_the_asset_event_carries_the_periods_that_closed(api):
    events = api.get("/assets/events", params={"source_dag_id": NIGHTLY, "source_run_id": RUN_ID}).json()["asset_events"]
    assert len(events) == 1
    assert events[0]["extra"] == {
        "business_date": "2024-12-31",
        "closed_periods": ["2024-Q4", "2024-H2", "2024"],
        "warehouse": environment("AIRFLOW_VAR_THANTHIEN_WAREHOUSE"),
        "reports": environment("AIRFLOW_VAR_THANTHIEN_REPORTS"),
    }


def test_09_a_night_that_fails_its_quality_gate_exits_three_naming_the_task(api, mailbox):
    gate = pathlib.Path(environment("THANTHIEN_TEST_WORK")) / "gate"
    day = gate / "landing" / "feedback" / "2024-03-05"
    day.mkdir(parents=True)
    # three rows with impossible dates: all quarantined, above the shipped 5 % gate
    (day / "export.csv").write_text(
        FEEDBACK_HEADER
        + "PA-1,31/02/2024 10:00,Zalo,Góp ý,Hộ tịch,Phòng Nội vụ,,,,,Góp ý,,,Đã tiếp nhận,\n"
        + "PA-2,32/01/2024 10:00,Zalo,Góp ý,Hộ tịch,Phòng Nội vụ,,,,,Góp ý,,,Đã tiếp nhận,\n"
        + "PA-3,00/01/2024 10:00,Zalo,Góp ý,Hộ tịch,Phòng Nội vụ,,,,,Góp ý,,,Đã tiếp nhận,\n",
        encoding="utf-8",
    )
    conf = f'{{"landing": "{gate}/landing", "lake": "{gate}/lake", "warehouse": "{gate}/warehouse/thanthien.duckdb"}}'
    result = cli("trigger", "--dag", NIGHTLY, "--date", "2024-03-05", "--run-id", GATE_RUN_ID, "--conf", conf, "--wait")
    output = expect(result, 3)
    assert "  ingest: thất bại (failed)" in result.stdout
    assert "  build: không chạy: tác vụ trước thất bại (upstream_failed)" in result.stdout
    assert f"Lượt chạy {GATE_RUN_ID} của {NIGHTLY} thất bại (failed): tác vụ lỗi ingest" in result.stderr
    assert "ingest: không đạt kiểm tra chất lượng dữ liệu — Không đạt kiểm tra chất lượng dữ liệu: feedback: 3/3 dòng bị cách ly" in output

    ingest = tasks(api, GATE_RUN_ID)["ingest"]
    assert (ingest["state"], ingest["try_number"]) == ("failed", 1), "a failed gate is not retried"
    log = task_log(api, GATE_RUN_ID, ingest)
    assert "không đạt kiểm tra chất lượng dữ liệu (mã thoát 3), không thử lại" in log
    assert "Báo lỗi cho người vận hành" in log
    stale = task_log(api, GATE_RUN_ID, tasks(api, GATE_RUN_ID)["stale_sources"])
    assert "Nguồn submissions: chưa nhận dữ liệu nào đến ngày 2024-03-05" in stale
    assert "Nguồn inspections: chưa nhận dữ liệu nào đến ngày 2024-03-05" in stale

    # the operator's e-mail, sent by the failure callback through smtp_default
    deadline = time.monotonic() + 30
    while not mailbox.messages and time.monotonic() < deadline:
        time.sleep(1)
    assert len(mailbox.messages) == 1
    recipients, message = mailbox.messages[0]
    assert recipients == [environment("AIRFLOW_VAR_THANTHIEN_ALERT_EMAIL")]
    body = message.get_body(preferencelist=("html",)).get_content()
    assert f"Lượt chạy {GATE_RUN_ID} của {NIGHTLY} (ngày nghiệp vụ 2024-03-05) thất bại ở tác vụ ingest" in body
    assert "feedback: 3/3 dòng bị cách ly" in body


def test_10_a_backfill_runs_the_missing_day_and_leaves_the_succeeded_one(api):
    before = api.get(f"/dags/{NIGHTLY}/dagRuns/{RUN_ID}").json()
    output = expect(cli("backfill", "--dag", NIGHTLY, "--from", "2024-12-31", "--to", "2025-01-01", "--wait"), 0)
    assert "2024-12-31: " + RUN_ID + " (manual): thành công (success)" in output
    assert "2025-01-01: backfill__" in output

    after = api.get(f"/dags/{NIGHTLY}/dagRuns/{RUN_ID}").json()
    assert (after["end_date"], after["run_type"]) == (before["end_date"], "manual"), "the succeeded day was not redone"
    backfilled = [run for run in runs(api) if run["run_type"] == "backfill"]
    assert [run["logical_date"] for run in backfilled] == ["2025-01-01T18:00:00Z"]
    assert backfilled[0]["state"] == "success"
    # a backfill run has no conf date: its business date comes from its logical date
    plan = api.get(f"/dags/{NIGHTLY}/dagRuns/{backfilled[0]['dag_run_id']}/taskInstances/plan/xcomEntries/date").json()
    assert plan["value"] == "2025-01-01"


def test_11_status_and_errors_at_the_end(api):
    output = expect(cli("status", "--dag", NIGHTLY, "--run-id", RUN_ID), 0)
    assert "thành công (success)" in output
    expect(cli("status", "--dag", NIGHTLY, "--run-id", GATE_RUN_ID), 3)
    assert "không có tệp DAG nào lỗi khi nạp" in expect(cli("errors"), 0)


def test_12_the_key_is_in_no_log_rendered_field_xcom_or_conf(api):
    key = environment("THANTHIEN_PII_KEY")
    searched = []
    for run in runs(api):
        assert key not in str(run["conf"])
        for task in tasks(api, run["dag_run_id"]).values():
            assert key not in str(task.get("rendered_fields")), (run["dag_run_id"], task["task_id"])
            if task["try_number"]:
                log = task_log(api, run["dag_run_id"], task)
                assert key not in log, (run["dag_run_id"], task["task_id"])
                searched.append(log)
            xcoms = api.get(f"/dags/{NIGHTLY}/dagRuns/{run['dag_run_id']}/taskInstances/{task['task_id']}/xcomEntries").json()
            assert key not in str(xcoms)
    # the search looked at real logs: the ingest's own summary is in one of them
    assert any("Nạp dữ liệu xong" in log for log in searched)
    on_disk = list((pathlib.Path(environment("AIRFLOW_HOME")) / "logs").rglob("*"))
    assert any(path.name.endswith(".log") for path in on_disk)
    for path in on_disk:
        if path.is_file():
            assert key.encode() not in path.read_bytes(), path
