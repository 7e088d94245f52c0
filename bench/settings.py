"""Production settings on loopback, plus the constant view the benchmark compares against."""

from config.settings.production import *  # noqa: F403
from config.settings.production import env

ROOT_URLCONF = "bench.urls"
# gunicorn is reached over plain HTTP on 127.0.0.1; there is no TLS proxy in front.
SECURE_SSL_REDIRECT = False
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE_ENABLED", default=True)
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
INSTALLED_APPS = [*INSTALLED_APPS, "bench.routed"]  # noqa: F405
