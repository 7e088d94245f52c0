"""Publishing, unpublishing, moving and deleting keep the index current, no update_index."""

import re

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from news.models import ArticlePage
from tests.factories import ArticlePageFactory


def index_entry(article):
    entries = Page.objects.get(pk=article.pk).specific.index_entries.filter(
        content_type=ContentType.objects.get_for_model(ArticlePage)
    )
    return entries.first()


def found(client, query, **filters):
    content = client.get("/search/", {"q": query, **filters}).content.decode()
    return re.findall(r'class="search-result__headline"><a href="([^"]*)"', content)


def test_publishing_indexes_the_new_text(client, section):
    article = ArticlePageFactory(parent=section, title="Quarry plans", slug="quarry", publish=False)
    assert found(client, "quarry") == []
    article.title = "Quarry plans withdrawn after protest"
    article.save_revision().publish()
    assert "withdrawn" in index_entry(article).title
    assert found(client, "withdrawn") == ["/politics/quarry/"]


def test_unpublishing_removes_it_from_results(client, section):
    article = ArticlePageFactory(parent=section, title="Quarry plans", slug="quarry")
    assert found(client, "quarry") == ["/politics/quarry/"]
    article.unpublish()
    assert found(client, "quarry") == []


def test_moving_files_it_under_its_new_section(client, section, culture):
    article = ArticlePageFactory(parent=section, title="Quarry plans", slug="quarry")
    article.move(culture, pos="last-child")
    assert found(client, "quarry") == ["/culture/quarry/"]
    assert found(client, "quarry", section="politics") == []
    assert found(client, "quarry", section="culture") == ["/culture/quarry/"]


def test_deleting_removes_its_index_entry(client, section):
    article = ArticlePageFactory(parent=section, title="Quarry plans", slug="quarry")
    assert index_entry(article) is not None
    page_id = article.pk
    article.delete()
    assert not ArticlePage.index_entries.field.related_model.objects.filter(
        object_id=str(page_id)
    ).exists()
    assert found(client, "quarry") == []
