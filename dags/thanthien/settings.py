"""Where a nightly run reads and writes: Airflow Variables, overridden per run by `conf`.

Nothing here is a path of this machine: every path comes from a Variable (or the worker's
environment for `thanthien_home`), so the DAG files deploy unchanged on any Airflow. The
personal-data key is not a setting of this module: see `secrets.py`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from thanthien.dates import business_date, closed_periods

# conf key of a run → the Variable it overrides
PATH_VARIABLES = {
    "landing": "thanthien_landing",
    "lake": "thanthien_lake",
    "warehouse": "thanthien_warehouse",
    "out": "thanthien_reports",
}
CONF_KEYS = frozenset({"date", *PATH_VARIABLES})
HOME_VARIABLE = "thanthien_home"


class SettingsError(ValueError):
    """A run that cannot start as configured: retrying it changes nothing."""


def _absolute(path: str, origin: str) -> str:
    if not os.path.isabs(path):
        raise SettingsError(f"{origin} phải là đường dẫn tuyệt đối / must be an absolute path: {path!r}")
    return os.path.normpath(path)


def home(variable: Callable[..., Any]) -> str:
    """The folder holding `bin/thanthien` and the jars: Variable thanthien_home or $THANTHIEN_HOME."""
    value = variable(HOME_VARIABLE, default=None) or os.environ.get("THANTHIEN_HOME")
    if not value:
        raise SettingsError(
            f"Chưa đặt Variable {HOME_VARIABLE} (hoặc biến môi trường THANTHIEN_HOME) / "
            f"Variable {HOME_VARIABLE} is not set"
        )
    return _absolute(value, f"Variable {HOME_VARIABLE}")


# Variable → the flag of `report --due` it turns on ("true"/"false", default false): one page per unit,
# and e-mail through the SMTP server of the worker's environment (THANTHIEN_SMTP_*, docs/runbook.md).
REPORT_FLAG_VARIABLES = {
    "thanthien_report_units": "--units",
    "thanthien_report_send": "--send",
}


def report_flags(variable: Callable[..., Any]) -> list[str]:
    """The flags of the scheduled `report --due`, from the Variables of REPORT_FLAG_VARIABLES."""
    flags = []
    for name, flag in REPORT_FLAG_VARIABLES.items():
        value = str(variable(name, default="false")).strip().lower()
        if value not in ("true", "false"):
            raise SettingsError(f"Variable {name} phải là true hoặc false / must be true or false: {value!r}")
        if value == "true":
            flags.append(flag)
    return flags


def plan(conf: dict[str, Any] | None, logical_date, variable: Callable[..., Any]) -> dict[str, Any]:
    """The business date, paths and command lines of one nightly run.

    `variable` is `Variable.get` (a stand-in in unit tests); `conf` is the run's conf.
    """
    conf = dict(conf or {})
    unknown = sorted(set(conf) - CONF_KEYS)
    if unknown:
        raise SettingsError(
            f"conf có khóa không hỗ trợ / unknown conf keys: {unknown} (allowed: {sorted(CONF_KEYS)})"
        )
    try:
        date = business_date(conf.get("date"), logical_date)
    except ValueError as e:
        raise SettingsError(f"conf 'date': {e}") from e
    day = date.isoformat()
    root = home(variable)
    paths = {}
    for key, name in PATH_VARIABLES.items():
        value = conf.get(key) or variable(name, default=None)
        if not value:
            raise SettingsError(f"Chưa đặt Variable {name} (hoặc conf '{key}') / Variable {name} is not set")
        paths[key] = _absolute(value, f"conf '{key}'" if conf.get(key) else f"Variable {name}")
    reference = variable("thanthien_reference", default=None)
    reference_args = ["--reference", _absolute(reference, "Variable thanthien_reference")] if reference else []
    jar = variable("thanthien_cluster_jar", default=None) or os.path.join(
        root, "jobs", "cluster", "target", "thanthien-cluster.jar"
    )
    return {
        "date": day,
        "landing": paths["landing"],
        "reference_dir": reference or os.path.join(root, "reference", "phu-ly"),
        "cluster_jar": _absolute(jar, "Variable thanthien_cluster_jar"),
        "ingest_args": [
            "ingest", "--landing", paths["landing"], "--lake", paths["lake"], "--through", day, *reference_args,
        ],
        "build_command": [
            os.path.join(root, "bin", "thanthien"), "build", "--lake", paths["lake"],
            "--warehouse", paths["warehouse"], *reference_args,
        ],
        # the extra of the asset event a successful build emits (the report DAG reads it)
        "published": {
            "business_date": day,
            "closed_periods": closed_periods(date),
            "warehouse": paths["warehouse"],
            "reports": paths["out"],
        },
    }
