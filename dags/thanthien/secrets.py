"""The personal-data key (DESIGN §4) reaches `ingest` through the environment only.

It is never an operator argument, a templated field, an XCom or a log line: the Spark step reads
it from the worker's environment (`THANTHIEN_PII_KEY`, what the child process inherits), or, on
a worker without it, from the secret Variable `thanthien_pii_secret` (or a secrets backend behind
it), put into this task process's environment at execution time and registered with Airflow's
secrets masker first, so that it is redacted should anything print it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

ENVIRONMENT = "THANTHIEN_PII_KEY"
SECRET_VARIABLE = "thanthien_pii_secret"


class MissingKey(RuntimeError):
    """No key on this worker: a retry would fail the same way."""


def require_key(variable: Callable[..., Any], mask: Callable[[str], None]) -> None:
    """Makes sure THANTHIEN_PII_KEY is in this process's environment, without ever returning it."""
    value = os.environ.get(ENVIRONMENT)
    if not value:
        value = variable(SECRET_VARIABLE, default=None)
        if not value:
            raise MissingKey(
                f"Thiếu khóa bút danh: đặt biến môi trường {ENVIRONMENT} cho worker, hoặc Variable bí mật "
                f"{SECRET_VARIABLE} / Missing pseudonymisation key: set {ENVIRONMENT} on the worker "
                f"or the secret Variable {SECRET_VARIABLE}"
            )
        os.environ[ENVIRONMENT] = value
    mask(value)
