"""Sections and the articles filed under them."""

import math
from datetime import timedelta
from html import unescape

from django.core.paginator import Paginator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage, HeroImageMixin
from news.querysets import ArticlePageQuerySet, attach_sections

ARTICLES_PER_PAGE = 20
WORDS_PER_MINUTE = 230
# Republishing sooner than this after first publication is a fix-up, not an update.
UPDATE_THRESHOLD = timedelta(minutes=5)
TEXT_BLOCKS = {"paragraph", "subheading", "contributor_note"}
# Bylines and tags outrank a passing mention in the body, the headline outranks both
# (Page indexes the title with boost 2).
BYLINE_AND_TAG_BOOST = 1.5


class CategoryIndexPage(BasePage):
    """A section of the paper, such as Politics or Culture, holding its articles."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.ArticlePage"]
    page_description = "A section of the paper, e.g. Politics. Articles are filed under it."

    class Meta:
        verbose_name = "section"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.child_of(self).published().for_listing()
        page_obj = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
        for article in page_obj.object_list:
            article.section = self
        context["articles"] = page_obj
        return context


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePageAuthor(Orderable):
    """One name in an article's byline, in the order readers see it."""

    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="author_links")
    author = models.ForeignKey(
        "authors.AuthorPage", on_delete=models.PROTECT, related_name="article_links"
    )
    role = models.CharField(
        max_length=60, blank=True, help_text="Optional, e.g. “Reporting” or “Photography”."
    )

    panels = [FieldPanel("author"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = "author"
        constraints = [
            models.UniqueConstraint(fields=["page", "author"], name="unique_author_per_article")
        ]

    def author_name(self):
        """Indexed as byline text: a name in the headline column would rank as a headline."""
        return self.author.title


class ArticlePage(HeroImageMixin, BasePage):
    """A story: headline, standfirst, byline and a body of blocks."""

    standfirst = models.TextField(
        max_length=300, help_text="One or two sentences under the headline that sum the story up."
    )
    dateline = models.CharField(
        max_length=60, blank=True, help_text="Where the story was reported from, e.g. BRUSSELS."
    )
    publication_date = models.DateTimeField(
        null=True,
        blank=True,
        db_index=True,
        help_text="Shown as the publication date. Leave blank to use the time of first publishing.",
    )
    syndication_source_name = models.CharField(
        "originally published by",
        max_length=120,
        blank=True,
        help_text="For republished stories: the organisation that published it first.",
    )
    syndication_source_url = models.URLField(
        "original address", blank=True, help_text="The story's address on the original site."
    )
    body = StreamField(BodyBlock())
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True)

    objects = PageManager.from_queryset(ArticlePageQuerySet)()

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name", boost=BYLINE_AND_TAG_BOOST)]),
        index.RelatedFields(
            "author_links",
            [
                index.SearchField("author_name", boost=BYLINE_AND_TAG_BOOST),
                index.FilterField("author"),
            ],
        ),
        index.FilterField("publication_date"),
        index.FilterField("expire_at"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("standfirst"),
        InlinePanel("author_links", heading="Byline", label="Author", min_num=1),
        FieldPanel("dateline"),
        *HeroImageMixin.hero_panels,
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    promote_panels = [
        *BasePage.promote_panels,
        FieldPanel("publication_date"),
        MultiFieldPanel(
            [FieldPanel("syndication_source_name"), FieldPanel("syndication_source_url")],
            heading="Syndication",
        ),
    ]

    parent_page_types = ["news.CategoryIndexPage"]
    subpage_types = []
    page_description = "A news story, analysis or opinion piece, filed under a section."

    class Meta:
        verbose_name = "article"

    def save(self, *args, **kwargs):
        # Listings order by publication_date, so a live article always carries one.
        if self.publication_date is None and self.live:
            self.publication_date = self.first_published_at or timezone.now()
        super().save(*args, **kwargs)

    @cached_property
    def section(self):
        return self.get_parent().specific

    def display_date(self):
        return self.publication_date or self.first_published_at

    def updated_date(self):
        """The last republication, when it came meaningfully after the first."""
        published, updated = self.display_date(), self.last_published_at
        if published and updated and updated - published > UPDATE_THRESHOLD:
            return updated
        return None

    def prose(self):
        """The body's readable text, block by block, without markup."""
        for block in self.body:
            if block.block_type in TEXT_BLOCKS:
                text = block.value.source if block.block_type == "paragraph" else block.value
                yield unescape(strip_tags(text))
            elif block.block_type == "pull_quote":
                yield block.value["quote"]

    def word_count(self):
        return sum(len(text.split()) for text in self.prose())

    def search_snippet_text(self):
        """The only text search results may quote from: the standfirst and the body's prose."""
        return " ".join([self.standfirst, *self.prose()])

    def reading_time(self):
        """Minutes an average reader needs, never less than one."""
        return max(1, math.ceil(self.word_count() / WORDS_PER_MINUTE))

    def related_articles(self, count=3):
        siblings = (
            ArticlePage.objects.sibling_of(self, inclusive=False).published().for_listing()[:count]
        )
        return attach_sections(siblings)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_related_objects([self], "author_links__author", "tags")
        context["related_articles"] = self.related_articles()
        return context
