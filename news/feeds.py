"""RSS 2.0 and Atom feeds of the newest articles: the whole paper and each section."""

import copy
from abc import ABCMeta, abstractmethod
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.safestring import mark_safe
from django.utils.timezone import localtime
from wagtail.models import Site

from core.models import SiteSettings
from news.models import ArticlePage, CategoryIndexPage
from news.tags import visible_tag

FEED_LENGTH = 30
ENCLOSURE_RENDITION = "fill-1200x675|format-jpeg"


def absolute_urls(html, origin):
    """Feed readers show stories away from our site, so "/media/..." must carry the host.

    The HTML is parsed (with the parser Wagtail's own rich text uses), not pattern-matched,
    so attributes in any quoting and every candidate of a `srcset` are found.
    """
    document = BeautifulSoup(html, "html.parser")
    for element in document.find_all(href=True):
        element["href"] = urljoin(origin, element["href"])
    for element in document.find_all(src=True):
        element["src"] = urljoin(origin, element["src"])
    for element in document.find_all(srcset=True):
        candidates = (
            candidate.strip().split(maxsplit=1) for candidate in element["srcset"].split(",")
        )
        element["srcset"] = ", ".join(
            " ".join([urljoin(origin, url), *descriptor]) for url, *descriptor in candidates if url
        )
    return str(document)


class ArticleFeed(Feed, metaclass=ABCMeta):
    """The newest published articles of `articles_for(obj)`, as RSS 2.0."""

    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        # One Feed instance serves every request; give each its own copy to hold the request.
        feed = copy.copy(self)
        feed.request = request
        feed.site = Site.find_for_request(request)
        feed.site_settings = SiteSettings.for_site(feed.site)
        return Feed.__call__(feed, request, *args, **kwargs)

    @abstractmethod
    def articles_for(self, obj, published):
        """The articles this feed lists, newest first, narrowed down from `published`."""

    def items(self, obj):
        articles = (
            self.articles_for(obj, ArticlePage.objects.published())
            .for_listing()
            # Tags are the item's categories; corrections give its updated date.
            .prefetch_related("tags", "corrections")
        )
        if settings.FEEDS_FULL_CONTENT:
            articles = articles.defer(None)
        return articles[:FEED_LENGTH]

    def title(self, obj):
        return f"{self.site_settings.publication_name}: {obj.title}"

    def link(self, obj):
        return obj.get_url(self.request)

    def description(self, obj):
        return self.site_settings.tagline

    def subtitle(self, obj):
        return self.description(obj)

    def item_title(self, article):
        return article.title

    def item_link(self, article):
        return article.get_url(self.request)

    def item_description(self, article):
        """The one place a story's feed body is made: its standfirst, or with
        FEEDS_FULL_CONTENT the whole story, followed by its corrections and updates.
        Whatever limits who may read a story in full must be applied here, so the
        restriction holds in every feed."""
        notes = self.corrections_text(article)
        if not settings.FEEDS_FULL_CONTENT:
            return "\n\n".join(filter(None, [article.summary(), *notes]))
        origin = self.request.build_absolute_uri("/").rstrip("/")
        # Subscribers-only stories give feeds their free opening alone.
        context = {"request": self.request}
        body = mark_safe("".join(block.render(context) for block in article.teaser_blocks()))  # noqa: S308
        html = body
        if article.standfirst:
            html = format_html("<p><strong>{}</strong></p>{}", article.standfirst, body)
        if notes:
            html += format_html(
                "<h2>Corrections and updates</h2>{}",
                format_html_join("", "<p>{}</p>", ((note,) for note in notes)),
            )
        return absolute_urls(html, origin)

    def corrections_text(self, article):
        """The story's notes still in force, oldest first, as plain lines for feed readers."""
        lines = []
        for note in article.standing_corrections():
            date = localtime(note.date)
            line = f"{note.get_kind_display()} ({date:%d %B %Y}): {strip_tags(note.text)}"
            if note.amended_at:
                line += f" This note was amended on {localtime(note.amended_at):%d %B %Y}."
            lines.append(line)
        return lines

    def item_author_name(self, article):
        names = [credit.author.title for credit in article.author_links.all()]
        if len(names) > 1:
            return f"{', '.join(names[:-1])} and {names[-1]}"
        return names[0] if names else None

    def item_author_link(self, article):
        credits = list(article.author_links.all())
        return credits[0].author.get_full_url(self.request) if len(credits) == 1 else None

    def item_pubdate(self, article):
        return article.display_date()

    def item_updateddate(self, article):
        return article.updated_date() or article.display_date()

    def item_categories(self, article):
        section = [article.section.title] if article.section else []
        return section + [tag.name for tag in article.tags.all()]

    def item_enclosures(self, article):
        if not article.hero_image:
            return []
        rendition = article.hero_image.get_rendition(ENCLOSURE_RENDITION)
        try:
            length = rendition.file.size
        except OSError:
            # A missing file on disk must not take the whole feed down.
            length = 0
        return [
            Enclosure(
                url=self.request.build_absolute_uri(rendition.url),
                length=str(length),
                mime_type="image/jpeg",
            )
        ]


class SiteFeed(ArticleFeed):
    def get_object(self, request):
        return self.site.root_page.specific

    def title(self, obj):
        return self.site_settings.publication_name

    def articles_for(self, obj, published):
        return published.descendant_of(obj)


class SectionFeed(ArticleFeed):
    def get_object(self, request, slug):
        sections = CategoryIndexPage.objects.descendant_of(self.site.root_page).live().public()
        return get_object_or_404(sections, slug=slug)

    def description(self, section):
        return strip_tags(section.intro) or self.site_settings.tagline

    def articles_for(self, section, published):
        return published.filter(section=section)


class TagFeed(ArticleFeed):
    def get_object(self, request, slug):
        return visible_tag(self.site, slug)

    def title(self, tag):
        return f"{self.site_settings.publication_name}: {tag.name}"

    def link(self, tag):
        return reverse("tag_page", args=[tag.slug])

    def articles_for(self, tag, published):
        return published.descendant_of(self.site.root_page).filter(tags=tag)


class TagAtomFeed(TagFeed):
    feed_type = Atom1Feed


class SiteAtomFeed(SiteFeed):
    feed_type = Atom1Feed


class SectionAtomFeed(SectionFeed):
    feed_type = Atom1Feed
