from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from news.models import ArticlePage

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 20


def search(request):
    """Search the live archive; an empty query shows the latest articles instead."""
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    articles = ArticlePage.objects.published()
    results = articles.search(query, order_by_relevance=True) if query else articles
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request, "search/search.html", {"search_query": query, "results": page_obj}
    )
