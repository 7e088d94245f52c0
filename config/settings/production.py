"""Production: refuses to start without a secret key and hosts; HTTPS everywhere."""

from urllib.parse import urlsplit

from .base import *  # noqa: F403
from .base import STORAGES, WAGTAILADMIN_BASE_URL, env

DEBUG = False
SECRET_KEY = env.str("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
COOKIE_CONSENT_SECURE = True

EMAIL_DELIVERY_BACKEND = env.str(
    "DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend"
)
# Passkeys belong to the public address's domain unless STAFF_PASSKEY_DOMAIN says otherwise.
_public_address = urlsplit(WAGTAILADMIN_BASE_URL)
OTP_WEBAUTHN_RP_ID = env.str("STAFF_PASSKEY_DOMAIN", default=_public_address.hostname)
OTP_WEBAUTHN_ALLOWED_ORIGINS = env.list(
    "STAFF_PASSKEY_ORIGINS", default=[f"https://{_public_address.netloc}"]
)
