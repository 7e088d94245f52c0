from django import template
from wagtail.models import Site

register = template.Library()


@register.simple_tag(takes_context=True)
def site_sections(context):
    """The front page's menu children, in the order editors arranged them.

    Remembered on the request so the masthead and footer share one query.
    """
    request = context.get("request")
    if request is None:
        return []
    if not hasattr(request, "_site_sections"):
        site = Site.find_for_request(request)
        request._site_sections = (
            list(site.root_page.get_children().live().public().in_menu().order_by("path"))
            if site
            else []
        )
    return request._site_sections
