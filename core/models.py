"""Foundations shared by every page type: the abstract base page, field-group mixins
and the site-wide settings editors manage."""

import zoneinfo
from decimal import Decimal
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page, Site

from core.blocks import SocialLinkBlock
from core.credits import credit_line
from freshness import versions

# Wagtail's tree holds its own root at depth 1; each site's home page sits below it.
SITE_ROOT_DEPTH = 2


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(f"“{value}” is not an IANA time zone, e.g. Europe/London.")


class BasePage(Page):
    """Behaviour every reader-facing page shares."""

    # The read API's endpoint for this page type (api/urls.py), besides "pages" for all.
    api_endpoint = ""

    class Meta:
        abstract = True

    def get_cache_key_components(self):
        # A page shows other pages too (its section, authors, related stories, the menu),
        # so its fragments ({% wagtailpagecache %}) last until anything shown at its
        # address changes, or anything every page shows, not only until it is republished.
        return [*super().get_cache_key_components(), *self.freshness_versions]

    @cached_property
    def freshness_versions(self):
        return versions.current([versions.SITE, versions.path_tag(urlsplit(self.url or "").path)])

    def shown_on_every_page(self):
        """Whether every page shows this one (the menu does), so a change to it renews all."""
        return self.show_in_menus

    def addresses_showing_this(self):
        """Full URLs of every address that shows this page, renewed when it changes.

        Its own, its parent's (which may list it), the sitemap and the read API's; page
        types that appear in more listings add theirs.
        """
        addresses = [self.get_full_url(), self.get_parent().get_full_url()]
        return [address for address in addresses if address] + self.site_addresses(
            [reverse("sitemap"), *self.api_paths()]
        )

    def api_paths(self):
        """The read API's addresses of this page and of the listings that show it."""
        endpoints = ["pages", *([self.api_endpoint] if self.api_endpoint else [])]
        return [
            path
            for endpoint in endpoints
            for path in (
                reverse(f"wagtailapi_v2:{endpoint}:listing"),
                reverse(f"wagtailapi_v2:{endpoint}:detail", args=[self.pk]),
            )
        ]

    def site_addresses(self, paths):
        """Full URLs of site-wide paths (feeds, sitemaps) on this page's site."""
        url_parts = self.get_url_parts()
        root_url = url_parts[1] if url_parts else None
        return [root_url + path for path in paths] if root_url else []

    def canonical_url(self, request=None):
        """The one address search engines should credit this page to."""
        return self.get_full_url(request)

    def share_image(self):
        """The picture shown when the page is shared or listed by a search engine."""
        return None

    def feed_links(self):
        """Feeds of this page's own articles, for autodiscovery; most pages have none."""
        return []

    @transaction.atomic
    def publish(self, revision, *args, **kwargs):
        """Publish the revision completely or not at all.

        Wagtail saves the page, tells ``page_published`` receivers and writes the log entry
        in separate steps; one transaction keeps a failing step from leaving a live page
        without its log entry, and makes receivers wrapped in ``after_commit`` wait for it.
        """
        return super().publish(revision, *args, **kwargs)

    def route(self, request, path_components):
        """Find the page at `path_components` below this one by its URL path.

        Wagtail walks down the tree a level at a time, two queries a level. No page type
        here routes sub-paths of its own (tests/freshness/test_addresses.py checks), so
        the page at a path is the page whose `url_path` it is: two queries however deep.
        Whether it may be served is then decided as Wagtail decides it.
        """
        if not path_components:
            return super().route(request, path_components)
        url_path = f"{self.url_path}{'/'.join(path_components)}/"
        page = Page.objects.filter(
            # The slug is indexed; the URL path (unindexed) tells same-named pages apart.
            slug=path_components[-1],
            depth=self.depth + len(path_components),
            url_path=url_path,
        ).first()
        if page is None or page.specific_class is None:
            raise Http404
        return page.specific_class.serving_queryset().get(pk=page.pk).route(request, [])

    @classmethod
    def serving_queryset(cls):
        """Pages of this type as routing loads them to serve: with whatever every view of
        the page shows (an article's section and photograph) in the same query."""
        return cls.objects.all()

    def get_breadcrumbs(self, request):
        """The trail from the front page down to, but not including, this page."""
        if self.depth <= SITE_ROOT_DEPTH:
            return []
        site = Site.find_for_request(request)
        if site and self.is_child_of(site.root_page):
            return [site.root_page]
        return self.ancestors_below_the_root

    @cached_property
    def ancestors_below_the_root(self):
        return list(Page.objects.ancestor_of(self).filter(depth__gte=SITE_ROOT_DEPTH))


class HeroImageMixin(models.Model):
    hero_image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_caption = models.CharField(max_length=250, blank=True)
    hero_credit = models.CharField(
        max_length=120, blank=True, help_text="Leave blank to use the image's own credit."
    )

    hero_panels = [
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_caption"), FieldPanel("hero_credit")],
            heading="Hero image",
        )
    ]

    class Meta:
        abstract = True

    def share_image(self):
        return self.hero_image

    def hero_credit_line(self):
        return credit_line(self.hero_credit or (self.hero_image.credit if self.hero_image else ""))


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Who we are and where we report from, shown in the masthead and footer."""

    publication_name = models.CharField(max_length=80, default="Lord's Press")
    tagline = models.CharField(max_length=160, blank=True, default="A journal of record")
    dateline_city = models.CharField(
        max_length=80, default="London, UK", help_text="Shown in the masthead's dateline."
    )
    time_zone = models.CharField(
        max_length=64,
        default="Europe/London",
        validators=[validate_time_zone],
        help_text="IANA time zone for the dateline and every date readers see, "
        "e.g. Europe/London or Europe/Brussels.",
    )
    latitude = models.DecimalField(
        max_digits=7,
        decimal_places=4,
        null=True,
        blank=True,
        default=Decimal("51.5072"),
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text="Where the dateline's weather is for, e.g. 51.5072 for London. "
        "Leave both blank to show no weather.",
    )
    longitude = models.DecimalField(
        max_digits=7,
        decimal_places=4,
        null=True,
        blank=True,
        default=Decimal("-0.1276"),
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text="East is positive, west negative, e.g. -0.1276 for London.",
    )
    logo = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The publication's logo as search engines and social networks show it: "
        "a wide image on a plain background, at least 600 pixels across.",
    )
    about_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    follow_links = StreamField(
        [("link", SocialLinkBlock())],
        blank=True,
        help_text="The publication's own profiles, shown as “Follow us” links.",
    )
    sponsors_heading = models.CharField(
        max_length=120,
        blank=True,
        help_text="The heading over the sponsors in the footer. Left empty: "
        "“<publication name> is free thanks to our sponsors”.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("publication_name"), FieldPanel("tagline"), FieldPanel("logo")],
            heading="Publication",
        ),
        MultiFieldPanel(
            [
                FieldPanel("dateline_city"),
                FieldPanel("time_zone"),
                FieldPanel("latitude"),
                FieldPanel("longitude"),
            ],
            heading="Dateline",
        ),
        MultiFieldPanel(
            [FieldPanel("about_page"), FieldPanel("privacy_page"), FieldPanel("sponsors_heading")],
            heading="Footer",
        ),
        FieldPanel("follow_links"),
    ]

    # The footer and the structured data show these on every page.
    select_related = ["logo", "about_page", "privacy_page"]

    class Meta:
        verbose_name = "site settings"

    @cached_property
    def tzinfo(self):
        return zoneinfo.ZoneInfo(self.time_zone)
