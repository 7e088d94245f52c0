"""The production settings over plain HTTP on loopback, for more than one app server.

Cookies go over http://127.0.0.1 (no TLS proxy here), and static files come from the
finders, so the servers start without collecting them.
"""

from bench.settings import *  # noqa: F403
from bench.settings import STORAGES

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
