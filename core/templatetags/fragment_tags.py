"""`{% pagefragment "name" [vary_on …] %}…{% endpagefragment %}`: part of a page, rendered once.

Wagtail's preview-aware page fragment cache (`{% wagtailpagecache %}`), which keys a
fragment by the page, its site and the values given. The page's cache key carries the
sitewide version (BasePage.get_cache_key_components), so a fragment lasts until anything
readers see changes, and at most as long as the sitewide cache's other values. Previews
are never cached; where there is no page (search, errors), or PAGE_FRAGMENTS_ENABLED is
off, the content is rendered as it is.
"""

from django import template
from django.conf import settings
from wagtail.models import PAGE_TEMPLATE_VAR
from wagtail.templatetags.wagtail_cache import WagtailPageCacheNode

from core.sitewide import TIMEOUT_SECONDS

register = template.Library()


class PageFragmentNode(WagtailPageCacheNode):
    def render(self, context):
        page = context.get(PAGE_TEMPLATE_VAR)
        if not settings.PAGE_FRAGMENTS_ENABLED or not hasattr(page, "cache_key"):
            return self.nodelist.render(context)
        return super().render(context)


@register.tag
def pagefragment(parser, token):
    nodelist = parser.parse(("endpagefragment",))
    parser.delete_first_token()
    tokens = token.split_contents()
    if len(tokens) < 2:
        raise template.TemplateSyntaxError("'pagefragment' needs the fragment's name.")
    return PageFragmentNode(
        nodelist,
        parser.compile_filter(str(TIMEOUT_SECONDS)),
        tokens[1],  # a fixed name, as for Django's {% cache %}
        [parser.compile_filter(argument) for argument in tokens[2:]],
        None,
    )
