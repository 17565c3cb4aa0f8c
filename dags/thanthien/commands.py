"""`bin/thanthien` and the Spark step as Airflow tasks, with DESIGN §7's exit codes.

Exit 0 succeeds. Exit 3 (a data-quality gate failed) and exit 2 (bad usage or unreadable input)
fail the task at once, without retry — the same input fails the same way — and exit 3 leaves
its reason in the XCom `quality_gate` of the task, which the Java client reads to exit 3 in
turn. Any other exit fails the try, and Airflow retries it with back-off.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
from collections import deque
from typing import Any

from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator
from airflow.sdk import BaseOperator, Connection, Variable
from airflow.sdk.exceptions import AirflowException, AirflowFailException, AirflowNotFoundException
from airflow.sdk.log import mask_secret

from thanthien import secrets

EXIT_BAD_INPUT = 2
EXIT_QUALITY_GATE = 3
QUALITY_GATE_XCOM = "quality_gate"
# how the command line starts the message of each failure it reports (cli.Main)
_REASON_PREFIXES = ("Không đạt kiểm tra chất lượng dữ liệu", "Lỗi dữ liệu đầu vào", "Lỗi")
_TAIL = 200


def failure_reason(lines: list[str]) -> str:
    """The command line's own message for its failure: its last line that starts like one."""
    for line in reversed(lines):
        if line.startswith(_REASON_PREFIXES):
            return line
    return next((line for line in reversed(lines) if line.strip()), "(không có thông báo)")


def judge_exit(code: int, lines: list[str], task_id: str, ti: Any) -> None:
    """Nothing for exit 0; else the failure, retried or not (module doc)."""
    if code == 0:
        return
    reason = failure_reason(lines)
    if code == EXIT_QUALITY_GATE:
        ti.xcom_push(key=QUALITY_GATE_XCOM, value=reason)
        raise AirflowFailException(
            f"{task_id}: không đạt kiểm tra chất lượng dữ liệu (mã thoát 3), không thử lại — {reason}"
        )
    if code == EXIT_BAD_INPUT:
        raise AirflowFailException(
            f"{task_id}: cách gọi hoặc dữ liệu đầu vào không hợp lệ (mã thoát 2), không thử lại — {reason}"
        )
    raise AirflowException(f"{task_id}: lỗi (mã thoát {code}), Airflow sẽ thử lại nếu còn lượt — {reason}")


class ThanthienCommand(BaseOperator):
    """Runs a `bin/thanthien` command line on the worker, its output in the task log.

    The command runs in its own process group, which `on_kill` (a task marked failed, a timeout)
    stops whole. It gets the worker's environment without the personal-data key: only ingest
    needs it. After a success, `published` (if given) becomes the extra of the task's asset events.
    """

    template_fields = ("command", "published")
    ui_color = "#e8f1fb"

    def __init__(self, *, command: Any, published: Any = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.command = command
        self.published = published
        self._process: subprocess.Popen | None = None

    def execute(self, context: Any) -> None:
        command = [str(part) for part in self.command]
        self.log.info("$ %s", shlex.join(command))
        environment = {k: v for k, v in os.environ.items() if k != secrets.ENVIRONMENT}
        self._process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8",
            errors="replace", env=environment, start_new_session=True,
        )
        lines: deque[str] = deque(maxlen=_TAIL)
        for line in self._process.stdout:
            line = line.rstrip("\n")
            self.log.info("%s", line)
            lines.append(line)
        judge_exit(self._process.wait(), list(lines), self.task_id, context["ti"])
        if self.published is not None:
            for outlet in self.outlets:
                context["outlet_events"][outlet].extra = dict(self.published)

    def on_kill(self) -> None:
        if self._process is not None and self._process.poll() is None:
            os.killpg(self._process.pid, signal.SIGTERM)


def use_local_master_without_connection(conn_id: str) -> None:
    """Without the Spark connection, `local[*]` — not the hook's own default, YARN.

    Only when the connection exists nowhere: an environment variable shadows the metadata
    database, so it is set only after the lookup failed.
    """
    try:
        Connection.get(conn_id)
    except AirflowNotFoundException:
        os.environ[f"AIRFLOW_CONN_{conn_id.upper()}"] = json.dumps({"conn_type": "spark", "host": "local[*]"})


class ThanthienSparkSubmit(SparkSubmitOperator):
    """`spark-submit` of the cluster jar (Airflow tracks and can kill it), with the exit codes above.

    The key comes from the environment (secrets.py), never from `env_vars`, which is templated.
    """

    def execute(self, context: Any) -> None:
        try:
            secrets.require_key(Variable.get, mask_secret)
        except secrets.MissingKey as e:
            raise AirflowFailException(str(e)) from None
        use_local_master_without_connection(self._conn_id)
        try:
            super().execute(context)
        except AirflowException:
            # the hook keeps the spark-submit process and the tail of its output; its exception
            # carries only the exit code as text
            process = getattr(self._hook, "_submit_sp", None)
            if process is None or process.returncode is None:
                raise
            judge_exit(process.returncode, list(self._hook._last_submit_log_lines), self.task_id, context["ti"])
            raise
