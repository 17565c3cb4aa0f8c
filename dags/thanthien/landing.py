"""Which sources have been silent too long: a warning in the nightly run, never a failure."""

from __future__ import annotations

import csv
import datetime
import os

from thanthien.dates import parse_date

SOURCES = ("submissions", "inspections", "feedback")
STALE_SOURCE_DAYS = "stale_source_days"
DEFAULT_STALE_SOURCE_DAYS = 7


def stale_source_days(profile_dir: str) -> int:
    """`stale_source_days` of the profile's thresholds.csv (`key,value,description`, `#` comments)."""
    path = os.path.join(profile_dir, "thresholds.csv")
    if not os.path.exists(path):
        return DEFAULT_STALE_SOURCE_DAYS
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = csv.DictReader(line for line in file if not line.startswith("#"))
        for row in rows:
            if row.get("key") == STALE_SOURCE_DAYS:
                try:
                    return int(row["value"])
                except (TypeError, ValueError):
                    raise ValueError(f"{path}: {STALE_SOURCE_DAYS} is not a whole number of days: {row['value']!r}") from None
    return DEFAULT_STALE_SOURCE_DAYS


def landing_days(landing: str, source: str, through: datetime.date) -> list[datetime.date]:
    """The landing days of a source up to `through` (folders named YYYY-MM-DD), oldest first."""
    folder = os.path.join(landing, source)
    days = []
    for name in os.listdir(folder) if os.path.isdir(folder) else []:
        try:
            day = parse_date(name)
        except ValueError:
            continue
        if day <= through and os.path.isdir(os.path.join(folder, name)):
            days.append(day)
    return sorted(days)


def stale_sources(landing: str, through: datetime.date, max_days: int) -> list[str]:
    """One Vietnamese warning per source with no landing day in the last `max_days` days up to `through`."""
    warnings = []
    for source in SOURCES:
        days = landing_days(landing, source, through)
        if not days:
            warnings.append(f"Nguồn {source}: chưa nhận dữ liệu nào đến ngày {through.isoformat()}")
        elif (through - days[-1]).days >= max_days:
            warnings.append(
                f"Nguồn {source}: {(through - days[-1]).days} ngày không có dữ liệu mới "
                f"(lần gần nhất {days[-1].isoformat()}, ngưỡng {STALE_SOURCE_DAYS} = {max_days})"
            )
    return warnings
