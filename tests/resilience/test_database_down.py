"""Readers meet a database that is down or hung: a 503 with Retry-After, or the page
cache's older copy, within the connect timeout; never a 500 or a worker timeout.

Each case runs the site in a process of its own whose PostgreSQL is a real refused port or
a real server that accepts and never answers (tests/resilience/db_probe.py)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.resilience.faults import hung_server, refused_port

ROOT = Path(__file__).resolve().parent.parent.parent


def ask_site(port, path, *flags, connect_timeout=2):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{port}/lp_res2_unreachable",
        "DATABASE_CONNECT_TIMEOUT": str(connect_timeout),
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.resilience.db_probe", path, *flags],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("fault", [refused_port, hung_server], ids=["refused", "hung"])
def test_a_reader_gets_a_503_with_retry_after(fault):
    with fault() as port:
        answer = ask_site(port, "/")
    assert answer["status"] == 503
    assert answer["retry_after"] == "30"
    assert "We will be back in a moment" in answer["content"]
    assert 'href="/"' in answer["content"]
    # Nothing about the failure reaches the reader.
    assert "OperationalError" not in answer["content"]
    assert "127.0.0.1" not in answer["content"]
    # A hung database costs one connect timeout (2 s), not a worker timeout: nothing on
    # the way out (the error page, its security policy) asks the database a second time.
    assert answer["seconds"] < 4


@pytest.mark.parametrize("fault", [refused_port, hung_server], ids=["refused", "hung"])
def test_a_reader_gets_the_older_copy_when_the_render_fails(fault):
    with fault() as port:
        answer = ask_site(port, "/", "--stale")
    assert answer["status"] == 200
    assert answer["x_cache"] == "STALE-IF-ERROR"
    assert answer["content"] == "<h1>Earlier copy of the front page</h1>"


def test_readiness_reports_the_database_down_and_liveness_does_not():
    with refused_port() as port:
        ready = ask_site(port, "/healthz/ready")
        live = ask_site(port, "/healthz/live")
    assert ready["status"] == 503
    assert json.loads(ready["content"])["checks"]["database"] is False
    assert live["status"] == 200
