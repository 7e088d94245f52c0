"""Local development: debug on, a throwaway secret, every local host allowed."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="dev-only-not-secret-lordspress")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

# Static files come straight from the finders; only production collects them.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True

# The demo stays easy to try: the second factor is optional for every role unless these are
# set (production requires it of administrators, Editors and Legal).
STAFF_TWO_FACTOR_REQUIRED_GROUPS = env.list("STAFF_TWO_FACTOR_REQUIRED_GROUPS", default=[])
STAFF_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = env.bool(
    "STAFF_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS", default=False
)
