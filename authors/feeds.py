"""RSS 2.0 and Atom feeds of each author's newest articles."""

from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed

from authors.models import AuthorPage
from news.feeds import ArticleFeed


class AuthorFeed(ArticleFeed):
    def get_object(self, request, slug):
        authors = AuthorPage.objects.descendant_of(self.site.root_page).live().public()
        return get_object_or_404(authors, slug=slug)

    def description(self, author):
        return author.job_title or self.site_settings.tagline

    def articles_for(self, author, published):
        return published.credited_to(author)


class AuthorAtomFeed(AuthorFeed):
    feed_type = Atom1Feed
