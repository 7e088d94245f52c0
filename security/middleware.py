"""django-csp's middleware with this site's two policies: readers' and the Wagtail admin's.

Readers' pages are cached and shared (page cache, CDN), so their policy names scripts by
address and by hash, never by nonce, and is built fresh for every response, cached or not.
The hashes and origins read from the templates and the analytics tag go to HTML pages only.
django-csp invites customisation by overriding `get_policy_parts`, which this does.
"""

from functools import cache

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse

from security.policy import reader_additions


@cache
def admin_prefix():
    return reverse("wagtailadmin_home")


def is_html(response):
    return response.get("Content-Type", "").startswith(("text/html", "application/xhtml+xml"))


def merged(additions, directives):
    combined = {name: list(sources) for name, sources in additions.items() if sources}
    for name, sources in (directives or {}).items():
        extra = [sources] if isinstance(sources, str) else list(sources or ())
        combined[name] = [*combined.get(name, []), *extra]
    return combined


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        policy = (
            settings.CONTENT_SECURITY_POLICY_REPORT_ONLY
            if report_only
            else settings.CONTENT_SECURITY_POLICY
        )
        # Nothing to add when this kind of header is off, or a view set its whole policy.
        if not policy or parts.config is not None:
            return parts
        if request.path_info.startswith(admin_prefix()):
            parts.replace = {**settings.CSP_ADMIN_DIRECTIVES, **(parts.replace or {})}
        elif is_html(response):
            # Only a page runs scripts; stylesheets, images and feeds keep the plain policy
            # and cost no cache read.
            parts.update = merged(reader_additions(), parts.update)
        return parts
