"""Settings shared by every environment; secure by default, overridden from the environment."""

from pathlib import Path
from urllib.parse import urlsplit

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "users",
    "images",
    "core",
    "home",
    "news",
    "authors",
    "search",
    "freshness",
    "dateline",
    "sponsors",
    "seo",
    "editorial",
    "consent",
    "demo",
    "security",
    "scaling",
    "api",
    "resilience",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_modeladmin",
    "cookie_consent",
    "csp",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # Answers a cached page before anything else runs, so that a cached page costs about
    # what Django's own constant answer does. It stores the headers the middleware below
    # set (the security policies) with the page, which keeps a page and the script hashes
    # its policy names together; PAGE_CACHE_KEYED_ON_SETTINGS changes its keys when a
    # deploy changes those policies.
    "freshness.middleware.AnonymousPageCacheMiddleware",
    # Before the static files, so every response carries the current policy (see
    # "Content Security Policy" at the end).
    "security.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After the page cache and the static files: they read nothing from the database.
    "resilience.deadline.DatabaseDeadlineMiddleware",
    "scaling.replicas.ReplicaReadsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "freshness.context_processors.fragments",
                "core.navigation.menu",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
# Each worker keeps its connection between requests: opening one costs a page about 3 ms
# on SQLite (its functions and pragmas are set up afresh), more on PostgreSQL.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's backend, with a breaker in front of new connections (resilience/postgresql/).
    DATABASES["default"]["ENGINE"] = "resilience.postgresql"
    # A database that is down or hung costs a reader seconds, not a worker timeout: the
    # connection gives up after DATABASE_CONNECT_TIMEOUT seconds and the server cancels any
    # statement after DATABASE_STATEMENT_TIMEOUT seconds (0: never); readers then get the page
    # cache's last copy or a 503 (resilience/).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "connect_timeout": env.int("DATABASE_CONNECT_TIMEOUT", default=2),
            "options": "-c statement_timeout={:d}".format(
                int(env.float("DATABASE_STATEMENT_TIMEOUT", default=5) * 1000)
            ),
        }
    )
else:
    # WAL lets readers carry on while an editor publishes; the busy timeout absorbs
    # the short write locks instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
# A server that accepts and never answers cannot cancel anything itself: the client cuts a
# request's PostgreSQL connection once the request is this many seconds old and still
# waiting on it (resilience/deadline.py): readers' pages, then editors' and everything else.
DATABASE_READER_DEADLINE = env.float("DATABASE_READER_DEADLINE", default=1.2)
DATABASE_REQUEST_DEADLINE = env.float("DATABASE_REQUEST_DEADLINE", default=10.0)
# After a connection to PostgreSQL fails or is cut, each process opens no new one to that
# server until a probe in the background, every this many seconds, connects: requests that
# need it get the 503 at once.
DATABASE_BREAKER_SECONDS = env.float("DATABASE_BREAKER_SECONDS", default=5.0)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "users.User"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# How long a cached page lives (the page cache's settings are further down).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=60 * 10)
REDIS_URL = env.str("REDIS_URL", default="")
# After a Redis call fails, each process renders as if every cache were empty, instead of
# waiting a socket timeout per call, until a PING every this many seconds is answered.
CACHE_BREAKER_SECONDS = env.int("CACHE_BREAKER_SECONDS", default=10)
# Seconds each Redis call may take to connect and, separately, to answer.
REDIS_TIMEOUT = env.float("REDIS_TIMEOUT", default=1.0)
# A Redis call that answers, but slower than this, opens the breaker as a failure does: a
# Redis that answers each call in half a second would cost a page seconds.
CACHE_SLOW_CALL_SECONDS = env.float("CACHE_SLOW_CALL_SECONDS", default=0.3)
if REDIS_URL:
    CACHES = {
        "default": {
            # django-redis's RedisCache with a circuit breaker (resilience/cache.py).
            "BACKEND": "resilience.cache.BreakerRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "lordspress",
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT,
                "SOCKET_TIMEOUT": REDIS_TIMEOUT,
                # A cache outage degrades to uncached rendering instead of an error page.
                "IGNORE_EXCEPTIONS": True,
            },
        },
    }
    # The breaker logs each outage once, rather than every call it skips.
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
    # Wagtail looks renditions up in this cache before the database (images/cache.py).
    CACHES["renditions"] = {
        **CACHES["default"],
        "BACKEND": "images.cache.RenditionCache",
        "TIMEOUT": 60 * 60 * 24,
    }
else:
    # Files, not process memory: the web workers, the scheduled publisher and the task
    # worker must see one another's purges.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env.path("CACHE_DIR", default=BASE_DIR / "var" / "cache")("default"),
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
        # Wagtail writes every rendition it uses back to this cache, several per page; in
        # files that is a disk write each. Each process keeps its own instead, for no
        # longer than a cached page lives, which bounds how long another process may point
        # at the renditions of a replaced photo.
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "TIMEOUT": PAGE_CACHE_SECONDS,
            "OPTIONS": {"MAX_ENTRIES": 5_000},
        },
    }

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env.str("DJANGO_TIME_ZONE", default="Europe/London")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "var" / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env.str("MEDIA_URL", default="/media/")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploads (original images, renditions, documents) in S3-compatible object storage, shared by
# every app server: s3://bucket[/prefix][?endpoint_url=https://...&region_name=...]. The
# credentials come the usual boto3 way (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, or the
# machine's role). Images are linked at plain object addresses, so their prefix may be
# public; documents are only ever served through the app (WAGTAILDOCS_SERVE_METHOD below),
# which checks who may read them, so the bucket never has to make them public.
MEDIA_STORAGE_URL = env.str("MEDIA_STORAGE_URL", default="")
# Seconds to connect to the storage and, separately, to read from it.
MEDIA_STORAGE_TIMEOUT = env.float("MEDIA_STORAGE_TIMEOUT", default=5.0)
if MEDIA_STORAGE_URL:
    from scaling.storage import object_storage

    STORAGES["default"], _media_origin = object_storage(MEDIA_STORAGE_URL, MEDIA_STORAGE_TIMEOUT)
    MEDIA_URL = f"{_media_origin}/"
# Documents are always streamed by the app after its checks (collection view restrictions,
# subscribers-only documents: news/wagtail_hooks.py), never redirected to the storage.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Every e-mail is queued for the task worker (jobs/mail.py), which sends it through
# EMAIL_DELIVERY_BACKEND and tries again later if the mail server is down.
EMAIL_BACKEND = "jobs.mail.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = env.str(
    "DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)
# Seconds a hung mail server may hold the worker on each connection and command.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=5)
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Lord's Press <newsroom@localhost>")
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)

# Readers who meet an unavailable database get a 503 asking them to come back after this
# many seconds (resilience/errors.py).
UNAVAILABLE_RETRY_AFTER_SECONDS = env.int("UNAVAILABLE_RETRY_AFTER_SECONDS", default=30)

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
# Wagtail's live preview shows the page in a same-origin frame, so DENY would break it.
SILENCED_SYSTEM_CHECKS = ["security.W019"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="WARNING")},
}

# Wagtail
WAGTAIL_SITE_NAME = "Lord's Press"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "images.CustomImage"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The admin reads dates back with the locale's input formats, so these must be among
# en-GB's (DD/MM/YYYY); "%d %b %Y" displayed fine but could not be saved.
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # Wagtail's database backend as it comes, for the admin's search. Reader search has
        # an index of its own (search/), unless READER_SEARCH_BACKEND names this one.
        "BACKEND": env.str("WAGTAILSEARCH_BACKEND", default="wagtail.search.backends.database"),
        "INDEX_PREFIX": env.str("WAGTAILSEARCH_INDEX_PREFIX", default="lordspress_"),
    },
}
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# What readers see is cached in three places, all renewed by freshness.changes: whole
# pages for anonymous readers (the page cache), parts of pages for everyone else (page
# fragments), and a CDN when one is configured. Server-side copies may live long because
# every change renews them; browsers keep pages only briefly.
FRESHNESS_CACHE_ALIAS = "default"
# Put before picture credits that do not say what kind they are ("Photo:"); none by default.
IMAGE_CREDIT_PREFIX = env.str("IMAGE_CREDIT_PREFIX", default="")
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE_ENABLED", default=True)
PAGE_CACHE_BROWSER_SECONDS = env.int("PAGE_CACHE_BROWSER_SECONDS", default=60)
PAGE_CACHE_STALE_SECONDS = env.int("PAGE_CACHE_STALE_SECONDS", default=60)
# While one request renders a renewed page, other readers get the copy it replaces, for at
# most this long (a render that hangs or dies gives up its claim after it).
PAGE_CACHE_RENDER_LOCK_SECONDS = env.int("PAGE_CACHE_RENDER_LOCK_SECONDS", default=10)
# Each process answers the pages it served last again for this long without asking the
# shared cache (0: never); a change made on another server shows here within that time.
PAGE_CACHE_PROCESS_SECONDS = env.float("PAGE_CACHE_PROCESS_SECONDS", default=1.0)
PAGE_CACHE_PROCESS_ENTRIES = env.int("PAGE_CACHE_PROCESS_ENTRIES", default=200)
PAGE_CACHE_SHORT_PATHS = ("/search/",)
PAGE_CACHE_SHORT_SECONDS = env.int("PAGE_CACHE_SEARCH_SECONDS", default=60)
PAGE_CACHE_EXCLUDED_PATHS = ("/admin/", "/documents/", "/healthz/", STATIC_URL, MEDIA_URL)
# Settings that shape the headers stored with each cached page: a deploy that changes one
# of them starts the page cache afresh.
PAGE_CACHE_KEYED_ON_SETTINGS = [
    "CONTENT_SECURITY_POLICY",
    "CONTENT_SECURITY_POLICY_REPORT_ONLY",
    "PERMISSIONS_POLICY",
]
# Page fragments ({% wagtailpagecache %}, {% wagtailcache %}) live in Django's
# "template_fragments" cache; switched off, it keeps nothing.
PAGE_FRAGMENTS_ENABLED = env.bool("PAGE_FRAGMENTS_ENABLED", default=True)
CACHES["template_fragments"] = (
    CACHES["default"]
    if PAGE_FRAGMENTS_ENABLED
    else {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
)

# A CDN in front of the site is purged with the same events (wagtail.contrib.frontend_cache).
# Seconds each purge may take to connect and to answer (freshness/cdn.py).
FRONTEND_CACHE_TIMEOUT = env.float("FRONTEND_CACHE_TIMEOUT", default=5.0)
WAGTAILFRONTENDCACHE = {}
if env.str("FRONTEND_CACHE_CLOUDFLARE_ZONEID", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env.str("FRONTEND_CACHE_CLOUDFLARE_TOKEN"),
        "ZONEID": env.str("FRONTEND_CACHE_CLOUDFLARE_ZONEID"),
    }
if env.str("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID", default=""):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "freshness.cdn.TimedCloudfrontBackend",
        "DISTRIBUTION_ID": env.str("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"),
    }
if env.str("FRONTEND_CACHE_PURGE_URL", default=""):
    WAGTAILFRONTENDCACHE["purge_url"] = {
        "BACKEND": "freshness.cdn.HTTPPurgeBackend",
        "LOCATION": env.str("FRONTEND_CACHE_PURGE_URL"),
    }

# Masthead weather (dateline/weather.py), fetched by `manage.py refresh_weather` and never
# in a reader's request. An empty WEATHER_PROVIDER switches weather off.
WEATHER_PROVIDER = env.str("WEATHER_PROVIDER", default="dateline.weather.OpenMeteoProvider")
WEATHER_URL = env.str("WEATHER_URL", default="https://api.open-meteo.com/v1/forecast")
# Seconds allowed to connect and, separately, to read; reading the answer is cut at 2x.
WEATHER_TIMEOUT = env.float("WEATHER_TIMEOUT", default=1.0)
# A reading is renewed once it is this old, and shown until this old without renewal.
WEATHER_CACHE_SECONDS = env.int("WEATHER_CACHE_SECONDS", default=10 * 60)
WEATHER_LAST_GOOD_SECONDS = env.int("WEATHER_LAST_GOOD_SECONDS", default=3 * 60 * 60)

# Feeds (news/feeds.py): whole stories, or only headline and standfirst.
FEEDS_FULL_CONTENT = env.bool("FEEDS_FULL_CONTENT", default=False)

# Background work (e-mail, newsletter batches, Wagtail's index updates) is queued in the
# database and run by `manage.py db_worker`.
TASKS = {
    "default": {
        "BACKEND": env.str("DJANGO_TASKS_BACKEND", default="django_tasks_db.DatabaseBackend")
    }
}
# Tasks declared with jobs.retries.retried_task: attempts in all, and the wait after the
# first failed attempt, doubling after each further one up to the maximum (seconds).
TASK_RETRY_ATTEMPTS = env.int("TASK_RETRY_ATTEMPTS", default=6)
TASK_RETRY_DELAY = env.int("TASK_RETRY_DELAY", default=60)
TASK_RETRY_MAX_DELAY = env.int("TASK_RETRY_MAX_DELAY", default=60 * 60)

# Subscriptions: newsletter, reader accounts, subscribers-only stories
INSTALLED_APPS += ["subscriptions", "jobs", "django_tasks", "django_tasks_db"]
# Reader sign-in links (django-sesame): single use, valid for twenty minutes.
SESAME_MAX_AGE = 20 * 60
SESAME_ONE_TIME = True
NEWSLETTER_BATCH_SIZE = env.int("NEWSLETTER_BATCH_SIZE", default=200)
# The header a trusted reverse proxy puts the reader's IP in, e.g. HTTP_X_REAL_IP; empty
# when the site is served directly. Rate limits count per reader IP.
SUBSCRIPTIONS_CLIENT_IP_HEADER = env.str("SUBSCRIPTIONS_CLIENT_IP_HEADER", default="")

# Reader search beyond one database server: WAGTAILSEARCH_BACKEND names one of Wagtail's
# own backends (e.g. wagtail.search.backends.opensearch3 or .elasticsearch8) and
# WAGTAILSEARCH_URL the cluster; run `manage.py update_index` once after switching.
WAGTAILSEARCH_URL = env.str("WAGTAILSEARCH_URL", default="")
if WAGTAILSEARCH_URL:
    WAGTAILSEARCH_BACKENDS["default"].update(
        {
            "URLS": [WAGTAILSEARCH_URL],
            "INDEX": env.str("WAGTAILSEARCH_INDEX", default="lordspress"),
            "TIMEOUT": env.int("WAGTAILSEARCH_TIMEOUT", default=5),
        }
    )
# The WAGTAILSEARCH_BACKENDS alias reader search goes through, or empty for its own index
# in the database. A cluster, once configured, serves readers too.
READER_SEARCH_BACKEND = env.str(
    "READER_SEARCH_BACKEND", default="default" if WAGTAILSEARCH_URL else ""
)

# Editorial workflow: moderation, revisions and notifications (issue 3)
WAGTAIL_WORKFLOW_ENABLED = True
# An edit made after a task was approved sends the story back through that task.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Legal's sign-off can be the last step, and Legal do not hold publish permission.
WAGTAIL_FINISH_WORKFLOW_ACTION = "editorial.workflows.publish_approved_revision"
WAGTAILADMIN_COMMENTS_ENABLED = True
# Milliseconds of quiet after an edit before the editor's draft is saved; 0 turns it off.
WAGTAIL_AUTOSAVE_INTERVAL = env.int("WAGTAIL_AUTOSAVE_INTERVAL", default=500)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = env.str(
    "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", default=DEFAULT_FROM_EMAIL
)
# Review requests go to the group that owns the step, not to every administrator.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = env.bool(
    "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", default=False
)

# Cookie consent: django-cookie-consent's models and cookie, our consent app around them.
# Every setting consent/ reads is set here, so it reads them from django.conf.settings and
# never depends on how the library fills in its defaults.
COOKIE_CONSENT_NAME = "cookie_consent"
# What the consent cookie holds for a refused group (the library's documented default).
COOKIE_CONSENT_DECLINE = "-1"
COOKIE_CONSENT_DOMAIN = None  # the host that set it, never its sub-domains
# The library clears its own cache of groups here when they are saved; consent/ never reads it.
COOKIE_CONSENT_CACHE_BACKEND = "default"
# A choice lasts six months (the CNIL's recommendation); then the reader is asked again.
COOKIE_CONSENT_MAX_AGE = 60 * 60 * 24 * 182
COOKIE_CONSENT_SECURE = False  # production.py sends it over HTTPS only
COOKIE_CONSENT_SAMESITE = "Lax"
# consent.js reads the choice in the browser, so cached pages never have to carry it.
COOKIE_CONSENT_HTTPONLY = False
# consent.ConsentRecord is our proof of consent; the library's per-group log would duplicate it.
COOKIE_CONSENT_LOG_ENABLED = False
CONSENT_RECORD_RETENTION_DAYS = env.int("CONSENT_RECORD_RETENTION_DAYS", default=365 * 2)

# Content Security Policy and Permissions-Policy (security/, django-csp) ---------------------
# Readers' pages are cached and replayed to every reader (page cache, CDN), so their policy
# allows scripts by address and by hash, never by nonce or 'unsafe-inline'. Added to it for
# every response by security.middleware: the hash of each inline script in the project's
# templates, and the hashes and origins of the analytics tag, derived when it is saved.
# The policy stops injected script; which tags may run for a reader stays consent.js's job.
CSP_SELF, CSP_NONE = "'self'", "'none'"
# Where embeds are framed from; each block's HTML comes from Wagtail's oEmbed finders.
CSP_EMBED_FRAME_ORIGINS = env.list(
    "CSP_EMBED_FRAME_ORIGINS",
    default=[
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ],
)
# Embeds that bring a script of their own (e.g. https://platform.twitter.com for posts on X).
CSP_EMBED_SCRIPT_ORIGINS = env.list("CSP_EMBED_SCRIPT_ORIGINS", default=[])
# Where the analytics tag reports to when the tag itself does not name it (Google Analytics 4
# sends to https://*.google-analytics.com, for example).
CSP_ANALYTICS_CONNECT_ORIGINS = env.list("CSP_ANALYTICS_CONNECT_ORIGINS", default=[])
# Static files or uploads served from another host (a CDN, object storage).
CSP_ASSET_ORIGINS = list(
    dict.fromkeys(
        f"{url.scheme}://{url.netloc}"
        for url in (urlsplit(STATIC_URL), urlsplit(MEDIA_URL))
        if url.scheme and url.netloc
    )
)
# Each process keeps the analytics tag's sources this long before asking the shared cache
# again, so a cached page costs no cache round trip; a new tag is allowed on every process
# within this many seconds of its save.
CSP_PROCESS_CACHE_SECONDS = env.int("CSP_PROCESS_CACHE_SECONDS", default=10)
# Browsers post violation reports here (security/views.py); empty sends none.
CSP_REPORT_ENDPOINT = env.str("CSP_REPORT_ENDPOINT", default="/csp-report/")
# Reports a minute per address or IPv6 /64 (core/ratelimit.py).
CSP_REPORTS_PER_MINUTE = env.int("CSP_REPORTS_PER_MINUTE", default=30)
CSP_REPORT_MAX_BYTES = 8 * 1024

CSP_READER_DIRECTIVES = {
    "default-src": [CSP_SELF],
    "script-src": [CSP_SELF, *CSP_ASSET_ORIGINS, *CSP_EMBED_SCRIPT_ORIGINS],
    "style-src": [CSP_SELF, *CSP_ASSET_ORIGINS],
    "img-src": [CSP_SELF, *CSP_ASSET_ORIGINS, *CSP_ANALYTICS_CONNECT_ORIGINS],
    "media-src": [CSP_SELF, *CSP_ASSET_ORIGINS],
    "font-src": [CSP_SELF, *CSP_ASSET_ORIGINS],
    "connect-src": [CSP_SELF, *CSP_ANALYTICS_CONNECT_ORIGINS],
    "frame-src": CSP_EMBED_FRAME_ORIGINS or [CSP_NONE],
    "object-src": [CSP_NONE],
    "base-uri": [CSP_NONE],
    "form-action": [CSP_SELF],
    "frame-ancestors": [CSP_SELF],
    "report-uri": [CSP_REPORT_ENDPOINT] if CSP_REPORT_ENDPOINT else None,
}
# The Wagtail admin's policy replaces these directives under /admin/: its editors and
# choosers run inline scripts and set inline styles, and its live preview is a frame of
# our own pages. Staff are signed in, so these pages are never shared from a cache.
CSP_ADMIN_DIRECTIVES = {
    "script-src": [CSP_SELF, "'unsafe-inline'", *CSP_ASSET_ORIGINS],
    "style-src": [CSP_SELF, "'unsafe-inline'", *CSP_ASSET_ORIGINS],
    # Staff avatars come from Gravatar, at the admin page's own scheme.
    "img-src": [CSP_SELF, "data:", "blob:", "www.gravatar.com", *CSP_ASSET_ORIGINS],
    "font-src": [CSP_SELF, "data:", *CSP_ASSET_ORIGINS],
    "frame-src": [CSP_SELF, *CSP_EMBED_FRAME_ORIGINS],
}
# CSP_REPORT_ONLY=true sends the same policy as Content-Security-Policy-Report-Only: browsers
# report what it would block and block nothing, to try a change on real traffic first.
if env.bool("CSP_REPORT_ONLY", default=False):
    CONTENT_SECURITY_POLICY = None
    CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": CSP_READER_DIRECTIVES}
else:
    CONTENT_SECURITY_POLICY = {"DIRECTIVES": CSP_READER_DIRECTIVES}
    CONTENT_SECURITY_POLICY_REPORT_ONLY = None

# Powerful browser features nobody on the site uses are switched off for it and every frame
# in it. Fullscreen, autoplay and picture-in-picture stay for embedded players, and WebAuthn
# for staff sign-in.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
# Staff accounts (issue 13): sign-in lockouts (django-axes), two-factor authentication
# (django-otp with TOTP, recovery codes and passkeys through django-otp-webauthn) and idle
# staff sessions; staff_security/ holds what joins them to Wagtail's admin.
INSTALLED_APPS += [
    "staff_security",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
]
_after_auth = MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1
MIDDLEWARE[_after_auth:_after_auth] = [
    "django_otp.middleware.OTPMiddleware",
    "staff_security.middleware.StaffTwoFactorMiddleware",
    "staff_security.middleware.StaffSessionMiddleware",
]
# Axes turns a lockout flagged during sign-in into its answer, so it comes last.
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]
AUTHENTICATION_BACKENDS = [
    # Refuses a locked-out account or address before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Database sessions, with a staff member's ending after STAFF_SESSION_IDLE_MINUTES without a
# request; readers' sessions keep SESSION_COOKIE_AGE.
SESSION_ENGINE = "staff_security.sessions"
STAFF_SESSION_IDLE_MINUTES = env.int("STAFF_SESSION_IDLE_MINUTES", default=8 * 60)

# Failed admin sign-ins are counted per account and, separately, per address; either count
# reaching the limit refuses every sign-in for it, even with the right password, until the
# lockout has had no failed attempt for STAFF_LOCKOUT_MINUTES or an administrator lifts it.
AXES_ENABLED = True
AXES_FAILURE_LIMIT = env.int("STAFF_SIGN_IN_FAILURE_LIMIT", default=5)
STAFF_LOCKOUT_MINUTES = env.int("STAFF_LOCKOUT_MINUTES", default=30)
AXES_COOLOFF_TIME = STAFF_LOCKOUT_MINUTES / 60
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_USERNAME_CALLABLE = "staff_security.lockout.normalised_username"
# The address comes from SUBSCRIPTIONS_CLIENT_IP_HEADER when a proxy sets it.
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_ip"
AXES_LOCKOUT_CALLABLE = "staff_security.lockout.lockout_response"
# Attempts live in the default database, so every process sees them; on PostgreSQL a
# connection gives up after DATABASE_CONNECT_TIMEOUT seconds (SQLite waits 20, above).
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
# Readers sign in by e-mailed link through the same login(): no log of their addresses.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False

# Two-factor authentication: who must use it. Others on the staff (Writers) may choose to.
STAFF_TWO_FACTOR_REQUIRED_GROUPS = env.list(
    "STAFF_TWO_FACTOR_REQUIRED_GROUPS", default=["Editors", "Legal"]
)
STAFF_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = env.bool(
    "STAFF_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS", default=True
)
STAFF_RECOVERY_CODE_COUNT = 10
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Passkeys are bound to a domain and only work on it (https, or http://localhost).
OTP_WEBAUTHN_RP_NAME = WAGTAIL_SITE_NAME
OTP_WEBAUTHN_RP_ID = env.str("STAFF_PASSKEY_DOMAIN", default="localhost")
OTP_WEBAUTHN_ALLOWED_ORIGINS = env.list("STAFF_PASSKEY_ORIGINS", default=["http://localhost:8000"])
# A passkey is a second factor here, never a way around the password and its lockout.
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
# Wire desk (wire/): agency and partner copy in, draft articles out. Every fetch (feeds,
# photos) is limited to each source's own hosts, to public addresses unless the source
# says otherwise, and by these timeouts and sizes.
INSTALLED_APPS += ["wire"]
# Innermost, so it sees the 404 Wagtail gives an unpublished story's address.
MIDDLEWARE += ["wire.middleware.WithdrawnStoryMiddleware"]
WIRE_INBOX_ROOT = env.path("WIRE_INBOX_ROOT", default=BASE_DIR / "var" / "wire-inbox")
# Seconds to connect and, separately, to read; the whole fetch is cut off at 3x.
WIRE_FETCH_TIMEOUT = env.float("WIRE_FETCH_TIMEOUT", default=5.0)
# The largest file, feed document or paste read (one item or a batch).
WIRE_MAX_FILE_BYTES = env.int("WIRE_MAX_FILE_BYTES", default=5 * 1024 * 1024)
WIRE_MAX_PHOTO_BYTES = env.int("WIRE_MAX_PHOTO_BYTES", default=15 * 1024 * 1024)
WIRE_MAX_PHOTOS_PER_ITEM = env.int("WIRE_MAX_PHOTOS_PER_ITEM", default=12)
WIRE_MAX_DEPTH = env.int("WIRE_MAX_DEPTH", default=64)
# A kill from the source takes a story built from it down (410 Gone with a public note);
# false only alerts the editors who used it.
WIRE_KILL_TAKES_DOWN = env.bool("WIRE_KILL_TAKES_DOWN", default=True)

# Read replicas (scaling/replicas.py): DATABASE_REPLICA_URL names one or more PostgreSQL
# streaming standbys, comma-separated; readers' pages, feeds, sitemaps and search read from
# them, everything else from DATABASE_URL.
REPLICA_DATABASES = []
for number, url in enumerate(env.list("DATABASE_REPLICA_URL", default=[]), start=1):
    alias = f"replica_{number}"
    DATABASES[alias] = {
        **environ.Env.db_url_config(url),
        "ENGINE": "resilience.postgresql",
        "CONN_MAX_AGE": DATABASES["default"]["CONN_MAX_AGE"],
        "CONN_HEALTH_CHECKS": True,
        # A replica that does not answer soon is passed over for the primary.
        "OPTIONS": {
            **DATABASES["default"].get("OPTIONS", {}),
            "connect_timeout": env.int("REPLICA_CONNECT_TIMEOUT", default=1),
        },
        # Under the test runner a replica is the test database itself.
        "TEST": {"MIRROR": "default"},
    }
    REPLICA_DATABASES.append(alias)
if REPLICA_DATABASES:
    DATABASE_ROUTERS = ["scaling.replicas.ReplicaRouter"]
# Seconds a replica may be behind the primary and still serve readers.
REPLICA_MAX_LAG_SECONDS = env.float("REPLICA_MAX_LAG_SECONDS", default=5.0)
# Each process asks a replica how far behind it is at most this often.
REPLICA_CHECK_SECONDS = env.float("REPLICA_CHECK_SECONDS", default=2.0)
# After a browser writes anything, its reads go to the primary for this long.
REPLICA_PIN_SECONDS = env.int("REPLICA_PIN_SECONDS", default=30)
REPLICA_PIN_COOKIE = "read_primary"
# Requests under these paths always read from the primary.
REPLICA_PRIMARY_PATHS = (
    "/admin/",
    "/account/",
    "/subscribe/",
    "/unsubscribe/",
    "/cookies/",
    "/documents/",
    "/csp-report/",
)
# Read API (api/): Wagtail's API v2 at /api/v2/, public pages only. Anonymous readers are
# limited per address; partners' keys (made in the admin) carry limits of their own.
API_ANONYMOUS_ACCESS = env.bool("API_ANONYMOUS_ACCESS", default=True)
API_ANONYMOUS_REQUESTS_PER_MINUTE = env.int("API_ANONYMOUS_REQUESTS_PER_MINUTE", default=60)
WAGTAILAPI_LIMIT_MAX = env.int("API_LIMIT_MAX", default=50)
