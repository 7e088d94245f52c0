"""Readers' answer when a dependency the page needs is down: 503 with Retry-After.

A database that refuses connections, or one that accepts and never answers until the
connect or statement timeout, raises ``OperationalError`` or ``InterfaceError`` from
wherever the request first needed it. That is an outage, not a bug: the reader is asked to
come back shortly (and a CDN or load balancer sees a 503 it may answer from its own copy)
instead of being shown a 500. The page is a static template rendered without a request
context, so nothing in it can touch the database again.
"""

import sys

from csp.decorators import csp
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

# Errors that mean a dependency is unavailable rather than that the code is wrong.
UNAVAILABLE_ERRORS = (OperationalError, InterfaceError)


def is_unavailable(error):
    return isinstance(error, UNAVAILABLE_ERRORS)


def unavailable_response():
    content = loader.get_template("resilience/503.html").render()
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(settings.UNAVAILABLE_RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def with_configured_policy(view):
    """The error pages run no scripts, so they carry the readers' policy as configured,
    without the analytics tag's sources, which would be read from the database that just
    failed; in whichever header, enforcing or report-only, the settings use."""
    for policy, report_only in (
        (settings.CONTENT_SECURITY_POLICY, False),
        (settings.CONTENT_SECURITY_POLICY_REPORT_ONLY, True),
    ):
        if policy:
            view = csp(policy["DIRECTIVES"], REPORT_ONLY=report_only)(view)
    return view


@with_configured_policy
@requires_csrf_token
def server_error(request):
    """``handler500``: Django calls it while handling the exception, so the exception is
    the one being handled (``sys.exception()``)."""
    if is_unavailable(sys.exception()):
        return unavailable_response()
    content = loader.get_template("500.html").render()
    return HttpResponseServerError(content)
