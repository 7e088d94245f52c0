"""Sections and the articles filed under them."""

import math
from html import unescape
from itertools import islice
from operator import attrgetter

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q, prefetch_related_objects
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.html import strip_tags
from django.utils.text import Truncator
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, Panel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager, Site
from wagtail.search import index

from core.feeds import alternate_feed_links
from core.models import BasePage, HeroImageMixin
from news.blocks import BodyBlock
from news.querysets import ArticlePageQuerySet, bylines

ARTICLES_PER_PAGE = 20
CORRECTIONS_PER_PAGE = 30
WORDS_PER_MINUTE = 230
TEXT_BLOCKS = {"paragraph", "subheading", "contributor_note"}
# How many paragraphs of a subscribers-only story anyone may read before the prompt.
TEASER_PARAGRAPHS = 2
# A story without a standfirst is summed up by this many of its opening words.
SUMMARY_WORDS = 40
# Held by confirmed readers (through the Subscribers group), editors and superusers.
SUBSCRIBER_ONLY_PERMISSION = "news.read_subscriber_only"


class CategoryIndexPage(BasePage):
    """A section of the paper, such as Politics or Culture, holding its articles."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.ArticlePage"]
    page_description = "A section of the paper, e.g. Politics. Articles are filed under it."
    api_endpoint = "sections"

    class Meta:
        verbose_name = "section"

    def shown_on_every_page(self):
        # Its name labels every story filed in it, as well as the menu.
        return True

    def feed_links(self):
        return alternate_feed_links(self.title, "section_feed", slug=self.slug)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Loaded only if the listing is rendered rather than read from its cached fragment.
        context["articles"] = SimpleLazyObject(lambda: self.listing(request.GET.get("page")))
        return context

    def listing(self, page_number):
        articles = ArticlePage.objects.filter(section=self).published().for_listing()
        return Paginator(articles, ARTICLES_PER_PAGE).get_page(page_number)


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePageAuthor(Orderable):
    """One name in an article's byline, in the order readers see it."""

    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="author_links")
    # An author credited on a story cannot be deleted on their own (the byline is part of
    # the record), but deleting a whole branch of the site takes the credits with it.
    author = models.ForeignKey(
        "authors.AuthorPage", on_delete=models.RESTRICT, related_name="article_links"
    )
    role = models.CharField(
        max_length=60, blank=True, help_text="Optional, e.g. “Reporting” or “Photography”."
    )
    # The article's own publication date, copied here by ArticlePage.save() so that an
    # author's listing is read newest first from one index rather than sorted.
    publication_date = models.DateTimeField(null=True, editable=False)

    panels = [FieldPanel("author"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = "author"
        constraints = [
            models.UniqueConstraint(fields=["page", "author"], name="unique_author_per_article")
        ]
        indexes = [
            models.Index(
                fields=["author", "publication_date", "page"], name="byline_author_date_idx"
            )
        ]


class ArticleCorrectionQuerySet(models.QuerySet):
    def standing(self):
        """Notes still in force: what structured data and feeds put on the record."""
        return self.filter(withdrawn_at__isnull=True)


class ArticleCorrection(models.Model):
    """A correction, clarification or update: part of the public record, outside revisions.

    Keyed to the page with a plain foreign key rather than a ParentalKey, so no revision
    holds it: reverting, copying, moving, unpublishing or scheduling a story leaves its notes
    as they are. Editors add, amend and withdraw notes from the story's admin (news.admin_views);
    an amended note shows when it was amended, and a withdrawn one stays on the record,
    marked as withdrawn.
    """

    class Kind(models.TextChoices):
        CORRECTION = "correction", "Correction"
        CLARIFICATION = "clarification", "Clarification"
        UPDATE = "update", "Update"
        # Written by the wire desk when a story's source withdraws it (wire.kills).
        WITHDRAWAL = "withdrawal", "Withdrawal"

    page = models.ForeignKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="corrections"
    )
    date = models.DateTimeField(
        default=timezone.now, help_text="When the story was changed. Readers see it with the note."
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.CORRECTION)
    text = RichTextField(
        max_length=1000,
        features=["bold", "italic", "link"],
        help_text="What was wrong or what changed, e.g. “An earlier version of this article "
        "gave the vote as 31 to 17. It was 31 to 18.”",
    )
    amended_at = models.DateTimeField(null=True, blank=True, editable=False)
    withdrawn_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ArticleCorrectionQuerySet.as_manager()

    class Meta:
        verbose_name = "correction or update"
        verbose_name_plural = "corrections and updates"
        ordering = ["date", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} of {self.date:%d %b %Y}"


class WireProvenancePanel(Panel):
    """Read-only, in the article editor: the wire items the story's copy came from."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "wire/provenance_panel.html"

        def is_shown(self):
            return bool(self.instance.wire_records())

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["records"] = self.instance.wire_records()
            return context


class ArticlePage(HeroImageMixin, BasePage):
    """A story: headline, standfirst, byline and a body of blocks."""

    standfirst = models.TextField(
        max_length=300,
        blank=True,
        help_text="One or two sentences under the headline that sum the story up. Without "
        "one, search engines, link previews and feeds quote the opening of the story.",
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
    sponsor = models.ForeignKey(
        "sponsors.Sponsor",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="articles",
        help_text="Only for paid-for content: readers see “Sponsored by …” on the story. "
        "Leave blank for our own journalism.",
    )
    body = StreamField(BodyBlock())
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True)
    subscribers_only = models.BooleanField(
        default=False,
        help_text="Only signed-in subscribers read the whole story; everyone else sees the "
        f"headline, standfirst, hero image and first {TEASER_PARAGRAPHS} paragraphs.",
    )
    # The parent section, kept by save() and on moves (news.signals), so that a section's
    # listing is read newest first from one index rather than found by tree path and sorted.
    section = models.ForeignKey(
        CategoryIndexPage,
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    needs_legal_review = models.BooleanField(
        "needs legal review",
        default=False,
        help_text="Tick for stories a lawyer must sign off before publication, e.g. allegations "
        "against named people. Legal then reviews the story before it can go live.",
    )

    objects = PageManager.from_queryset(ArticlePageQuerySet)()

    # For Wagtail's search backends: the admin's, and a search cluster that reader search
    # uses instead of its own index (search/). Readers who may not read subscribers-only
    # text search only the public field; the filters are those of the search page.
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("search_public_text"),
        index.SearchField("search_locked_text"),
        index.FilterField("section"),
        index.FilterField("publication_date"),
        index.FilterField("expire_at"),
        index.RelatedFields("author_links", [index.FilterField("author")]),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("standfirst"),
        InlinePanel("author_links", heading="Byline", label="Author", min_num=1),
        FieldPanel("dateline"),
        FieldPanel("sponsor"),
        *HeroImageMixin.hero_panels,
        FieldPanel("body"),
        FieldPanel("tags"),
        FieldPanel("needs_legal_review"),
    ]
    promote_panels = [
        *BasePage.promote_panels,
        FieldPanel("publication_date"),
        FieldPanel("subscribers_only"),
        MultiFieldPanel(
            [FieldPanel("syndication_source_name"), FieldPanel("syndication_source_url")],
            heading="Syndication",
        ),
        WireProvenancePanel(heading="Wire provenance"),
    ]

    parent_page_types = ["news.CategoryIndexPage"]
    subpage_types = []
    page_description = "A news story, analysis or opinion piece, filed under a section."
    api_endpoint = "articles"

    class Meta:
        verbose_name = "article"
        permissions = [("read_subscriber_only", "Can read subscribers-only articles in full")]
        indexes = [
            models.Index(
                fields=["section", "publication_date", "page_ptr"], name="article_section_date_idx"
            )
        ]

    def save(self, *args, **kwargs):
        # Listings order by publication_date, so a live article always carries one.
        if self.publication_date is None and self.live:
            self.publication_date = self.first_published_at or timezone.now()
        # Saves of a few fields (a new draft revision, a lock) change neither the article's
        # place in the tree nor its date; any other save may come from a copy, an alias
        # or an old revision, so the listing columns are worked out afresh.
        whole_save = kwargs.get("update_fields") is None
        if whole_save:
            self.section = CategoryIndexPage.objects.filter(path=self.path[: -self.steplen]).first()
        super().save(*args, **kwargs)
        if whole_save:
            ArticlePageAuthor.objects.filter(page=self).update(
                publication_date=self.publication_date
            )

    @classmethod
    def serving_queryset(cls):
        return cls.objects.select_related("section", "hero_image", "sponsor")

    def get_breadcrumbs(self, request):
        # The front page and the section: both already loaded to serve the story.
        site = Site.find_for_request(request)
        if site and self.section and self.section.is_child_of(site.root_page):
            return [site.root_page, self.section]
        return super().get_breadcrumbs(request)

    # Wire desk (wire app): provenance, embargo and withdrawal of stories built from agency
    # and partner copy. The records are wire.ArticleProvenance rows, children of the page
    # (unlike its corrections), so each revision keeps the provenance of the copy it holds.

    def wire_records(self):
        """Where this story's copy came from: the wire items, with source and version."""
        return list(self.wire_provenance.all())

    def embargo_until(self):
        embargoes = [record.embargo_until for record in self.wire_records() if record.embargo_until]
        return max(embargoes, default=None)

    def clean(self):
        # Checked on every save that publishes (Page.save validates live pages), so no path
        # can publish an embargoed story early; publishing one before its embargo with a
        # go-live time no earlier than the embargo schedules it instead.
        super().clean()
        embargo = self.embargo_until()
        if (
            embargo
            and embargo > timezone.now()
            and (not self.go_live_at or self.go_live_at < embargo)
        ):
            local = timezone.localtime(embargo)
            raise ValidationError(
                {
                    "go_live_at": f"This story is under embargo until {local:%d/%m/%Y %H:%M}: "
                    "set its go-live time no earlier than that."
                }
            )

    def feed_links(self):
        return self.section.feed_links()

    def canonical_url(self, request=None):
        # A republished story credits the site that published it first.
        return self.syndication_source_url or super().canonical_url(request)

    def get_sitemap_urls(self, request=None):
        # Sitemaps list only addresses that are canonical here.
        return [] if self.syndication_source_url else super().get_sitemap_urls(request)

    def display_date(self):
        return self.publication_date or self.first_published_at

    def corrections_by_date(self):
        """The story's record of changes, oldest first, as readers see it at the foot."""
        return sorted(self.corrections.all(), key=attrgetter("date", "pk"))

    def standing_corrections(self):
        """The notes still in force, oldest first: what structured data and feeds carry."""
        return [note for note in self.corrections_by_date() if note.withdrawn_at is None]

    def updated_date(self):
        """When the latest correction or update was made: the last substantive change.

        Republishing to fix a typo or retag a story leaves no note, so it claims no update.
        """
        corrections = self.standing_corrections()
        published = self.display_date()
        if corrections and published and corrections[-1].date > published:
            return corrections[-1].date
        return None

    def corrections_page(self):
        return CorrectionsPage.objects.live().public().sibling_of(self.section).first()

    def word_count(self):
        return sum(len(block_text(block).split()) for block in self.body.raw_data)

    def is_locked_for(self, user):
        """Whether `user` may read only the teaser: the one access decision for this story."""
        return self.subscribers_only and not may_read_locked_text(user)

    def teaser_length(self):
        """How many opening body blocks everyone may read: for subscribers-only stories,
        up to and including the TEASER_PARAGRAPHS-th paragraph; for free stories, all."""
        block_types = [block["type"] for block in self.body.raw_data]
        if not self.subscribers_only:
            return len(block_types)
        paragraphs = 0
        for position, block_type in enumerate(block_types):
            if paragraphs == TEASER_PARAGRAPHS:
                return position
            paragraphs += block_type == "paragraph"
        return len(block_types)

    def teaser_blocks(self):
        """The opening everyone may read, as blocks to render."""
        return list(self.body)[: self.teaser_length()]

    def subscriber_blocks(self):
        """The rest of a subscribers-only story, after the teaser."""
        return list(self.body)[self.teaser_length() :]

    def public_text(self):
        """Plain text anyone may read: what feeds, search snippets and structured data
        may quote. Never the subscribers-only part.

        Read from the stored body, so that listing snippets never load the images and
        pages the blocks refer to.
        """
        return " ".join(self.public_passages())

    def public_passages(self):
        """`public_text` block by block, converted from HTML only as far as it is read."""
        opening = islice(self.body.raw_data, self.teaser_length())
        return filter(None, (block_text(block) for block in opening))

    def access_structured_data(self):
        """schema.org access fields for the article's JSON-LD, per Google's guidance
        for paywalled content: the gated part is the `.subscriber-only` element."""
        if not self.subscribers_only:
            return {"isAccessibleForFree": True}
        return {
            "isAccessibleForFree": False,
            "hasPart": {
                "@type": "WebPageElement",
                "isAccessibleForFree": False,
                "cssSelector": ".subscriber-only",
            },
        }

    def search_public_text(self):
        """What anyone may find the story by: headline, standfirst, what anyone may read of
        the body (with captions), bylines and tags. Never the subscribers-only part."""
        opening = islice(self.body.raw_data, self.teaser_length())
        return " ".join(
            filter(
                None,
                [
                    self.title,
                    self.standfirst,
                    *map(searchable_block_text, opening),
                    *(credit.author.title for credit in self.author_links.all()),
                    *(tag.name for tag in self.tags.all()),
                ],
            )
        )

    def search_locked_text(self):
        """The subscribers-only rest of the body, searched only by readers who may read it."""
        rest = list(self.body.raw_data)[self.teaser_length() :]
        return " ".join(filter(None, map(searchable_block_text, rest)))

    def authors_with_notes(self):
        """The story's authors who have a short bio to show under it, in byline order."""
        return [credit.author for credit in self.author_links.all() if credit.author.short_bio]

    def summary(self):
        """What search engines, link previews and feeds say the story is: its standfirst, or
        the opening of what anyone may read, never the subscribers-only part."""
        if self.standfirst:
            return self.standfirst
        return Truncator(next(iter(self.public_passages()), "")).words(SUMMARY_WORDS)

    def search_snippet_passages(self):
        """The only text search results may quote from: the standfirst and what anyone may
        read of the body (never the subscribers-only part)."""
        yield self.standfirst
        yield from self.public_passages()

    def reading_time(self):
        """Minutes an average reader needs, never less than one."""
        return max(1, math.ceil(self.word_count() / WORDS_PER_MINUTE))

    def addresses_showing_this(self):
        """The story, its section, the front page, its authors' pages, the corrections page
        when it has notes, and every feed and sitemap that lists it."""
        urls = list(super().addresses_showing_this())
        paths = [
            "/",
            reverse("site_feed_rss"),
            reverse("site_feed_atom"),
            reverse("news_sitemap"),
            # Anonymous searches are cached too, for PAGE_CACHE_SEARCH_SECONDS.
            reverse("search"),
            reverse("section_feed_rss", args=[self.section.slug]),
            reverse("section_feed_atom", args=[self.section.slug]),
            reverse("wagtailapi_v2:front-page:listing"),
        ]
        for credit in self.author_links.select_related("author"):
            urls.append(credit.author.get_full_url())
            paths += [
                reverse("author_feed_rss", args=[credit.author.slug]),
                reverse("author_feed_atom", args=[credit.author.slug]),
            ]
        for tag in self.tags.all():
            paths += [
                reverse("tag_page", args=[tag.slug]),
                reverse("tag_feed_rss", args=[tag.slug]),
                reverse("tag_feed_atom", args=[tag.slug]),
            ]
        if self.corrections.exists() and (corrections_page := self.corrections_page()):
            urls.append(corrections_page.get_full_url())
        return [*urls, *self.site_addresses(paths)]

    def related_articles(self, count=3):
        return list(
            ArticlePage.objects.filter(section=self.section_id)
            .exclude(pk=self.pk)
            .published()
            .for_listing()[:count]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_locked"] = is_locked = self.is_locked_for(request.user)
        # Loaded only if the story is rendered rather than read from its cached fragment.
        context["story"] = SimpleLazyObject(lambda: self.story(is_locked))
        return context

    def prefetch_relations(self):
        """Bylines with their authors, tags and corrections: one query each, made once
        whichever part of the page (story, head metadata) is rendered first."""
        prefetch_related_objects([self], bylines(ArticlePage), "tags", "corrections")

    def story(self, is_locked):
        """What the story's template shows beyond the page's own fields."""
        self.prefetch_relations()
        return {
            "teaser_blocks": self.teaser_blocks(),
            "subscriber_blocks": [] if is_locked else self.subscriber_blocks(),
            "related_articles": self.related_articles(),
        }


def may_read_locked_text(user):
    """Whether `user` may read subscribers-only text, and the documents linked only from it."""
    return user.has_perm(SUBSCRIBER_ONLY_PERMISSION)


def searchable_block_text(block):
    """A stored body block's text as search finds it: what it reads, or its caption."""
    if block["type"] in {"image", "embed"}:
        return block["value"].get("caption", "")
    return block_text(block)


def block_text(block):
    """The words a reader reads in one stored body block, as plain text."""
    if block["type"] in TEXT_BLOCKS:
        return " ".join(unescape(strip_tags(block["value"])).split())
    if block["type"] in {"pull_quote", "block_quote"}:
        return block["value"]["quote"]
    return ""


class CorrectionsPage(BasePage):
    """Every correction, clarification and update made to a published story, newest first."""

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="The corrections policy in a sentence or two, shown above the list.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    page_description = "The public list of corrections and updates to our stories. There is one."

    class Meta:
        verbose_name = "corrections page"

    def corrections(self):
        """Notes on the live stories of this page's site, and withdrawals, newest first."""
        site_articles = ArticlePage.objects.descendant_of(self.get_parent())
        # A story taken down at its source's request keeps its withdrawal note on the list.
        withdrawn = site_articles.not_live().filter(first_published_at__isnull=False)
        return (
            ArticleCorrection.objects.filter(
                Q(page__in=site_articles.live().public())
                | Q(page__in=withdrawn, kind=ArticleCorrection.Kind.WITHDRAWAL)
            )
            .select_related("page")
            .defer("page__body")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["corrections"] = Paginator(self.corrections(), CORRECTIONS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        return context
