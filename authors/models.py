"""The people (and collective bylines) whose names stand over our stories."""

from django.core.paginator import Paginator
from django.db import models
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.search import index

from core.blocks import SocialLinkBlock
from core.feeds import alternate_feed_links
from core.models import BasePage
from news.models import ARTICLES_PER_PAGE, ArticlePage


class AuthorIndexPage(BasePage):
    """The staff listing: everyone who writes for the paper."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["authors.AuthorPage"]
    max_count_per_parent = 1
    page_description = "The staff listing. Author pages are created under it."

    class Meta:
        verbose_name = "author index"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["authors"] = (
            AuthorPage.objects.child_of(self).live().public().select_related("portrait")
        )
        return context


class AuthorPage(BasePage):
    """A writer, photographer or collective byline such as “Staff Writers”."""

    job_title = models.CharField(
        max_length=120, blank=True, help_text="e.g. Brussels Correspondent"
    )
    portrait = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = RichTextField(blank=True, features=["bold", "italic", "link"])
    short_bio = models.CharField(
        max_length=280,
        blank=True,
        help_text="One or two sentences shown under each story they write, e.g. "
        "“Staff Writers report for Lord's Press from the newsroom in Ardmere.”",
    )
    social_links = StreamField([("link", SocialLinkBlock())], blank=True)

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("job_title"),
        index.SearchField("bio"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("job_title"),
        FieldPanel("portrait"),
        FieldPanel("bio"),
        FieldPanel("short_bio"),
        FieldPanel("social_links"),
    ]

    parent_page_types = ["authors.AuthorIndexPage"]
    subpage_types = []
    page_description = "A person or a collective byline that articles are credited to."
    api_endpoint = "authors"

    class Meta:
        verbose_name = "author"

    def feed_links(self):
        return alternate_feed_links(self.title, "author_feed", slug=self.slug)

    def addresses_showing_this(self):
        """The author's page and feeds, the staff listing, and every story that carries
        their byline (a new name or portrait shows there too)."""
        stories = list(ArticlePage.objects.live().credited_to(self).defer_streamfields())
        return [
            *super().addresses_showing_this(),
            *(story.get_full_url() for story in stories),
            *(address for story in stories for address in story.site_addresses(story.api_paths())),
            *self.site_addresses(
                [
                    reverse("author_feed_rss", args=[self.slug]),
                    reverse("author_feed_atom", args=[self.slug]),
                ]
            ),
        ]

    def share_image(self):
        return self.portrait

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Loaded only if the listing is rendered rather than read from its cached fragment.
        context["articles"] = SimpleLazyObject(lambda: self.listing(request.GET.get("page")))
        return context

    def listing(self, page_number):
        articles = ArticlePage.objects.published().credited_to(self).for_listing()
        page_obj = Paginator(articles, ARTICLES_PER_PAGE).get_page(page_number)
        return page_obj
