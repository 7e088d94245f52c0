from django import template

from core.navigation import menu_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def site_sections(context):
    """The menu pages for the masthead and footer navigation."""
    request = context.get("request")
    return menu_pages(request) if request is not None else []


@register.filter
def leads_to(section, page):
    """Whether ``page`` lies inside ``section``: a story in it, or a page further down."""
    path = getattr(page, "path", "")
    return path.startswith(section.path) and path != section.path
