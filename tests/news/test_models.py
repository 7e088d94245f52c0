"""Where each page type may live, what editors can build through the admin, and the
article's own rules for dates and reading time."""

from datetime import UTC, datetime

import pytest
import time_machine
from django.urls import reverse
from wagtail.models import Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from authors.models import AuthorIndexPage, AuthorPage
from core.blocks import PARAGRAPH_FEATURES
from home.models import HomePage, StandardPage
from news.blocks import BodyBlock
from news.models import ArticlePage, CategoryIndexPage, CorrectionsPage
from tests.factories import (
    ArticlePageFactory,
    AuthorIndexPageFactory,
    AuthorPageFactory,
    EmbedFactory,
    ImageFactory,
    SectionFactory,
    build_site,
)

VIDEO_URL = "https://www.youtube.com/watch?v=harbour-vote"


class TestPageTree(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_holds_the_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        # HomePage sets no subpage_types, so Wagtail also lists its bare (uncreatable) Page.
        self.assertAllowedSubpageTypes(
            HomePage, {Page, CategoryIndexPage, AuthorIndexPage, StandardPage, CorrectionsPage}
        )
        self.assertEqual(
            set(HomePage.creatable_subpage_models()),
            {CategoryIndexPage, AuthorIndexPage, StandardPage, CorrectionsPage},
        )
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(CategoryIndexPage, HomePage)

    def test_section_holds_only_articles(self):
        self.assertAllowedParentPageTypes(CategoryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CategoryIndexPage, {ArticlePage})
        self.assertCanCreateAt(HomePage, CategoryIndexPage)
        self.assertCanNotCreateAt(CategoryIndexPage, CategoryIndexPage)
        self.assertCanNotCreateAt(StandardPage, CategoryIndexPage)

    def test_article_lives_only_in_a_section_and_has_no_children(self):
        self.assertAllowedParentPageTypes(ArticlePage, {CategoryIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertCanCreateAt(CategoryIndexPage, ArticlePage)
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanNotCreateAt(AuthorIndexPage, ArticlePage)
        self.assertCanNotCreateAt(ArticlePage, ArticlePage)

    def test_author_index_holds_only_authors(self):
        self.assertAllowedParentPageTypes(AuthorIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(AuthorIndexPage, {AuthorPage})
        self.assertCanCreateAt(HomePage, AuthorIndexPage)
        self.assertCanNotCreateAt(CategoryIndexPage, AuthorIndexPage)

    def test_author_lives_only_in_the_author_index(self):
        self.assertAllowedParentPageTypes(AuthorPage, {AuthorIndexPage})
        self.assertAllowedSubpageTypes(AuthorPage, set())
        self.assertCanCreateAt(AuthorIndexPage, AuthorPage)
        self.assertCanNotCreateAt(HomePage, AuthorPage)
        self.assertCanNotCreateAt(CategoryIndexPage, AuthorPage)

    def test_standard_pages_nest_under_the_home_page_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(CategoryIndexPage, StandardPage)

    def test_every_page_type_describes_itself_to_editors(self):
        page_types = set(get_page_models()) - {Page}

        self.assertLessEqual(
            {HomePage, StandardPage, CategoryIndexPage, ArticlePage, AuthorIndexPage, AuthorPage},
            page_types,
        )
        for model in page_types:
            with self.subTest(model=model.__name__):
                self.assertTrue(model.get_page_description().strip())


class TestSingletons(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        AuthorIndexPageFactory(parent=cls.home)

    def test_there_is_only_one_home_page(self):
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))

    def test_there_is_only_one_author_index(self):
        self.assertFalse(AuthorIndexPage.can_create_at(self.home))


class TestCreateArticleInAdmin(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = build_site()
        cls.section = SectionFactory(parent=home, title="Politics", slug="politics")
        authors = AuthorIndexPageFactory(parent=home)
        cls.author = AuthorPageFactory(parent=authors, title="Esther Ward")
        cls.photographer = AuthorPageFactory(parent=authors, title="Tom Lind")
        cls.image = ImageFactory()
        cls.related = ArticlePageFactory(parent=cls.section, authors=[cls.author])
        # EmbedBlock validates by fetching the embed; a stored one keeps it off the network.
        EmbedFactory(url=VIDEO_URL)

    def setUp(self):
        self.login()

    def test_every_body_block_can_be_created_through_the_admin_form(self):
        self.assertEqual(
            set(BodyBlock.base_blocks),
            {
                "paragraph",
                "subheading",
                "pull_quote",
                "block_quote",
                "image",
                "embed",
                "contributor_note",
                "related_article",
                "divider",
            },
        )
        data = nested_form_data(
            {
                "title": "Council approves harbour wall repairs",
                "slug": "harbour-wall-repairs",
                "standfirst": "The vote ends a year of argument.",
                "dateline": "ARDMERE",
                "author_links": inline_formset(
                    [
                        {"author": self.author.pk, "role": "Reporting"},
                        {"author": self.photographer.pk, "role": "Photography"},
                    ],
                    min=1,
                ),
                "hero_image": self.image.pk,
                "hero_caption": "The harbour at dawn",
                "hero_credit": "",
                "body": streamfield(
                    [
                        (
                            "paragraph",
                            rich_text(
                                "<p>The council <b>voted</b> on Tuesday.</p>",
                                features=PARAGRAPH_FEATURES,
                            ),
                        ),
                        ("subheading", "Who pays"),
                        (
                            "pull_quote",
                            {"quote": "Every line.", "attribution": "Mara Stein", "role": "clerk"},
                        ),
                        (
                            "block_quote",
                            {"quote": "We regret the delay.", "attribution": "Harbour board"},
                        ),
                        (
                            "image",
                            {
                                "image": self.image.pk,
                                "caption": "The wall",
                                "credit": "",
                                "alt_text": "",
                            },
                        ),
                        ("embed", {"url": VIDEO_URL, "caption": "The debate"}),
                        ("contributor_note", "Tom Lind contributed to this report."),
                        ("related_article", {"article": self.related.pk, "label": "Background"}),
                        ("divider", ""),
                    ]
                ),
                "tags": "harbour, council",
                "syndication_source_name": "",
                "syndication_source_url": "",
            }
        )

        self.assertCanCreate(self.section, ArticlePage, data)

        article = ArticlePage.objects.get(slug="harbour-wall-repairs")
        self.assertTrue(article.live)
        self.assertEqual(article.get_parent().pk, self.section.pk)
        self.assertEqual(
            [block.block_type for block in article.body],
            [
                "paragraph",
                "subheading",
                "pull_quote",
                "block_quote",
                "image",
                "embed",
                "contributor_note",
                "related_article",
                "divider",
            ],
        )
        self.assertEqual(article.body[2].value["attribution"], "Mara Stein")
        self.assertEqual(article.body[3].value["attribution"], "Harbour board")
        self.assertEqual(article.body[4].value["image"], self.image)
        self.assertEqual(article.body[5].value["url"].url, VIDEO_URL)
        self.assertEqual(article.body[7].value["article"].pk, self.related.pk)
        self.assertEqual(
            [(link.author.title, link.role) for link in article.author_links.all()],
            [("Esther Ward", "Reporting"), ("Tom Lind", "Photography")],
        )
        self.assertEqual(sorted(tag.name for tag in article.tags.all()), ["council", "harbour"])
        self.assertIsNotNone(article.publication_date)
        self.assertPageIsRenderable(article)

    def test_an_article_needs_at_least_one_author(self):
        data = nested_form_data(
            {
                "title": "Unsigned story",
                "slug": "unsigned-story",
                "standfirst": "Nobody wrote this.",
                "author_links": inline_formset([], min=1),
                "body": streamfield([("subheading", "Nothing")]),
                "action-publish": "action-publish",
            }
        )

        response = self.client.post(
            reverse("wagtailadmin_pages:add", args=["news", "articlepage", self.section.pk]), data
        )

        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["form"].formsets["author_links"].non_form_errors())
        self.assertFalse(ArticlePage.objects.filter(slug="unsigned-story").exists())


def words(count):
    return " ".join(["harbour"] * count)


@pytest.mark.parametrize(
    ("body", "minutes"),
    [
        ([("paragraph", f"<p>{words(460)}</p>")], 2),
        ([("paragraph", f"<p>{words(461)}</p>")], 3),
        ([("paragraph", "<p>Short.</p>")], 1),
        ([("divider", None)], 1),
        (
            [
                ("paragraph", f"<p><b>{words(201)}</b></p>"),
                ("subheading", words(10)),
                ("contributor_note", words(10)),
                ("pull_quote", {"quote": words(10), "attribution": "", "role": ""}),
            ],
            2,
        ),
    ],
    ids=["460-words", "461-words", "tiny", "no-text", "all-text-blocks"],
)
def test_reading_time_rounds_up_at_230_words_a_minute(body, minutes):
    article = ArticlePageFactory.build(body=body)

    assert article.reading_time() == minutes


def test_word_count_ignores_markup_and_non_text_blocks():
    article = ArticlePageFactory.build(
        body=[
            ("paragraph", '<p>Three <a href="https://example.org">short</a> words.</p>'),
            ("image", {"image": None, "caption": "", "credit": "", "alt_text": ""}),
            ("divider", None),
        ]
    )

    assert article.word_count() == 3


def test_publication_date_is_filled_on_publish_when_left_blank(section, author):
    with time_machine.travel(datetime(2025, 5, 1, 8, 0, tzinfo=UTC), tick=False):
        article = ArticlePageFactory(
            parent=section, authors=[author], publication_date=None, publish=False
        )
    assert ArticlePage.objects.get(pk=article.pk).publication_date is None

    with time_machine.travel(datetime(2025, 5, 2, 9, 0, tzinfo=UTC), tick=False):
        article.save_revision().publish()

    article.refresh_from_db()
    assert article.publication_date == datetime(2025, 5, 2, 9, 0, tzinfo=UTC)
    assert article.publication_date == article.first_published_at


def test_publication_date_set_by_the_editor_is_kept(section, author):
    embargoed = datetime(2025, 1, 15, 6, 0, tzinfo=UTC)

    article = ArticlePageFactory(parent=section, authors=[author], publication_date=embargoed)

    article.refresh_from_db()
    assert article.publication_date == embargoed
    assert article.display_date() == embargoed


def test_drafts_keep_a_blank_publication_date(section, author):
    article = ArticlePageFactory(
        parent=section, authors=[author], publication_date=None, publish=False
    )
    article.title = "Still a draft"
    article.save_revision()

    article.refresh_from_db()
    assert article.publication_date is None
    assert article.display_date() is None
