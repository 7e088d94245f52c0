from urllib.parse import urlsplit

from django.conf import settings


def is_same_origin(request):
    """Whether a POST comes from a page of this site, judged like Django's CSRF check does
    for HTTPS: by the Origin header, or the Referer where a browser sends no Origin."""
    origin = request.META.get("HTTP_ORIGIN")
    if not origin:
        referer = urlsplit(request.META.get("HTTP_REFERER", ""))
        if not (referer.scheme and referer.netloc):
            return False
        origin = f"{referer.scheme}://{referer.netloc}"
    own_origin = f"{request.scheme}://{request.get_host()}"
    return origin == own_origin or origin in settings.CSRF_TRUSTED_ORIGINS
