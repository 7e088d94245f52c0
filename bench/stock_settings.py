"""The limit pages are measured against: the constant view as a stock Django project serves
it, with the middleware `startproject` writes and nothing of ours, under the same gunicorn
and production settings. The project's own constant view (bench/urls.py) carries our
middleware, so measuring pages against it alone would flatter them."""

from bench.settings import *  # noqa: F403

ROOT_URLCONF = "bench.stock_urls"
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
