"""A story taken down at its source's request answers 410 Gone with its public note."""

from django.template.response import TemplateResponse
from wagtail.models import Site

from news.models import ArticleCorrection


def withdrawal_notice(request):
    """The withdrawal note of the once-published story at the request's address, if any."""
    site = Site.find_for_request(request)
    # No page's address holds a NUL, and PostgreSQL refuses one in a query.
    if site is None or not request.path.endswith("/") or "\x00" in request.path:
        return None
    url_path = site.root_page.url_path + request.path.lstrip("/")
    return (
        ArticleCorrection.objects.filter(
            kind=ArticleCorrection.Kind.WITHDRAWAL,
            page__url_path=url_path,
            page__live=False,
            page__first_published_at__isnull=False,
        )
        .select_related("page")
        .order_by("-date", "-pk")
        .first()
    )


class WithdrawnStoryMiddleware:
    """Turns the 404 of a withdrawn story's address into 410 Gone with its note.

    The story is unpublished, so Wagtail's routing finds nothing there; only answers that
    found nothing are looked at again, with one query.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in {"GET", "HEAD"}:
            return response
        notice = withdrawal_notice(request)
        if notice is None:
            return response
        article = notice.page
        context = {
            "article": article,
            "notice": notice,
            "corrections_page": article.corrections_page(),
        }
        return TemplateResponse(
            request, "wire/withdrawn_article.html", context, status=410
        ).render()
