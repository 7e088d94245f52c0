"""The gunicorn configuration the project ships, and that the benchmarks run it."""

import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def load(monkeypatch, **environment):
    for name in ("GUNICORN_MAX_REQUESTS", "GUNICORN_MAX_REQUESTS_JITTER"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(ROOT / "config" / "gunicorn.py"))


def test_workers_recycle_rarely_apart_and_start_from_a_preloaded_app(monkeypatch):
    config = load(monkeypatch)
    assert config["preload_app"] is True
    assert config["max_requests"] == 20_000
    # Jitter as large as half the interval: two workers' restarts are spread over
    # 10,000 requests, so they do not fall together.
    assert config["max_requests_jitter"] == 10_000


def test_recycling_can_be_tuned_from_the_environment(monkeypatch):
    config = load(monkeypatch, GUNICORN_MAX_REQUESTS="5000", GUNICORN_MAX_REQUESTS_JITTER="2500")
    assert (config["max_requests"], config["max_requests_jitter"]) == (5000, 2500)


def test_the_page_benchmark_runs_the_shipped_recycling(monkeypatch):
    from bench.pages import environment

    monkeypatch.delenv("GUNICORN_MAX_REQUESTS", raising=False)
    env = environment(1000)
    assert env["GUNICORN_WORKERS"] == "2"
    assert "GUNICORN_MAX_REQUESTS" not in env
