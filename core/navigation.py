"""The site's menu: the front page's children that editors put in the menu."""

from wagtail.models import Site

from core.querysets import all_pages


def menu_pages(request):
    """The menu pages in the order editors arranged them.

    Remembered on the request, so the masthead, the footer and the front page's section
    blocks share one query.
    """
    if not hasattr(request, "_menu_pages"):
        site = Site.find_for_request(request)
        request._menu_pages = (
            list(all_pages().child_of(site.root_page).live().public().in_menu().order_by("path"))
            if site
            else []
        )
    return request._menu_pages
