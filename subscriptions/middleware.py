from django.conf import settings
from django.utils.cache import patch_cache_control


class PrivateCacheForSignedInMiddleware:
    """Pages rendered for a signed-in reader are theirs alone: no shared cache may keep them.

    Only requests carrying a session cookie are looked at, so anonymous pages stay
    cacheable and their sessions untouched.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated:
            patch_cache_control(response, private=True)
        return response
