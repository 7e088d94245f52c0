"""The dynamic parts of the Content-Security-Policy that settings cannot hold.

The policy itself lives in settings (CONTENT_SECURITY_POLICY, CSP_ADMIN_DIRECTIVES);
security.middleware adds what is read from the database and the templates.
"""

import logging
import time
from functools import cache
from itertools import chain
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError

from freshness import versions
from security.models import AnalyticsTagSources
from security.scripts import script_sources

logger = logging.getLogger(__name__)

ANALYTICS_CACHE_PREFIX = "security:analytics-tag-sources"
# (expires at, sources): this process's own copy of analytics_sources().
process_copy = (0.0, None)
TEMPLATE_SYNTAX = ("{{", "{%")


def has_template_syntax(text):
    return any(marker in text for marker in TEMPLATE_SYNTAX)


def project_template_files():
    """Every template this project writes (not those of Django, Wagtail or other libraries)."""
    base = Path(settings.BASE_DIR).resolve()
    directories = [Path(directory) for engine in settings.TEMPLATES for directory in engine["DIRS"]]
    directories += [
        Path(app.path) / "templates"
        for app in apps.get_app_configs()
        if base in Path(app.path).resolve().parents and "site-packages" not in Path(app.path).parts
    ]
    seen = set()
    for directory in directories:
        for path in sorted(Path(directory).rglob("*.html")):
            if path not in seen:
                seen.add(path)
                yield path


def template_inline_scripts():
    """(template, ScriptSources) for each project template with an inline script."""
    for path in project_template_files():
        text = path.read_text(encoding="utf-8")
        if "<script" not in text:
            continue
        sources = script_sources(text, is_unhashable=has_template_syntax)
        if sources.script_hashes or sources.unhashable:
            yield path, sources


@cache
def template_script_hashes():
    """The hash of every inline script in the project's templates, read once per process.

    A script holding template syntax changes from page to page and cannot be allowed by one
    hash; the `security.E001` check refuses such a template.
    """
    return tuple(
        dict.fromkeys(
            chain.from_iterable(sources.script_hashes for _, sources in template_inline_scripts())
        )
    )


def analytics_sources():
    """(script hashes, origins) of every site's analytics tag.

    Every page needs them, cached pages too, so each process keeps them for
    CSP_PROCESS_CACHE_SECONDS before asking the shared cache, and only a change reaches
    the database. The shared copy is stored under the site's freshness version, which
    saving the tag (a site setting) renews like any other setting.
    """
    expires_at, sources = process_copy
    if sources is not None and time.monotonic() < expires_at:
        return sources
    (site_version,) = versions.current([versions.SITE])
    key = f"{ANALYTICS_CACHE_PREFIX}:{site_version}"
    sources = versions.cache().get(key)
    if sources is None:
        try:
            sources = stored_analytics_sources()
        except DatabaseError:
            # The page cache may still serve pages while the database is down; they go
            # out without the tag's sources (the tag is blocked) rather than not at all.
            logger.warning("Analytics tag sources unavailable", exc_info=True)
            return (), ()
        versions.cache().set(key, sources, timeout=None)
    keep_process_copy(sources, settings.CSP_PROCESS_CACHE_SECONDS)
    return sources


def forget_process_copy():
    """The process that saved the tag follows at once; others within CSP_PROCESS_CACHE_SECONDS."""
    keep_process_copy(None, 0)


def keep_process_copy(sources, seconds):
    global process_copy
    process_copy = (time.monotonic() + seconds, sources if seconds > 0 else None)


def stored_analytics_sources():
    hashes, origins = {}, {}
    for row in AnalyticsTagSources.objects.order_by("site_id"):
        hashes.update(dict.fromkeys(row.script_hashes))
        origins.update(dict.fromkeys(row.origins))
    return tuple(hashes), tuple(origins)


def reader_additions():
    """Directives added to the readers' policy: inline script hashes and the analytics tag."""
    tag_hashes, tag_origins = analytics_sources()
    return {
        "script-src": [*template_script_hashes(), *tag_hashes, *tag_origins],
        "connect-src": list(tag_origins),
        "img-src": list(tag_origins),
    }
