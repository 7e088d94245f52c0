from django.http import HttpResponse
from django.urls import include, path
from django.views.decorators.cache import never_cache

# The project's error handler (a 503 when a dependency is down), which Django looks up in
# the root URLconf only.
from config.urls import handler500  # noqa: F401


# Kept out of the page cache so that it measures the full middleware stack every time.
@never_cache
def constant(request):
    """The fastest answer Django can give through the full middleware stack."""
    return HttpResponse(b"hello", content_type="text/plain")


urlpatterns = [path("__constant__/", constant), path("", include("config.urls"))]
