"""The Wagtail site a request is for, from the sitewide cache rather than a query."""

from django.http.request import split_domain_port
from wagtail.models import Site

from core.sitewide import remembered


class RememberedSiteMiddleware:
    """Wagtail looks up the site of every request with a query and keeps it on the request
    as `_wagtail_site` (see `Site.find_for_request`). This sets it from the sitewide
    cache, which any change to a site or page renews, with the site's root page already
    specific, so that routing to the front page costs no query at all.

    Must come after CommonMiddleware, which has rejected hosts not in ALLOWED_HOSTS.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname = split_domain_port(request.get_host())[0]
        site = remembered(f"site:{hostname}:{request.get_port()}", lambda: self.find_site(request))
        if site is not None:
            request._wagtail_site = site
        return self.get_response(request)

    @staticmethod
    def find_site(request):
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific
        return site
