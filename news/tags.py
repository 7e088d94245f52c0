"""Tag pages: every published story filed under a tag, newest first, paginated, with feeds.

A tag is known to readers only through a story they may see: a tag carried only by drafts,
private or expired stories answers 404, so its name reveals nothing about unpublished work.
"""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from taggit.models import Tag
from wagtail.models import Site

from core.feeds import alternate_feed_links
from core.models import SiteSettings
from news.models import ARTICLES_PER_PAGE, ArticlePage


def filed_under(site, tag):
    """The stories readers of `site` may see that carry `tag`, newest first."""
    return ArticlePage.objects.published().descendant_of(site.root_page).filter(tags=tag)


def visible_tag(site, slug):
    tag = Tag.objects.filter(slug=slug).first()
    if tag is None or not filed_under(site, tag).exists():
        raise Http404("No published story carries this tag.")
    return tag


def tag_page(request, slug):
    site = Site.find_for_request(request)
    tag = Tag.objects.filter(slug=slug).first()
    if tag is None:
        raise Http404("No published story carries this tag.")
    articles = Paginator(filed_under(site, tag).for_listing(), ARTICLES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    # The paginator's count is the visibility check: no second query for it.
    if not articles.paginator.count:
        raise Http404("No published story carries this tag.")
    publication = SiteSettings.for_site(site).publication_name
    return render(
        request,
        "news/tag_page.html",
        {
            "tag": tag,
            "articles": articles,
            "feed_links": alternate_feed_links(f"{publication}: {tag.name}", "tag_feed", slug=slug),
        },
    )
