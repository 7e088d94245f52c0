from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from api.urls import api_router
from news.tags import tag_page

handler500 = "resilience.errors.server_error"

urlpatterns = [
    path("", include("resilience.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("api/v2/", api_router.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", include("search.urls")),
    path("", include("dateline.urls")),
    path("feeds/", include("news.urls")),
    path("tags/<slug:slug>/", tag_page, name="tag_page"),
    path("feeds/authors/", include("authors.urls")),
    path("", include("seo.urls")),
    path("", include("subscriptions.urls")),
    path("cookies/", include("consent.urls")),
    path("", include("security.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
