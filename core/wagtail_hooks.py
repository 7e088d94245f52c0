from wagtail import hooks

from core.rich_text import RememberedPageLinkHandler


# Ordered after Wagtail's own registration of the "page" link type, which this replaces.
@hooks.register("register_rich_text_features", order=1)
def remember_page_links(features):
    features.register_link_type(RememberedPageLinkHandler)
