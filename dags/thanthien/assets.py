"""The Airflow Assets of the pipeline."""

from airflow.sdk import Asset

# The published DuckDB warehouse. A successful build updates it; the event's extra carries the
# business date, the periods that closed that day, and where the warehouse and reports are.
WAREHOUSE = Asset(name="thanthien_warehouse", uri="thanthien://warehouse/published")
