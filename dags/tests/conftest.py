"""Shared fixtures: the DAG files as the DAG processor parses them and the scheduler sees them."""

from __future__ import annotations

import os

import pytest

DAGS_FOLDER = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="session")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=DAGS_FOLDER)


@pytest.fixture(scope="session")
def scheduled(dagbag):
    """dag_id → the DAG after serialization: what the scheduler schedules (its core timetable)."""
    from airflow.serialization.serialized_objects import DagSerialization

    return {
        dag_id: DagSerialization.from_dict(DagSerialization.to_dict(dag)) for dag_id, dag in dagbag.dags.items()
    }
