"""Who may read the API and how often: optional partner keys, anonymous readers by address.

Keys travel in the `Authorization: Api-Key <key>` header only. A key in the address would be
written to every proxy's and CDN's logs, so one there is refused rather than ignored. Requests
with a key skip the page cache (it never stores requests with an Authorization header), so
each is counted against its key's limit; anonymous requests are counted per address on the
requests that reach the application (cached copies cost nothing to serve).
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication
from rest_framework.permissions import BasePermission
from rest_framework.throttling import BaseThrottle

from api.models import ApiKey
from core.ratelimit import RateLimit, client_network

SCHEME = "Api-Key"
KEY_QUERY_PARAMETERS = ("api_key", "apikey", "key", "token")
MINUTE = 60


class ApiKeyAuthentication(BaseAuthentication):
    def authenticate(self, request):
        if any(name in request.query_params for name in KEY_QUERY_PARAMETERS):
            raise exceptions.ParseError(
                "Send the API key in the Authorization header (Authorization: Api-Key <key>), "
                "never in the address."
            )
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if not header:
            return None
        scheme, _, presented = header.partition(" ")
        if scheme.lower() != SCHEME.lower() or not presented.strip():
            raise exceptions.AuthenticationFailed(
                "The Authorization header must be: Api-Key <key>."
            )
        key = ApiKey.objects.find(presented.strip())
        if key is None:
            # One answer for a forged, unknown or revoked key: nothing to tell them apart.
            raise exceptions.AuthenticationFailed("Invalid API key.")
        return (AnonymousUser(), key)

    def authenticate_header(self, request):
        return SCHEME


class ReaderAccess(BasePermission):
    message = "This API needs a key: send Authorization: Api-Key <key>."

    def has_permission(self, request, view):
        if request.auth is None and not settings.API_ANONYMOUS_ACCESS:
            raise exceptions.NotAuthenticated(self.message)
        return True


class ApiRateLimit(BaseThrottle):
    """Counts each request against its key's limit, or its address's (core.ratelimit)."""

    def allow_request(self, request, view):
        key = request.auth
        if key is not None:
            limit = RateLimit("api-key", key.requests_per_minute, MINUTE)
            return limit.allows(key.pk)
        limit = RateLimit("api-ip", settings.API_ANONYMOUS_REQUESTS_PER_MINUTE, MINUTE)
        # DRF's request hands META through from Django's, which is all client_network reads.
        return limit.allows(client_network(request))

    def wait(self):
        return MINUTE
