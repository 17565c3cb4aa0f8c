"""thanthien_report: the only writer of reports, run on each update of the published warehouse.

It calls `bin/thanthien report --warehouse W --out DIR --due D` with the latest business date D
of the asset events that triggered it: the command writes the reports of the periods that have
closed and whose delay of the profile's report.csv has passed by D, and prints what it skipped
and why (exit 0). The Variables thanthien_report_units and thanthien_report_send (default false)
add `--units` (one page per unit) and `--send` (e-mail; the report stays in the outbox either way). So a backfill of many days writes no report per day, and a night on which
nothing is due succeeds without writing anything.
"""

from __future__ import annotations

import datetime
import logging
import os

import pendulum
from airflow.sdk import Variable, dag, get_current_context, task
from airflow.sdk.exceptions import AirflowFailException

from thanthien import alerts, dates, settings
from thanthien.assets import WAREHOUSE
from thanthien.commands import ThanthienCommand

log = logging.getLogger(__name__)


def report_commands(events: list[dict], thanthien_home: str, flags: list[str] = ()) -> list[list[str]]:
    """One `report --due` per published warehouse, with the latest business date of its events and
    `flags` (settings.report_flags: scorecards, e-mail)."""
    latest: dict[tuple[str, str], str] = {}
    for extra in events:
        key = (extra["warehouse"], extra["reports"])
        latest[key] = max(latest.get(key, extra["business_date"]), extra["business_date"])
    return [
        [os.path.join(thanthien_home, "bin", "thanthien"), "report", "--warehouse", warehouse, "--out", reports,
         "--due", day, *flags]
        for (warehouse, reports), day in sorted(latest.items())
    ]


@dag(
    dag_id="thanthien_report",
    description="Lập báo cáo các kỳ đã kết thúc và đủ hạn khi kho dữ liệu được công bố",
    schedule=[WAREHOUSE],
    start_date=pendulum.datetime(2021, 1, 1, tz=dates.TIMEZONE),
    catchup=False,
    max_active_runs=1,
    default_args={
        "owner": "thanthien",
        "retries": 2,
        "retry_delay": datetime.timedelta(minutes=5),
        "retry_exponential_backoff": 2.0,
        "on_failure_callback": alerts.notify_failure,
    },
    tags=["thanthien"],
    doc_md=__doc__,
)
def thanthien_report():
    @task(retries=0)
    def due() -> list[list[str]]:
        """The report command lines, from the extras of the triggering events."""
        context = get_current_context()
        events = [event.extra for stream in context["triggering_asset_events"].values() for event in stream]
        for extra in events:
            log.info("Kho dữ liệu công bố ngày %s; kỳ vừa kết thúc: %s", extra.get("business_date"),
                     extra.get("closed_periods") or "không có")
        try:
            return report_commands(events, settings.home(Variable.get), settings.report_flags(Variable.get))
        except (KeyError, settings.SettingsError) as e:
            raise AirflowFailException(f"Sự kiện kho dữ liệu thiếu thông tin / incomplete asset event: {e}") from None

    ThanthienCommand.partial(task_id="report").expand(command=due())


thanthien_report()
