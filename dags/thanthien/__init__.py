"""What the thanthien DAGs share: business dates, run settings, the commands they run, alerts.

Not a DAG file: `.airflowignore` keeps the DAG processor out of this package, and the DAG files
import it (Airflow puts the DAG folder on `sys.path`).
"""
