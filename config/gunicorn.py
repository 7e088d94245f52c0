"""Gunicorn settings for production: `gunicorn -c config/gunicorn.py`."""

import multiprocessing
import os

wsgi_app = "config.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# The application is imported once, in the master, before the workers fork: a worker that
# restarts is ready at once instead of spending about a second starting Django and Wagtail.
# Database and cache connections open lazily in each worker, never in the master.
preload_app = True
# Recycling workers bounds memory growth from long-lived processes. Rare enough that a busy
# worker restarts every few minutes rather than every second, and jittered by half as much
# again, so the workers' restarts fall at different moments and never together.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "10000"))
# "-" logs each request to stdout; an empty value turns the access log off (benchmarks).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# gunicorn's control socket (for `gunicornc`) is one path per user by default, so a second
# server on the machine would take it from the first; each server names its own, or has none.
control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", "")
control_socket_disable = not control_socket
