"""Telling the operator that a night failed: the task log always, e-mail when configured."""

from __future__ import annotations

import html
import logging
from typing import Any

from airflow.sdk import Variable

log = logging.getLogger(__name__)

ALERT_EMAIL_VARIABLE = "thanthien_alert_email"
SMTP_CONNECTION = "smtp_default"


def failure_message(context: Any) -> str:
    """One Vietnamese line: which run, which business date, which task, why."""
    ti = context["ti"]
    day = ti.xcom_pull(task_ids="plan", key="date") if ti.task_id != "plan" else None
    return (
        f"Lượt chạy {context['dag_run'].run_id} của {ti.dag_id}"
        + (f" (ngày nghiệp vụ {day})" if day else "")
        + f" thất bại ở tác vụ {ti.task_id}: {context.get('exception')}"
    )


def notify_failure(context: Any) -> None:
    """on_failure_callback of every nightly task (after its last try; retries do not call it)."""
    message = failure_message(context)
    log.error("Báo lỗi cho người vận hành: %s", message)
    recipients = Variable.get(ALERT_EMAIL_VARIABLE, default=None)
    if not recipients:
        return
    send_email([r.strip() for r in recipients.split(",") if r.strip()], message)


def send_email(recipients: list[str], message: str) -> None:
    """Through the SMTP connection `smtp_default` (its extra `from_email` is the sender)."""
    from airflow.providers.smtp.hooks.smtp import SmtpHook

    body = (
        f"<p>{html.escape(message)}</p>"
        "<p>Xem nhật ký của tác vụ trong Airflow và docs/airflow.md, mục “Khi một đêm thất bại”.</p>"
    )
    try:
        with SmtpHook(smtp_conn_id=SMTP_CONNECTION) as smtp:
            smtp.send_email_smtp(
                to=recipients, subject=f"[thanthien] {message[:150]}", html_content=body,
                from_email=smtp.from_email or "thanthien-airflow@localhost",
            )
        log.info("Đã gửi thư báo lỗi tới %s", ", ".join(recipients))
    except Exception as e:  # the failure is logged above: a mail server down must not hide it
        log.error("Không gửi được thư báo lỗi tới %s: %s", ", ".join(recipients), e)
