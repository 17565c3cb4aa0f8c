"""thanthien_nightly: every night at 01:00 Asia/Ho_Chi_Minh, ingest then build (docs/airflow.md).

plan → ingest (spark-submit of the cluster jar) → build (bin/thanthien build: audits, atomic
publish, the warehouse Asset); stale_sources warns beside them. The business date D is explicit
(thanthien/dates.py); ingest takes the pending landing days up to D, so every task is idempotent
for its date. Backfills are Airflow's own (`POST /api/v2/backfills`, one run at a time).
"""

from __future__ import annotations

import datetime
import logging

import pendulum
from airflow.sdk import CronTriggerTimetable, Variable, dag, get_current_context, task
from airflow.sdk.exceptions import AirflowFailException

from thanthien import alerts, dates, landing, settings
from thanthien.assets import WAREHOUSE
from thanthien.commands import ThanthienCommand, ThanthienSparkSubmit

log = logging.getLogger(__name__)

SPARK_CONNECTION = "thanthien_spark"

DEFAULT_ARGS = {
    "owner": "thanthien",
    "retries": 3,
    "retry_delay": datetime.timedelta(minutes=2),
    "retry_exponential_backoff": 2.0,
    "max_retry_delay": datetime.timedelta(minutes=30),
    "execution_timeout": datetime.timedelta(hours=6),
    "on_failure_callback": alerts.notify_failure,
}


@dag(
    dag_id="thanthien_nightly",
    description="Nạp dữ liệu hằng đêm và dựng kho dữ liệu đã kiểm tra (ngày nghiệp vụ = hôm trước)",
    schedule=CronTriggerTimetable("0 1 * * *", timezone=dates.TIMEZONE),
    start_date=pendulum.datetime(2021, 1, 1, tz=dates.TIMEZONE),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["thanthien"],
    doc_md=__doc__,
)
def thanthien_nightly():
    @task(multiple_outputs=True, retries=0)
    def plan() -> dict:
        """The run's business date, paths and command lines (Variables, then conf)."""
        context = get_current_context()
        dag_run = context["dag_run"]
        try:
            planned = settings.plan(dag_run.conf, dag_run.logical_date or dag_run.run_after, Variable.get)
        except settings.SettingsError as e:
            raise AirflowFailException(str(e)) from None
        log.info("Ngày nghiệp vụ %s; kỳ kết thúc hôm đó: %s", planned["date"], planned["published"]["closed_periods"] or "không có")
        return planned

    @task(retries=0)
    def stale_sources(landing_dir: str, day: str, profile_dir: str) -> list[str]:
        """A warning in the run's log for each source silent for stale_source_days (never a failure)."""
        max_days = landing.stale_source_days(profile_dir)
        warnings = landing.stale_sources(landing_dir, dates.parse_date(day), max_days)
        for warning in warnings:
            log.warning("CẢNH BÁO nguồn dữ liệu: %s", warning)
        if not warnings:
            log.info("Mọi nguồn đều có dữ liệu trong %d ngày gần nhất", max_days)
        return warnings

    planned = plan()
    stale_sources(planned["landing"], planned["date"], planned["reference_dir"])
    ingest = ThanthienSparkSubmit(
        task_id="ingest",
        conn_id=SPARK_CONNECTION,
        application=planned["cluster_jar"],
        java_class="vn.phuly.thanthien.cli.Main",
        application_args=planned["ingest_args"],
        conf={"spark.driver.memory": "{{ var.value.get('thanthien_spark_driver_memory', '2g') }}"},
        name="thanthien-ingest",
    )
    build = ThanthienCommand(
        task_id="build",
        command=planned["build_command"],
        published=planned["published"],
        outlets=[WAREHOUSE],
    )
    ingest >> build


thanthien_nightly()
