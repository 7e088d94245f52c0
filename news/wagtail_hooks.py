from django.http import Http404
from wagtail import hooks

from news.documents import may_download


@hooks.register("before_serve_document")
def serve_subscribers_only_documents_to_subscribers(document, request):
    # Not found rather than forbidden: a guessed address must not confirm that a
    # subscribers-only document exists.
    if not may_download(document, request.user):
        raise Http404
