import zoneinfo

from django.core.paginator import Paginator
from django.db.models import Q
from django.template.response import TemplateResponse
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from authors.models import AuthorPage
from core.models import SiteSettings
from news.models import ArticlePage
from search.backends.window import MatchWindowSearchResults
from search.forms import NEWEST, SearchForm
from search.snippets import highlighted_snippet
from search.tasks import record_search

RESULTS_PER_PAGE = 20
MATCHING_AUTHORS = 3


class SearchResponse(TemplateResponse):
    """Counts the search after the page has gone to the reader, off the critical path."""

    def __init__(self, *args, counted_query="", **kwargs):
        super().__init__(*args, **kwargs)
        self.counted_query = counted_query
        # Results depend on nothing but the address, and search engines should not index them.
        self["X-Robots-Tag"] = "noindex"

    def close(self):
        # The WSGI server calls close() once the page has been sent. Enqueue before
        # super().close(), whose request_finished signal releases the database connection.
        if self.counted_query:
            record_search.enqueue(self.counted_query)
        super().close()


def search(request):
    """Search the live archive; without a query, list the latest articles (filters apply)."""
    form = SearchForm(request.GET)
    if not form.is_valid():
        context = {"form": form, "search_query": form.query_text}
        return SearchResponse(request, "search/search.html", context, status=400)

    terms = form.terms
    query = " ".join(terms)
    time_zone = zoneinfo.ZoneInfo(SiteSettings.for_request(request).time_zone)
    # Snippets quote the body, so unlike other listings this one loads it.
    articles = form.filter(ArticlePage.objects.published(), time_zone).for_listing().defer(None)
    # Editors' picks and matching authors answer the bare query, on its first page.
    answers_bare_query = bool(query) and form.cleaned_data["page"] == 1 and not form.has_filters()
    promotions = promoted_results(query) if answers_bare_query else []
    if query:
        promoted_pages = [promotion.page_id for promotion in promotions if promotion.page_id]
        articles = articles.exclude(pk__in=promoted_pages)
        if form.cleaned_data["order"] == NEWEST:
            # Search backends sort by indexed fields only: Page indexes `id`, not `pk`.
            results = articles.order_by("-publication_date", "-id").search(
                query, operator="and", order_by_relevance=False
            )
        else:
            results = articles.search(query, operator="and")
    else:
        results = articles
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
        "older_matches_left_out": (
            isinstance(results, MatchWindowSearchResults) and results.filled_window()
        ),
        "promotions": promotions,
        "matching_authors": matching_authors(form, terms) if answers_bare_query else [],
    }
    counted_query = query if form.cleaned_data["page"] == 1 else ""
    return SearchResponse(request, "search/search.html", context, counted_query=counted_query)


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

    Names are matched against the author filter's list of writers, not by a second search
    of the archive: a search that names no writer costs no query.
    """
    terms = [term.casefold() for term in terms]
    slugs = [
        slug
        for slug, name in form.readable_authors()
        if all(term in name.casefold() for term in terms)
    ][:MATCHING_AUTHORS]
    if not slugs:
        return []
    authors = AuthorPage.objects.live().public().filter(slug__in=slugs).select_related("portrait")
    return sorted(authors, key=lambda author: slugs.index(author.slug))
