"""The front page and the paper's standing pages (About, Privacy policy and the like)."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.models import BasePage
from core.navigation import menu_pages
from news.blocks import BodyBlock
from news.models import ArticlePage, CategoryIndexPage

SECONDARY_STORY_COUNT = 4
ARTICLES_PER_SECTION = 4
# The section blocks are picked from this many of the newest stories, so that the front
# page does not rank the whole archive on every render.
SECTION_BLOCKS_DRAWN_FROM = 500


class HomePageStory(Orderable):
    """A story an editor has placed under the lead on the front page."""

    page = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="secondary_stories")
    article = models.ForeignKey("news.ArticlePage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("article")]


class HomePage(BasePage):
    """The front page: the lead story, the editors' picks, then each section's latest."""

    lead_story = models.ForeignKey(
        "news.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Leave blank to lead with the newest article.",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("lead_story"),
                InlinePanel(
                    "secondary_stories",
                    label="Story",
                    max_num=SECONDARY_STORY_COUNT,
                    help_text="Stories under the lead. Empty places fill with the newest articles.",
                ),
            ],
            heading="Front page",
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    page_description = "The front page of the site. There is only one."

    class Meta:
        verbose_name = "front page"

    def shown_on_every_page(self):
        # Every page's breadcrumbs and masthead lead back to it.
        return True

    def front_page_stories(self):
        """The lead and secondary stories: editors' choices first, the newest after."""
        published = ArticlePage.objects.descendant_of(self).published()
        chosen_ids = [self.lead_story_id] if self.lead_story_id else []
        chosen_ids += [story.article_id for story in self.secondary_stories.all()]
        chosen = published.filter(pk__in=chosen_ids).for_listing().in_bulk()
        stories = [chosen[pk] for pk in dict.fromkeys(chosen_ids) if pk in chosen]
        wanted = 1 + SECONDARY_STORY_COUNT - len(stories)
        if wanted > 0:
            stories += published.exclude(pk__in=chosen_ids).for_listing()[:wanted]
        return stories

    def section_blocks(self, menu, exclude):
        """Each section of the menu (`menu_pages`) with its newest articles, leaving out
        those already shown.

        One query ranks the newest stories by section; when the archive holds more than
        those, a quiet section with too few among them is filled by a query of its own.
        """
        blocks = {page.pk: (page, []) for page in menu if page.specific_class is CategoryIndexPage}
        candidates = (
            ArticlePage.objects.descendant_of(self)
            .published()
            .exclude(pk__in=[article.pk for article in exclude])
        )
        newest = candidates.values("pk")[:SECTION_BLOCKS_DRAWN_FROM]
        latest = list(
            candidates.filter(pk__in=newest).latest_per_section(ARTICLES_PER_SECTION).for_listing()
        )
        for article in latest:
            block = blocks.get(article.section_id)
            if block:
                block[1].append(article)
        archive_ranked_whole = not latest or latest[0].ranked_among < SECTION_BLOCKS_DRAWN_FROM
        for section, articles in blocks.values():
            if not archive_ranked_whole and len(articles) < ARTICLES_PER_SECTION:
                articles[:] = candidates.filter(section=section).for_listing()[
                    :ARTICLES_PER_SECTION
                ]
        return list(blocks.values())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Loaded only if the front page is rendered rather than read from its cached fragment.
        stories = SimpleLazyObject(self.front_page_stories)
        context["lead_story"] = SimpleLazyObject(lambda: stories[0] if stories else None)
        context["secondary_stories"] = SimpleLazyObject(lambda: stories[1:])
        # The sections' blocks, the masthead and the footer show one menu, looked up once.
        context["menu_pages"] = menu = SimpleLazyObject(lambda: menu_pages(request))
        context["section_blocks"] = SimpleLazyObject(
            lambda: self.section_blocks(menu, exclude=stories)
        )
        return context


class StandardPage(BasePage):
    """A standing page such as About us or the Privacy policy."""

    introduction = models.TextField(max_length=400, blank=True)
    body = StreamField(BodyBlock(), blank=True)

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    page_description = "A standing page such as About us or the Privacy policy."
    api_endpoint = "standard-pages"
