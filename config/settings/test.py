"""Test run: fast hashing, e-mail delivered to memory, media in a temporary folder."""

import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret-lordspress"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="lordspress-test-media-")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "template_fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tasks run as they are queued, so tests see their effects at once.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Static files come straight from the finders; only production collects them.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True

# Embeds come only from pre-seeded Embed rows: no test may reach an oEmbed provider.
WAGTAILEMBEDS_FINDERS = []

# Tests see fresh renders; tests/freshness/ switches the page cache on for itself.
PAGE_CACHE_ENABLED = False

# Tests see each analytics tag at once: the shared cache they clear is the only copy.
CSP_PROCESS_CACHE_SECONDS = 0

# No test reaches the internet; the weather tests point a provider at a local server.
WEATHER_PROVIDER = ""

# Staff accounts: tests/staff_security switches the lockout and the second factor on for
# itself; elsewhere tests sign staff in directly (Client.login passes no request to axes).
AXES_ENABLED = False
STAFF_TWO_FACTOR_REQUIRED_GROUPS = []
STAFF_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = False

# A busy test machine may take seconds over a page; only tests/resilience, which look at
# the database deadline itself, keep it short.
DATABASE_READER_DEADLINE = 30.0
DATABASE_REQUEST_DEADLINE = 60.0

# Each test sees the shared page cache alone; tests/freshness/ keeps process copies itself.
PAGE_CACHE_PROCESS_SECONDS = 0
# Only tests/resilience, which slow Redis down on purpose, count a slow call as a failure;
# elsewhere a busy test machine must not open the breaker.
CACHE_SLOW_CALL_SECONDS = 10.0
