"""With `?routed` in its query string, a page is answered as soon as Wagtail's serve view
has found it (the site, its root page, the page at the address) and run the hooks before
this one, with nothing of the page rendered: what serving any page the stock way costs
before the page does anything, which no work on templates or fragments can go below."""

from django.http import HttpResponse
from wagtail import hooks


@hooks.register("before_serve_page", order=1000)
def answer_once_routed(page, request, args, kwargs):
    if "routed" in request.GET:
        return HttpResponse(b"routed", content_type="text/plain")
    return None
