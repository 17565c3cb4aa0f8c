"""Every DAG file loads with no import error, with the tasks, schedule, timezone and retries we mean."""

from __future__ import annotations

import datetime
import importlib.util
import pathlib
import warnings

import pendulum
from airflow.timetables.base import DataInterval, TimeRestriction

from thanthien.dates import business_date

HO_CHI_MINH = "Asia/Ho_Chi_Minh"


def test_no_import_errors_and_exactly_our_dags(dagbag):
    assert dagbag.import_errors == {}
    assert sorted(dagbag.dag_ids) == ["thanthien_nightly", "thanthien_report"]


def test_no_deprecated_airflow_api_in_our_files():
    folder = pathlib.Path(__file__).parent.parent
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for path in sorted([*folder.glob("*.py"), *folder.glob("thanthien/*.py")]):
            spec = importlib.util.spec_from_file_location(f"deprecation_check_{path.stem}", path)
            spec.loader.exec_module(importlib.util.module_from_spec(spec))
    ours = [
        f"{w.filename}:{w.lineno}: {w.message}"
        for w in caught
        # Airflow's DeprecatedImportWarning is a FutureWarning
        if issubclass(w.category, (DeprecationWarning, PendingDeprecationWarning, FutureWarning)) and pathlib.Path(w.filename).resolve().is_relative_to(folder)
    ]
    assert ours == []


def test_nightly_tasks_and_their_order(scheduled):
    dag = scheduled["thanthien_nightly"]
    assert sorted(dag.task_ids) == ["build", "ingest", "plan", "stale_sources"]
    assert dag.get_task("plan").downstream_task_ids == {"stale_sources", "ingest", "build"}
    assert dag.get_task("ingest").downstream_task_ids == {"build"}
    assert dag.get_task("stale_sources").downstream_task_ids == set()
    assert dag.get_task("ingest").task_type == "ThanthienSparkSubmit"
    assert dag.get_task("build").task_type == "ThanthienCommand"
    assert [outlet.name for outlet in dag.get_task("build").outlets] == ["thanthien_warehouse"]
    assert dag.max_active_runs == 1
    assert dag.catchup is False


def test_nightly_runs_at_one_in_the_morning_in_ho_chi_minh(scheduled):
    dag = scheduled["thanthien_nightly"]
    assert type(dag.timetable).__name__ == "CronTriggerTimetable"
    assert dag.timetable.summary == "0 1 * * *"
    assert str(dag.timetable._timezone) == HO_CHI_MINH
    assert str(dag.timezone) == HO_CHI_MINH


def test_retries_with_back_off_except_where_retrying_cannot_help(scheduled):
    dag = scheduled["thanthien_nightly"]
    for task_id in ("ingest", "build"):
        task = dag.get_task(task_id)
        assert task.retries == 3
        assert task.retry_exponential_backoff == 2.0
        assert task.retry_delay == datetime.timedelta(minutes=2)
        assert task.max_retry_delay == datetime.timedelta(minutes=30)
    # a bad setting, a warning: the same input gives the same answer
    assert dag.get_task("plan").retries == 0
    assert dag.get_task("stale_sources").retries == 0


def test_every_task_notifies_the_operator_when_it_fails(dagbag):
    from thanthien.alerts import notify_failure

    for dag in dagbag.dags.values():
        for task in dag.tasks:
            assert task.on_failure_callback == [notify_failure], (dag.dag_id, task.task_id)


def test_the_scheduled_run_of_2_december_0100_processes_1_december(scheduled):
    dag = scheduled["thanthien_nightly"]
    # the run after the one of 1 December 01:00, as the scheduler computes it
    previous = pendulum.datetime(2024, 12, 1, 1, 0, tz=HO_CHI_MINH)
    info = dag.timetable.next_dagrun_info(
        last_automated_data_interval=DataInterval(previous, previous),
        restriction=TimeRestriction(earliest=None, latest=None, catchup=True),
    )
    assert info.logical_date == pendulum.datetime(2024, 12, 2, 1, 0, tz=HO_CHI_MINH)
    # Airflow's ds is the UTC date of the logical date: 1 December 18:00 UTC
    assert info.logical_date.in_timezone("UTC").isoformat() == "2024-12-01T18:00:00+00:00"
    assert info.logical_date.in_timezone("UTC").strftime("%Y-%m-%d") == "2024-12-01"
    assert business_date(None, info.logical_date) == datetime.date(2024, 12, 1)
    # ds minus one day, a common slip, would be 30 November
    assert business_date(None, info.logical_date) != datetime.date(2024, 11, 30)


def test_a_run_at_ten_in_the_morning_processes_yesterday_whatever_ds_says():
    # 2 December 10:00 local is 03:00 UTC: ds says 2 December, the business date is 1 December
    logical = pendulum.datetime(2024, 12, 2, 10, 0, tz=HO_CHI_MINH)
    assert logical.in_timezone("UTC").strftime("%Y-%m-%d") == "2024-12-02"
    assert business_date(None, logical) == datetime.date(2024, 12, 1)
    # a manual run's conf.date wins
    assert business_date("2024-11-15", logical) == datetime.date(2024, 11, 15)


def test_report_runs_on_the_warehouse_asset_only(scheduled):
    dag = scheduled["thanthien_report"]
    assert sorted(dag.task_ids) == ["due", "report"]
    assert dag.get_task("due").downstream_task_ids == {"report"}
    assert type(dag.timetable).__name__ == "AssetTriggeredTimetable"
    assert [key.name for key, _ in dag.timetable.asset_condition.iter_assets()] == ["thanthien_warehouse"]
    assert str(dag.timezone) == HO_CHI_MINH
    assert dag.max_active_runs == 1


def test_report_retries_failures_but_nothing_due_is_no_failure(scheduled):
    dag = scheduled["thanthien_report"]
    # report --due exits 0 when it skips a period (commands.judge_exit: no exception, no retry);
    # a failure of the command is retried
    assert dag.get_task("report").retries == 2
    # with no event the mapped report task expands to nothing: skipped, not retried
    assert type(dag.get_task("report")).__name__ == "SerializedMappedOperator"
    assert dag.get_task("due").retries == 0


def test_no_dag_file_names_a_path_of_this_machine_or_the_key():
    for path in pathlib.Path(__file__).parent.parent.rglob("*.py"):
        if "tests" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        for forbidden in ("/work/", "/home/", "/root/", "/tmp/", "/opt/"):
            assert forbidden not in text, (path, forbidden)
