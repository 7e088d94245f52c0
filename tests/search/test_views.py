import re
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import AnonymousUser
from django.core.signals import request_finished
from django.db import close_old_connections, connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from search.views import search
from tests.factories import ArticlePageFactory, AuthorPageFactory
from tests.search.conftest import paragraph


def headlines(response):
    return re.findall(
        r'class="search-result__headline"><a href="[^"]*">([^<]*)</a>', response.content.decode()
    )


def test_headline_match_ranks_above_body_mention(client, make_article, article):
    make_article(title="A lighthouse keeper retires after forty years", slug="keeper")
    response = client.get("/search/", {"q": "lighthouse"})
    assert response.status_code == 200
    assert headlines(response) == [
        "A lighthouse keeper retires after forty years",
        "Council approves the new ferry timetable",
    ]


def test_author_name_finds_their_articles_and_author_page(client, article, author, make_article):
    make_article(title="Tides and timetables", slug="tides", authors=[])
    response = client.get("/search/", {"q": "Esther Ward"})
    content = response.content.decode()
    assert headlines(response) == ["Council approves the new ferry timetable"]
    assert '<a href="/authors/esther-ward/">Esther Ward</a>' in content


def test_tags_are_searchable(client, make_article):
    make_article(title="Budget day", slug="budget", tags=["fisheries"])
    assert headlines(client.get("/search/", {"q": "fisheries"})) == ["Budget day"]


def test_filters_combine_with_the_query(client, make_article, culture, other_author, author):
    now = timezone.now()
    make_article(title="Harbour gala", slug="gala", publication_date=now - timedelta(days=40))
    make_article(title="Harbour fees rise", slug="fees", authors=[other_author])
    make_article(title="Harbour film season", slug="film", parent=culture)

    def found(**filters):
        return sorted(headlines(client.get("/search/", {"q": "harbour", **filters})))

    assert found() == ["Harbour fees rise", "Harbour film season", "Harbour gala"]
    assert found(section="culture") == ["Harbour film season"]
    assert found(author="tomas-berg") == ["Harbour fees rise"]
    last_month = (now - timedelta(days=40)).date().isoformat()
    assert found(to=last_month) == ["Harbour gala"]
    assert found(**{"from": (now - timedelta(days=1)).date().isoformat()}) == [
        "Harbour fees rise",
        "Harbour film season",
    ]
    assert found(section="politics", author="esther-ward", to=last_month) == ["Harbour gala"]
    assert found(section="culture", author="tomas-berg") == []


def test_newest_first_is_an_option(client, make_article):
    now = timezone.now()
    make_article(title="Harbour dues", slug="old", publication_date=now - timedelta(days=9))
    make_article(
        title="News in brief",
        slug="new",
        publication_date=now,
        body=paragraph("The harbour reopens."),
    )
    relevant = headlines(client.get("/search/", {"q": "harbour"}))
    assert relevant == ["Harbour dues", "News in brief"]
    newest = headlines(client.get("/search/", {"q": "harbour", "order": "newest"}))
    assert newest == ["News in brief", "Harbour dues"]


def test_pagination_keeps_query_and_filters(client, make_article):
    for number in range(23):
        make_article(title=f"Ferry report {number}", slug=f"ferry-{number}")
    response = client.get("/search/", {"q": "ferry", "section": "politics", "order": "newest"})
    content = response.content.decode()
    assert "23 articles for" in content
    assert len(headlines(response)) == 20
    next_link = re.search(r'rel="next" href="([^"]*)"', content).group(1).replace("&amp;", "&")
    assert "q=ferry" in next_link and "section=politics" in next_link
    assert "order=newest" in next_link and "page=2" in next_link
    assert len(headlines(client.get("/search/" + next_link))) == 3


def test_snippet_marks_terms_and_escapes_markup(client, make_article):
    make_article(
        title="Letters",
        slug="letters",
        standfirst="Readers write about <script>alert('harbour')</script> fees.",
        body=paragraph("The &lt;b&gt;harbour&lt;/b&gt; wall needs repair."),
    )
    content = client.get("/search/", {"q": "harbour"}).content.decode()
    assert "<script>" not in content.split("<main", 1)[1]
    assert "&lt;script&gt;alert(&#x27;<mark>harbour</mark>&#x27;)&lt;/script&gt;" in content
    assert "&lt;b&gt;<mark>harbour</mark>&lt;/b&gt;" in content


def test_only_live_public_articles_are_found(
    client, section, make_article, django_capture_on_commit_callbacks
):
    make_article(title="Ferry published", slug="published")
    make_article(title="Ferry draft", slug="draft", publish=False)
    expired = make_article(
        title="Ferry expired", slug="expired", expire_at=timezone.now() + timedelta(hours=1)
    )
    private = make_article(title="Ferry members only", slug="private")
    secret = make_article(title="Ferry password", slug="secret")
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
        PageViewRestriction.objects.create(
            page=secret, restriction_type=PageViewRestriction.PASSWORD, password="tide"
        )
    assert headlines(client.get("/search/", {"q": "ferry"})) == ["Ferry expired", "Ferry published"]
    # An expired story leaves search at its time, before the unpublish job takes it down.
    with time_machine.travel(expired.expire_at + timedelta(minutes=1)):
        assert headlines(client.get("/search/", {"q": "ferry"})) == ["Ferry published"]
        assert "Ferry expired" not in client.get("/search/").content.decode()


def test_editors_picks_come_first_and_are_marked(client, make_article, article):
    pick = make_article(title="Ferry guide for visitors", slug="guide")
    query = Query.get("Ferry")
    SearchPromotion.objects.create(query=query, page=pick, description="Everything in one place.")
    SearchPromotion.objects.create(
        query=query, external_link_url="https://ferries.example/", external_link_text="Operator"
    )
    content = client.get("/search/", {"q": "ferry"}).content.decode()
    picks = content.index("search-result--pick")
    assert content.count("Editor's pick") == 2
    assert picks < content.index("Ferry guide for visitors") < content.index("Council approves")
    assert content.count("Ferry guide for visitors") == 1  # not repeated among the results
    assert 'href="https://ferries.example/"' in content


def test_picks_of_unpublished_pages_are_hidden(client, make_article):
    draft = make_article(title="Ferry strike plans", slug="plans", publish=False)
    SearchPromotion.objects.create(query=Query.get("ferry"), page=draft)
    assert "Ferry strike plans" not in client.get("/search/", {"q": "ferry"}).content.decode()


def test_search_is_counted_after_the_response(rf_search, article):
    response = rf_search({"q": "Ferry  timetable"})
    assert response.status_code == 200
    assert not Query.objects.filter(daily_hits__isnull=False).exists()
    # What the WSGI server does once the page has been sent; like Django's test client,
    # keep the test's connection open through the request_finished signal.
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)
    assert Query.get("ferry timetable").hits == 1


def test_only_first_pages_of_real_queries_are_counted(client, article):
    client.get("/search/", {"q": "ferry"})
    client.get("/search/", {"q": "ferry", "page": "2"})
    client.get("/search/", {"q": ""})
    client.get("/search/", {"q": "🚢"})
    assert [(query.query_string, query.hits) for query in Query.objects.all()] == [("ferry", 1)]


def test_results_are_not_indexed_by_search_engines(client, article):
    response = client.get("/search/", {"q": "ferry"})
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_empty_query_lists_the_latest_articles(client, make_article):
    now = timezone.now()
    make_article(title="Older story", slug="older", publication_date=now - timedelta(days=1))
    make_article(title="Newest story", slug="newest", publication_date=now)
    content = client.get("/search/").content.decode()
    assert "Latest articles" in content
    assert content.index("Newest story") < content.index("Older story")


def test_no_results_suggests_what_to_try(client, article):
    content = client.get("/search/", {"q": "zeppelin", "section": "politics"}).content.decode()
    assert "0 articles for" in content
    assert "Check the spelling" in content
    assert "Search again without the filters" in content
    assert 'href="/politics/">Politics</a>' in content


def test_masthead_search_box_is_on_every_page(client, article):
    content = client.get(article.url).content.decode()
    assert 'class="masthead__search" role="search"' in content
    assert 'action="/search/"' in content


def test_query_count_does_not_grow_with_results(client, make_article):
    make_article(title="Ferry one", slug="one")
    client.get("/search/", {"q": "ferry"})  # warms Wagtail's per-process caches
    with CaptureQueriesContext(connection) as few:
        client.get("/search/", {"q": "ferry"})
    for number in range(8):
        make_article(title=f"Ferry {number}", slug=f"more-{number}", tags=["boats"])
    client.get("/search/", {"q": "ferry"})  # publishing renews cached pages and fragments
    with CaptureQueriesContext(connection) as many:
        response = client.get("/search/", {"q": "ferry"})
    assert len(headlines(response)) == 9
    assert len(many) == len(few)


def test_a_full_window_of_matches_says_older_ones_were_left_out(client, make_article, monkeypatch):
    monkeypatch.setattr("search.views.MATCH_WINDOW", 2)
    for number in range(3):
        make_article(title=f"Ferry {number}", slug=f"ferry-{number}")
    content = client.get("/search/", {"q": "ferry"}).content.decode()
    assert "2+ articles for" in content
    assert "These are the newest 2 matches." in content
    assert content.count('class="search-result"') == 2

    monkeypatch.setattr("search.views.MATCH_WINDOW", 5)
    content = client.get("/search/", {"q": "ferry"}).content.decode()
    assert "3 articles for" in content and "These are the newest" not in content


def test_a_writer_published_since_the_last_search_is_matched(client, author_index, article):
    assert "/authors/nadia-osei/" not in client.get("/search/", {"q": "Nadia"}).content.decode()
    AuthorPageFactory(parent=author_index, title="Nadia Osei", slug="nadia-osei")
    content = client.get("/search/", {"q": "nadia"}).content.decode()
    assert '<a href="/authors/nadia-osei/">Nadia Osei</a>' in content


def test_results_name_a_section_as_it_is_now(client, article, section):
    assert ">Politics</a>" in client.get("/search/", {"q": "ferry"}).content.decode()
    section.title = "Harbour politics"
    section.save_revision().publish()
    assert ">Harbour politics</a>" in client.get("/search/", {"q": "ferry"}).content.decode()


BAD_INPUT = [
    {"q": ""},
    {"q": "x" * 20_000},
    {"q": " ".join(["harbour"] * 2000)},
    {"q": "\x00"},
    {"q": "harbour\x00wall"},
    {"q": "😀🚢"},
    {"q": "ميناء الصيد"},
    {"q": "e\u0301\u0301\u0301 z\u0336\u0336"},
    {"q": '"harbour'},
    {"q": "'unbalanced \"quotes'"},
    {"q": "* - + ( ) : ^ ~ AND OR NOT"},
    {"q": "NOT"},
    {"q": "' OR 1=1 --"},
    {"q": "harbour'); DROP TABLE wagtailcore_page; --"},
    {"q": "%"},
    {"q": "\\"},
    {"q": "harbour", "page": "abc"},
    {"q": "harbour", "page": "0"},
    {"q": "harbour", "page": "-1"},
    {"q": "harbour", "page": "99999999999"},
    {"q": "harbour", "order": "newest", "page": "99999999999999999999999"},
]


@pytest.mark.parametrize("params", BAD_INPUT)
def test_odd_input_gets_a_sensible_page(client, article, params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    assert "<h1>Search</h1>" in response.content.decode()


@pytest.mark.parametrize(
    "query_string",
    [
        "q=%ff%fe",
        "q=%00",
        "q=harbour&q=ferry&section=politics&section=culture",
        "q=harbour&page=1&page=abc",
    ],
)
def test_raw_query_strings_get_a_sensible_page(client, article, culture, query_string):
    response = client.get(f"/search/?{query_string}")
    assert response.status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"q": "harbour", "from": "2026-13-45"},
        {"q": "harbour", "to": "yesterday"},
        {"q": "harbour", "from": "0001-01-01"},
        {"q": "harbour", "from": "2026-05-02", "to": "2026-05-01"},
        {"q": "harbour", "section": "no-such-section"},
        {"q": "harbour", "author": "nobody"},
        {"q": "harbour", "order": "alphabetical"},
    ],
)
def test_malformed_filters_are_a_friendly_400(client, article, params):
    response = client.get("/search/", params)
    assert response.status_code == 400
    content = response.content.decode()
    assert "Those filters could not be used" in content
    assert "search without filters" in content


@pytest.fixture
def rf_search(db):
    def request(params):
        request = RequestFactory().get("/search/", params)
        request.user = AnonymousUser()
        response = search(request)
        response.render()
        return response

    return request


def test_search_finds_articles_by_their_section_listing(client, section):
    ArticlePageFactory(parent=section, title="Ferry fares frozen", slug="fares")
    assert headlines(client.get("/search/", {"q": "fares"})) == ["Ferry fares frozen"]
