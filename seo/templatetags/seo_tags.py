from django import template

from core.feeds import alternate_feed_links
from core.models import SiteSettings
from news.models import ArticlePage
from seo.structured_data import structured_data_for, to_script_json

register = template.Library()

SHARE_RENDITION = "fill-1200x630|format-jpeg"


@register.inclusion_tag("seo/head.html", takes_context=True)
def page_meta(context):
    """Canonical address, sharing cards, feeds and JSON-LD for the page being shown."""
    request = context.get("request")
    if request is None:
        return {}
    site_settings = SiteSettings.for_request(request)
    page = context.get("page")
    meta = {
        "site_name": site_settings.publication_name,
        # A view may name its own feeds (a tag page); every other page offers the site's.
        "feed_links": context.get("feed_links")
        or alternate_feed_links(site_settings.publication_name, "site_feed"),
    }
    if page is None or not hasattr(page, "canonical_url"):
        return {"meta": meta}
    if isinstance(page, ArticlePage):
        page.prefetch_relations()
    meta.update(
        canonical_url=page.canonical_url(request),
        title=page.seo_title or page.title,
        description=page.search_description
        or (page.summary() if isinstance(page, ArticlePage) else "")
        or site_settings.tagline,
        og_type="article" if isinstance(page, ArticlePage) else "website",
        image=share_image(page, request),
        structured_data=[
            to_script_json(document)
            for document in structured_data_for(page, request, site_settings)
        ],
    )
    meta["feed_links"] += page.feed_links()
    meta["twitter_card"] = "summary_large_image" if meta["image"] else "summary"
    if isinstance(page, ArticlePage):
        meta["article"] = {
            "published_time": page.display_date(),
            "modified_time": page.last_published_at or page.display_date(),
            "section": page.section.title,
            "tags": [tag.name for tag in page.tags.all()],
        }
    return {"meta": meta}


def share_image(page, request):
    image = page.share_image()
    if image is None:
        return None
    rendition = image.get_rendition(SHARE_RENDITION)
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": image.default_alt_text,
    }
