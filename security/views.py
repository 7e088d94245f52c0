"""Where browsers send Content-Security-Policy violation reports.

Any browser, or anyone, can post here, so the view trusts nothing it is sent: a small
body, a known content type, a rate limit per address, and JSON read defensively. It keeps
only the directive, the blocked origin and the route of the page, and logs them: no IP
address, cookie, query string, script sample or user agent.
"""

import json
import logging
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.ratelimit import client_network, csp_reports
from security.scripts import origin_of

logger = logging.getLogger("security.csp")

# report-uri posts application/csp-report; the Reporting API posts application/reports+json.
REPORT_CONTENT_TYPES = {"application/csp-report", "application/reports+json", "application/json"}
MAX_REPORTS_PER_POST = 20
DIRECTIVE = re.compile(r"[a-z][a-z-]{0,39}")
BLOCKED_KEYWORDS = {
    "inline",
    "eval",
    "wasm-eval",
    "self",
    "trusted-types-policy",
    "trusted-types-sink",
}
SAFE_PATH = re.compile(r"[^A-Za-z0-9/_.~-]")
MAX_PATH_LENGTH = 200


def blocked_origin(value):
    value = str(value).strip()
    if value in BLOCKED_KEYWORDS:
        return value
    scheme = value.partition(":")[0].lower()
    if scheme in ("data", "blob", "filesystem", "mediastream"):
        return f"{scheme}:"
    return origin_of(value) or "other"


def page_route(url):
    """The page's URL pattern, or its path for a Wagtail page: never a query or a token."""
    try:
        path = urlsplit(str(url)).path or "/"
        match = resolve(path)
    except (ValueError, Resolver404):
        return "(unknown page)"
    if match.url_name != "wagtail_serve":
        # e.g. "/account/sign-in/<str:token>/": the token itself is never written down.
        return f"/{match.route}"
    return SAFE_PATH.sub("?", path)[:MAX_PATH_LENGTH]


def violations(payload):
    """(directive, blocked origin, page) for each report in either of the browsers' formats
    that names a directive; None when the payload is neither format."""
    if isinstance(payload, dict) and isinstance(payload.get("csp-report"), dict):
        report = payload["csp-report"]
        bodies = [
            {
                "directive": report.get("effective-directive") or report.get("violated-directive"),
                "blocked": report.get("blocked-uri", ""),
                "page": report.get("document-uri", ""),
            }
        ]
    elif isinstance(payload, list):
        bodies = [
            {
                "directive": entry["body"].get("effectiveDirective"),
                "blocked": entry["body"].get("blockedURL", ""),
                "page": entry["body"].get("documentURL", ""),
            }
            for entry in payload[:MAX_REPORTS_PER_POST]
            if isinstance(entry, dict)
            and entry.get("type") == "csp-violation"
            and isinstance(entry.get("body"), dict)
        ]
    else:
        return None
    return [
        (body["directive"], blocked_origin(body["blocked"]), page_route(body["page"]))
        for body in bodies
        if isinstance(body["directive"], str) and DIRECTIVE.fullmatch(body["directive"])
    ]


@csrf_exempt
@never_cache
@require_POST
def csp_report(request):
    if not csp_reports().allows(client_network(request)):
        return HttpResponse(status=429)
    if request.content_type not in REPORT_CONTENT_TYPES:
        return HttpResponse(status=415)
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > settings.CSP_REPORT_MAX_BYTES:
        return HttpResponse(status=413)
    try:
        reported = violations(json.loads(request.body))
    except (ValueError, RecursionError):
        reported = None
    if not reported:
        return HttpResponse(status=400)
    for directive, blocked, page in reported:
        logger.warning("CSP violation: %s blocked %s on %s", directive, blocked, page)
    return HttpResponse(status=204)
