"""The site's menu: the front page's children that editors put in the menu."""

from django.utils.functional import SimpleLazyObject
from wagtail.models import Page, Site


def menu_pages(request):
    """The menu pages of the request's site, in the order editors arranged them."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    return list(Page.objects.child_of(site.root_page).live().public().in_menu().order_by("path"))


def menu(request):
    """Context processor: the menu, looked up once however many parts of a page show it."""
    return {"menu_pages": SimpleLazyObject(lambda: menu_pages(request))}
