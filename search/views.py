import zoneinfo

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.template.response import TemplateResponse
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from authors.models import AuthorPage
from core.models import SiteSettings
from news.models import ArticlePage, ArticlePageAuthor
from search import fulltext
from search.forms import NEWEST, SearchForm
from search.models import SearchEntry
from search.snippets import highlighted_snippet
from search.tasks import record_search

RESULTS_PER_PAGE = 20
MATCHING_AUTHORS = 3
# A word found in most of the archive must cost what it costs in a small archive, so a
# search considers only its newest MATCH_WINDOW matches (25 pages), read once: the count
# is their number and each page is loaded by id. The page says when older ones were left out.
MATCH_WINDOW = 500
# What readers without a subscription may search through Wagtail's backend: the headline
# (for its boost) and the public text, which holds the headline too, so that every word
# searched for can match within one field.
PUBLIC_SEARCH_FIELDS = ["title", "search_public_text"]


class SearchResponse(TemplateResponse):
    """Counts the search after the page has gone to the reader, off the critical path."""

    def __init__(self, *args, counted_query="", **kwargs):
        super().__init__(*args, **kwargs)
        self.counted_query = counted_query
        # Results depend on nothing but the address, and search engines should not index them.
        self["X-Robots-Tag"] = "noindex"

    def close(self):
        # The WSGI server calls close() once the page has been sent (HttpResponse.close).
        # Enqueue before super().close(), whose request_finished signal releases the
        # database connection.
        if self.counted_query:
            record_search.enqueue(self.counted_query)
        super().close()


class ArticlesInOrder:
    """Articles by id, in the order given, loaded a page at a time for the paginator.

    `ids` is a list (a search's window of matches) or a queryset of ids (the latest).
    """

    def __init__(self, ids, *, filled_window=False):
        self.ids = ids
        self.filled_window = filled_window

    def count(self):
        return len(self.ids) if isinstance(self.ids, list) else self.ids.count()

    def __getitem__(self, page):
        ids = list(self.ids[page])
        articles = ArticlePage.objects.filter(pk__in=ids).live().for_listing()
        # Snippets quote the body, so unlike other listings this one loads it.
        loaded = articles.select_related("section").defer(None).in_bulk()
        return [loaded[pk] for pk in ids if pk in loaded]


def search(request):
    """Search the live archive; without a query, list the latest articles (filters apply)."""
    form = SearchForm(request.GET)
    if not form.is_valid():
        context = {"form": form, "search_query": form.query_text}
        return SearchResponse(request, "search/search.html", context, status=400)

    terms = form.terms
    query = " ".join(terms)
    time_zone = zoneinfo.ZoneInfo(SiteSettings.for_request(request).time_zone)
    # Editors' picks and matching authors answer the bare query, on its first page.
    answers_bare_query = bool(query) and form.cleaned_data["page"] == 1 and not form.has_filters()
    promotions = promoted_results(query) if answers_bare_query else []
    promoted_pages = [promotion.page_id for promotion in promotions if promotion.page_id]
    newest = form.cleaned_data["order"] == NEWEST
    entries = form.narrow(SearchEntry.objects.visible(), time_zone, credited=entries_credited_to)
    if not query:
        results = ArticlesInOrder(entries.newest_first().values_list("page", flat=True))
    elif settings.READER_SEARCH_BACKEND:
        results = search_with_wagtail(request.user, form, query, time_zone, promoted_pages, newest)
    else:
        audience = fulltext.PUBLIC if is_locked_out(request.user) else fulltext.SUBSCRIBERS
        matches = fulltext.matches(entries.exclude(page__in=promoted_pages), terms, audience)
        window = list(matches.order_by("-publication_date", "-page")[:MATCH_WINDOW])
        if not newest:
            # A stable sort: equally good headlines stay newest first.
            window.sort(key=lambda row: row[1], reverse=True)
        results = ArticlesInOrder(
            [page_id for page_id, _score in window], filled_window=len(window) >= MATCH_WINDOW
        )
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(form.cleaned_data["page"])
    if query:
        for article in page_obj.object_list:
            article.snippet = highlighted_snippet(article.search_snippet_passages(), terms)

    context = {
        "form": form,
        "search_query": form.query_text,
        "searched": bool(query),
        "has_filters": form.has_filters(),
        "results": page_obj,
        "older_matches_left_out": getattr(results, "filled_window", False),
        "promotions": promotions,
        "matching_authors": matching_authors(form, terms) if answers_bare_query else [],
    }
    counted_query = query if form.cleaned_data["page"] == 1 else ""
    return SearchResponse(request, "search/search.html", context, counted_query=counted_query)


def is_locked_out(user):
    """Whether `user` may search only what anyone may read: exactly when a subscribers-only
    story is locked for them (ArticlePage.is_locked_for, the one access rule)."""
    return ArticlePage(subscribers_only=True).is_locked_for(user)


def entries_credited_to(author_id):
    return Q(page__in=ArticlePageAuthor.objects.filter(author=author_id).values("page"))


def search_with_wagtail(user, form, query, time_zone, promoted_pages, newest):
    """The search through the Wagtail backend READER_SEARCH_BACKEND names (a cluster), with
    the same filters and the same rule for subscribers-only text."""
    articles = form.narrow(
        ArticlePage.objects.published().exclude(pk__in=promoted_pages),
        time_zone,
        credited=lambda author_id: Q(author_links__author=author_id),
    )
    articles = articles.for_listing().select_related("section").defer(None)
    if newest:
        # Backends sort by indexed fields only: Page indexes `id`, not `pk`.
        articles = articles.order_by("-publication_date", "-id")
    return articles.search(
        query,
        backend=settings.READER_SEARCH_BACKEND,
        fields=PUBLIC_SEARCH_FIELDS if is_locked_out(user) else None,
        operator="and",
        order_by_relevance=not newest,
    )


def promoted_results(query):
    """Editors' picks for the query: external links, and pages readers may see."""
    readable_pages = Page.objects.live().public().values("pk")
    return list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .filter(Q(page__isnull=True) | Q(page__in=readable_pages))
        .select_related("page")
    )


def matching_authors(form, terms):
    """Writers whose name contains every word searched for, shown above the articles.

    Names are matched against the writers the form lists already: a search that names no
    writer costs no query.
    """
    slugs = form.writers_named(terms, MATCHING_AUTHORS)
    if not slugs:
        return []
    authors = AuthorPage.objects.live().public().filter(slug__in=slugs).select_related("portrait")
    return sorted(authors, key=lambda author: slugs.index(author.slug))
