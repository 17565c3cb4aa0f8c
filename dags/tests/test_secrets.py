"""The key reaches ingest through the environment only, and is masked wherever it came from."""

from __future__ import annotations

import os

import pytest

from thanthien import secrets


def test_the_workers_key_is_used_and_masked(monkeypatch):
    monkeypatch.setenv("THANTHIEN_PII_KEY", "key-from-the-worker-0123456789")
    masked = []
    secrets.require_key(lambda key, default=None: pytest.fail("no Variable needed"), masked.append)
    assert masked == ["key-from-the-worker-0123456789"]


def test_without_it_the_secret_variable_fills_the_environment_after_masking(monkeypatch):
    monkeypatch.delenv("THANTHIEN_PII_KEY", raising=False)
    masked = []
    secrets.require_key(lambda key, default=None: {"thanthien_pii_secret": "key-from-a-secret-0123456789"}.get(key, default), masked.append)
    assert os.environ["THANTHIEN_PII_KEY"] == "key-from-a-secret-0123456789"
    assert masked == ["key-from-a-secret-0123456789"]


def test_no_key_anywhere_fails_naming_where_to_put_it(monkeypatch):
    monkeypatch.delenv("THANTHIEN_PII_KEY", raising=False)
    with pytest.raises(secrets.MissingKey, match="thanthien_pii_secret"):
        secrets.require_key(lambda key, default=None: default, lambda value: None)
