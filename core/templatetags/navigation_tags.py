from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_breadcrumbs(context):
    """The trail from the front page down to the page being shown."""
    return context["page"].get_breadcrumbs(context["request"])


@register.filter
def leads_to(section, page):
    """Whether ``page`` lies inside ``section``: a story in it, or a page further down."""
    path = getattr(page, "path", "")
    return path.startswith(section.path) and path != section.path
