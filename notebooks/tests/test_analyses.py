"""The twelve questions of docs/analysts.md (sql/analyses/): each runs read-only on the demo warehouse and answers."""
import duckdb
import pytest

from conftest import ROOT

ANALYSES = sorted((ROOT / "sql" / "analyses").glob("*.sql"))


def test_there_are_twelve():
    assert len(ANALYSES) == 12, [p.name for p in ANALYSES]


@pytest.mark.parametrize("path", ANALYSES, ids=lambda p: p.name)
def test_runs_read_only_and_returns_rows(path, warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.sql(path.read_text(encoding="utf-8")).fetchall()
    assert len(rows) >= 1, f"{path.name} returned no row on the demo warehouse"
