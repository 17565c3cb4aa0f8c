"""Business dates and closing periods, computed from a run's own dates, never from "now".

A nightly run processes one business date D: the local (Asia/Ho_Chi_Minh) day before the run's
logical date, so the run of 2 December 01:00 processes 1 December — whatever Airflow's UTC `ds`
says — or the `date` of a manual run's conf. The Java client (`AirflowDates`) gives a triggered
run for D the logical date D + 1 at 01:00 local, the one the scheduled run of D has.
"""

from __future__ import annotations

import datetime
import re

import pendulum

TIMEZONE = pendulum.timezone("Asia/Ho_Chi_Minh")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# The last day (month, day) of each quarter and half of a year.
_QUARTER_ENDS = {(3, 31): "Q1", (6, 30): "Q2", (9, 30): "Q3", (12, 31): "Q4"}
_HALF_ENDS = {(6, 30): "H1", (12, 31): "H2"}


def parse_date(text: object) -> datetime.date:
    """A YYYY-MM-DD date; anything else is a ValueError naming the value."""
    # the pattern: Python 3.11's fromisoformat also takes 20241231 and 2024-W01-1
    if isinstance(text, str) and _ISO_DATE.fullmatch(text):
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
    raise ValueError(f"date must be YYYY-MM-DD, not {text!r}")


def business_date(conf_date: object, logical_date: datetime.datetime) -> datetime.date:
    """`conf_date` when given (a manual run), else the local day before `logical_date`."""
    if conf_date is not None:
        return parse_date(conf_date)
    local = pendulum.instance(logical_date).in_timezone(TIMEZONE)
    return local.date() - datetime.timedelta(days=1)


def closed_periods(day: datetime.date) -> list[str]:
    """The assessment periods whose last day is `day` (DESIGN's names: 2024-Q4, 2024-H2, 2024)."""
    key = (day.month, day.day)
    periods = []
    if key in _QUARTER_ENDS:
        periods.append(f"{day.year}-{_QUARTER_ENDS[key]}")
    if key in _HALF_ENDS:
        periods.append(f"{day.year}-{_HALF_ENDS[key]}")
    if key == (12, 31):
        periods.append(str(day.year))
    return periods
