from datetime import timedelta

from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe
from wagtail.models import Site

from core.models import SiteSettings
from news.models import ArticlePage

# Google News reads only the last two days' stories, and at most 1,000 of them.
NEWS_SITEMAP_AGE = timedelta(days=2)
NEWS_SITEMAP_LIMIT = 1000


@require_safe
def robots_txt(request):
    return render(
        request,
        "seo/robots.txt",
        {
            "sitemap_url": request.build_absolute_uri(reverse("sitemap")),
            "news_sitemap_url": request.build_absolute_uri(reverse("news_sitemap")),
        },
        content_type="text/plain; charset=utf-8",
    )


@require_safe
def news_sitemap(request):
    """The last two days' articles in the Google News sitemap format."""
    site = Site.find_for_request(request)
    articles = (
        ArticlePage.objects.descendant_of(site.root_page)
        .published()
        .filter(publication_date__gte=timezone.now() - NEWS_SITEMAP_AGE)
        .filter(syndication_source_url="")
        .defer_streamfields()[:NEWS_SITEMAP_LIMIT]
    )
    return render(
        request,
        "seo/news_sitemap.xml",
        {
            "publication_name": SiteSettings.for_site(site).publication_name,
            "entries": [
                {
                    "location": article.get_full_url(request),
                    "published": article.display_date(),
                    "title": article.title,
                }
                for article in articles
            ],
        },
        content_type="application/xml; charset=utf-8",
    )
