"""The consent cookie's attributes in production: Secure, SameSite=Lax, six months."""

import runpy


def test_production_sends_the_consent_cookies_only_over_https(monkeypatch):
    monkeypatch.setenv("DJANGO_SECRET_KEY", "x" * 50)
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "news.example")

    production = runpy.run_module("config.settings.production")

    assert production["COOKIE_CONSENT_SECURE"] is True
    assert production["COOKIE_CONSENT_SAMESITE"] == "Lax"
    assert production["COOKIE_CONSENT_MAX_AGE"] == 60 * 60 * 24 * 182
    assert production["CONSENT_RECORD_RETENTION_DAYS"] == 730
