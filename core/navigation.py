"""The site's menu: the front page's children that editors put in the menu."""

from wagtail.models import Site

from core.querysets import all_pages
from core.sitewide import remembered


def menu_pages(request):
    """The menu pages in the order editors arranged them.

    Cached between requests, and kept on the request so that the masthead, the footer and
    the front page's section blocks share one lookup.
    """
    if not hasattr(request, "_menu_pages"):
        site = Site.find_for_request(request)
        request._menu_pages = (
            remembered(f"menu:{site.pk}", lambda: menu_pages_of(site)) if site else []
        )
    return request._menu_pages


def menu_pages_of(site):
    return list(all_pages().child_of(site.root_page).live().public().in_menu().order_by("path"))
