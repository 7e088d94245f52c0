"""Subscribers-only stories: teaser for everyone, the whole story for subscribers, and
no full text anywhere else."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import ArticlePage
from tests.factories import ArticlePageFactory

SECRET = "Secret finding for subscribers."
QUOTE = "Subscribers-only quotation"
OPENING = ("Opening paragraph everyone reads.", "Second paragraph everyone reads.")


@pytest.mark.django_db
class TestArticlePage:
    def test_anonymous_readers_get_the_teaser_and_a_prompt(self, client, locked_article):
        response = client.get(locked_article.url)
        html = response.content.decode()
        assert response.status_code == 200
        assert all(text in html for text in OPENING)
        assert "What the papers show" in html
        assert SECRET not in html and QUOTE not in html
        assert "The rest of this report is for subscribers" in html
        assert 'href="/subscribe/"' in html and 'href="/account/sign-in/"' in html
        assert "Subscribers only" in html
        assert "private" not in response.get("Cache-Control", "")

    def test_signed_in_subscribers_read_everything(self, reader_client, locked_article):
        response = reader_client.get(locked_article.url)
        html = response.content.decode()
        assert SECRET in html and QUOTE in html
        assert "The rest of this report is for subscribers" not in html
        assert 'class="subscriber-only"' in html
        assert "private" in response["Cache-Control"]

    def test_reader_without_confirmed_subscription_is_locked_out(self, client, locked_article):
        user = get_user_model().objects.create_user("someone", "someone@example.org")
        client.force_login(user)
        html = client.get(locked_article.url).content.decode()
        assert SECRET not in html
        assert "The rest of this report is for subscribers" in html

    def test_editors_read_everything(self, client, locked_article):
        editor = get_user_model().objects.create_user("ed", "ed@example.org")
        editor.groups.add(Group.objects.get(name="Editors"))
        client.force_login(editor)
        assert SECRET in client.get(locked_article.url).content.decode()

    def test_free_stories_are_unchanged(self, client, section):
        article = ArticlePageFactory(
            parent=section,
            body=[("paragraph", f"<p>Para {n}.</p>") for n in range(5)],
        )
        html = client.get(article.url).content.decode()
        assert all(f"Para {n}." in html for n in range(5))
        assert "subscriber-only" not in html and "Subscribers only" not in html

    @pytest.mark.usefixtures("fragments_off")
    def test_teaser_query_count_matches_free_story(self, client, section, locked_article):
        free = ArticlePageFactory(parent=section, body=locked_article.body.raw_data)
        client.get(free.url)
        client.get(locked_article.url)
        with CaptureQueriesContext(connection) as free_queries:
            client.get(free.url)
        with CaptureQueriesContext(connection) as locked_queries:
            client.get(locked_article.url)
        assert len(locked_queries) == len(free_queries)


@pytest.mark.django_db
class TestAccessMethods:
    def test_is_locked_for(self, locked_article, reader):
        assert locked_article.is_locked_for(AnonymousUser())
        assert not locked_article.is_locked_for(reader.user)

    def test_teaser_blocks_stop_after_two_paragraphs(self, locked_article):
        types = [block.block_type for block in locked_article.teaser_blocks()]
        assert types == ["paragraph", "subheading", "paragraph"]
        rest = [block.block_type for block in locked_article.subscriber_blocks()]
        assert rest == ["paragraph", "pull_quote"]

    def test_public_text_never_holds_the_locked_part(self, locked_article):
        text = locked_article.public_text()
        assert text == (
            "Opening paragraph everyone reads. What the papers show "
            "Second paragraph everyone reads."
        )
        locked_article.subscribers_only = False
        assert SECRET in locked_article.public_text() and QUOTE in locked_article.public_text()

    def test_structured_data_marks_the_gated_part(self, locked_article):
        assert locked_article.access_structured_data() == {
            "isAccessibleForFree": False,
            "hasPart": {
                "@type": "WebPageElement",
                "isAccessibleForFree": False,
                "cssSelector": ".subscriber-only",
            },
        }
        locked_article.subscribers_only = False
        assert locked_article.access_structured_data() == {"isAccessibleForFree": True}

    def test_word_count_still_counts_the_whole_story(self, locked_article):
        assert locked_article.word_count() == 4 + 4 + 4 + 4 + 2


@pytest.mark.django_db
class TestListingsAndSearch:
    def test_section_listing_labels_subscribers_only(self, client, section, locked_article):
        ArticlePageFactory(parent=section, title="A free story")
        html = client.get(section.url).content.decode()
        assert html.count("Subscribers only") == 1
        assert SECRET not in html

    def test_search_results_show_only_the_teaser(self, client, locked_article):
        response = client.get("/search/", {"q": "harbour contract"})
        html = response.content.decode()
        assert "Inside the harbour contract" in html
        assert "Subscribers only" in html
        assert SECRET not in html and QUOTE not in html

    def test_flag_is_editable_and_defaults_off(self, section):
        article = ArticlePageFactory(parent=section)
        assert article.subscribers_only is False
        form_class = ArticlePage.get_edit_handler().get_form_class()
        assert "subscribers_only" in form_class.base_fields
