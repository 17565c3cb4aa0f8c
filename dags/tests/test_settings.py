"""A run's settings: Variables, conf overrides, and refusals that a retry cannot fix."""

from __future__ import annotations

import datetime

import pytest

from thanthien import settings

LOGICAL = datetime.datetime(2024, 12, 31, 18, 0, tzinfo=datetime.timezone.utc)  # the run of 31 December
VARIABLES = {
    "thanthien_home": "/srv/thanthien",
    "thanthien_landing": "/data/landing",
    "thanthien_lake": "/data/lake",
    "thanthien_warehouse": "/data/warehouse/thanthien.duckdb",
    "thanthien_reports": "/data/reports",
}


def variables(values):
    def get(key, default=None):
        return values.get(key, default)

    return get


def test_a_scheduled_run_takes_its_paths_from_the_variables():
    planned = settings.plan({}, LOGICAL, variables(VARIABLES))
    assert planned["date"] == "2024-12-31"
    assert planned["cluster_jar"] == "/srv/thanthien/jobs/cluster/target/thanthien-cluster.jar"
    assert planned["reference_dir"] == "/srv/thanthien/reference/phu-ly"
    assert planned["ingest_args"] == ["ingest", "--landing", "/data/landing", "--lake", "/data/lake", "--through", "2024-12-31"]
    assert planned["build_command"] == [
        "/srv/thanthien/bin/thanthien", "build", "--lake", "/data/lake", "--warehouse", "/data/warehouse/thanthien.duckdb",
    ]
    assert planned["published"] == {
        "business_date": "2024-12-31",
        "closed_periods": ["2024-Q4", "2024-H2", "2024"],
        "warehouse": "/data/warehouse/thanthien.duckdb",
        "reports": "/data/reports",
    }


def test_conf_overrides_the_date_and_the_paths_of_one_run():
    conf = {"date": "2024-06-30", "landing": "/x/landing", "lake": "/x/lake", "warehouse": "/x/w.duckdb", "out": "/x/reports"}
    planned = settings.plan(conf, LOGICAL, variables({**VARIABLES, "thanthien_reference": "/profiles/ha-nam"}))
    assert planned["ingest_args"] == [
        "ingest", "--landing", "/x/landing", "--lake", "/x/lake", "--through", "2024-06-30", "--reference", "/profiles/ha-nam",
    ]
    assert planned["build_command"][2:] == ["--lake", "/x/lake", "--warehouse", "/x/w.duckdb", "--reference", "/profiles/ha-nam"]
    assert planned["reference_dir"] == "/profiles/ha-nam"
    assert planned["published"]["closed_periods"] == ["2024-Q2", "2024-H1"]
    assert planned["published"]["reports"] == "/x/reports"


@pytest.mark.parametrize(
    ("conf", "values", "message"),
    [
        ({"lakes": "/x"}, VARIABLES, "unknown conf keys: ['lakes']"),
        ({"date": "31/12/2024"}, VARIABLES, "conf 'date'"),
        ({}, {k: v for k, v in VARIABLES.items() if k != "thanthien_lake"}, "Variable thanthien_lake is not set"),
        ({"lake": "relative/lake"}, VARIABLES, "conf 'lake'"),
        ({}, {k: v for k, v in VARIABLES.items() if k != "thanthien_home"}, "Variable thanthien_home is not set"),
    ],
)
def test_what_a_retry_cannot_fix_is_refused_by_name(conf, values, message, monkeypatch):
    monkeypatch.delenv("THANTHIEN_HOME", raising=False)
    with pytest.raises(settings.SettingsError, match=message.replace("[", r"\[").replace("]", r"\]")):
        settings.plan(conf, LOGICAL, variables(values))


def test_the_home_may_come_from_the_worker_environment(monkeypatch):
    monkeypatch.setenv("THANTHIEN_HOME", "/opt/thanthien")
    values = {k: v for k, v in VARIABLES.items() if k != "thanthien_home"}
    assert settings.plan({}, LOGICAL, variables(values))["build_command"][0] == "/opt/thanthien/bin/thanthien"


def test_the_report_flags_are_off_unless_a_variable_turns_them_on():
    assert settings.report_flags(variables({})) == []
    assert settings.report_flags(variables({"thanthien_report_units": "true"})) == ["--units"]
    assert settings.report_flags(variables({"thanthien_report_units": "True", "thanthien_report_send": "true"})) == [
        "--units", "--send"]
    assert settings.report_flags(variables({"thanthien_report_send": "false"})) == []


def test_a_report_flag_that_is_neither_true_nor_false_is_refused_by_name():
    with pytest.raises(settings.SettingsError, match="thanthien_report_send"):
        settings.report_flags(variables({"thanthien_report_send": "yes"}))
