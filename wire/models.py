"""The wire desk's records: where copy comes from, what has arrived, and what a story
built from it owes its source."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from wire.story import Story

HOST_NAME = re.compile(r"^[A-Za-z0-9.-]+$")


def validate_host_list(value):
    for host in value.split():
        if not HOST_NAME.match(host):
            raise ValidationError(f"“{host}” is not a host name: leave out the scheme and path.")


class WireSource(models.Model):
    """An agency or partner whose copy we may run, and the terms we run it on."""

    class Format(models.TextChoices):
        NINJS = "ninjs", "IPTC ninjs (JSON, 1.x or 2.x)"
        NEWSML = "newsml", "IPTC NewsML-G2"
        NITF = "nitf", "NITF 3.x"
        FEED = "feed", "RSS or Atom feed"
        PASTED = "pasted", "Pasted copy (HTML or plain text)"

    class Delivery(models.TextChoices):
        UPLOAD = "upload", "Uploaded in the admin"
        INBOX = "inbox", "Files dropped in an inbox folder"
        FEED = "feed", "Feed polled over HTTP(S)"
        PASTE = "paste", "Pasted into the admin"

    name = models.CharField(
        max_length=120, unique=True, help_text="e.g. “Vell Valley News Agency”."
    )
    slug = models.SlugField(
        unique=True,
        help_text="Names the source's inbox folder under WIRE_INBOX_ROOT, e.g. “vell-agency”.",
    )
    format = models.CharField(max_length=20, choices=Format.choices, default=Format.NINJS)
    delivery = models.CharField(
        "how items arrive", max_length=20, choices=Delivery.choices, default=Delivery.UPLOAD
    )
    feed_url = models.URLField(
        blank=True, help_text="For a polled feed: its address (http or https)."
    )
    allowed_hosts = models.CharField(
        max_length=500,
        blank=True,
        validators=[validate_host_list],
        help_text="Host names we may fetch the feed and photos from, separated by spaces, "
        "e.g. “photos.vell-agency.example”. Nothing is fetched from any other host.",
    )
    allow_private_addresses = models.BooleanField(
        default=False,
        help_text="Only for a source on our own network: let fetches reach private and "
        "loopback addresses.",
    )
    default_section = models.ForeignKey(
        "news.CategoryIndexPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where its drafts go unless the editor chooses another section.",
    )
    collective_byline = models.ForeignKey(
        "authors.AuthorPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Credited when no name in an item's byline matches one of our authors, "
        "e.g. “Agency staff”.",
    )
    attribution_name = models.CharField(
        "originally published by",
        max_length=120,
        blank=True,
        help_text="Shown to readers under the story, e.g. “Vell Valley News Agency”.",
    )
    attribution_url = models.URLField(
        "source's address", blank=True, help_text="Linked from that attribution."
    )
    usage_terms = models.TextField(
        blank=True, help_text="What our agreement lets us do with its copy, for editors."
    )
    photos_allowed = models.BooleanField(
        "its photos may be used",
        default=False,
        help_text="Fetch the item's photos into the image library when a draft is made.",
    )
    active = models.BooleanField(
        default=True, help_text="Inactive sources receive nothing and are not polled."
    )

    feed_etag = models.CharField(max_length=255, blank=True, editable=False)
    feed_last_modified = models.CharField(max_length=64, blank=True, editable=False)
    last_polled_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("format"), FieldPanel("delivery")]),
        FieldPanel("active"),
        MultiFieldPanel(
            [
                FieldPanel("feed_url"),
                FieldPanel("allowed_hosts"),
                FieldPanel("allow_private_addresses"),
            ],
            heading="Fetching",
        ),
        MultiFieldPanel(
            [FieldPanel("default_section"), FieldPanel("collective_byline")], heading="Drafts"
        ),
        MultiFieldPanel(
            [
                FieldPanel("attribution_name"),
                FieldPanel("attribution_url"),
                FieldPanel("usage_terms"),
                FieldPanel("photos_allowed"),
            ],
            heading="Terms and attribution",
        ),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "wire source"

    def __str__(self):
        return self.name

    def clean(self):
        if self.delivery == self.Delivery.FEED and not self.feed_url:
            raise ValidationError({"feed_url": "A polled feed needs its address."})

    def host_names(self):
        return {host.lower().strip("[]") for host in self.allowed_hosts.split()}


class WireItemQuerySet(models.QuerySet):
    def for_queue(self):
        return self.select_related("source", "article").order_by("-received_at", "-pk")


class WireItem(models.Model):
    """One story or picture from a source, in its latest version."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        USED = "used", "Used"
        UPDATED = "updated", "Updated since use"
        KILLED = "killed", "Killed"

    source = models.ForeignKey(WireSource, on_delete=models.CASCADE, related_name="items")
    guid = models.CharField("item identifier", max_length=255)
    version = models.PositiveIntegerField(default=1)
    version_at = models.DateTimeField("version time", null=True, blank=True)
    received_at = models.DateTimeField(default=timezone.now, db_index=True)
    headline = models.CharField(max_length=255)
    urgency = models.PositiveSmallIntegerField(null=True, blank=True)
    embargo_until = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    story = models.JSONField(help_text="The item as parsed: what a draft is built from.")
    kill_note = models.TextField(blank=True)

    article = models.ForeignKey(
        "news.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="wire_items",
    )
    used_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    used_at = models.DateTimeField(null=True, blank=True)
    # The revision the desk last built from this item: what tells the newsroom's own edits
    # apart from the wire's copy when a new version arrives.
    wire_revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # The images fetched for the item's photos, by address, so that a new version reuses them.
    photos = models.JSONField(default=dict, blank=True, editable=False)

    objects = WireItemQuerySet.as_manager()

    class Meta:
        verbose_name = "wire item"
        default_permissions = ()
        permissions = [
            ("use_wire_desk", "Can use the wire desk: receive copy and create drafts from it")
        ]
        constraints = [
            models.UniqueConstraint(fields=["source", "guid"], name="unique_wire_item_per_source")
        ]
        indexes = [models.Index(fields=["status", "received_at"], name="wire_item_status_idx")]

    def __str__(self):
        return self.headline

    @cached_property
    def parsed(self):
        return Story.from_json(self.story)

    def is_embargoed(self):
        return bool(self.embargo_until and self.embargo_until > timezone.now())


class WireRejection(models.Model):
    """Something that arrived and could not be taken in, and why."""

    source = models.ForeignKey(
        WireSource, null=True, blank=True, on_delete=models.CASCADE, related_name="rejections"
    )
    received_at = models.DateTimeField(default=timezone.now, db_index=True)
    origin = models.CharField(
        max_length=255, help_text="The file, feed address or paste it came from."
    )
    reason = models.TextField()

    class Meta:
        default_permissions = ()
        ordering = ["-received_at", "-pk"]

    def __str__(self):
        return f"{self.origin}: {self.reason}"


class ArticleProvenance(models.Model):
    """Where a story built on the wire desk came from, kept on the article itself.

    A child of the page (a ParentalKey), so each revision carries the
    provenance of the copy it holds: reverting to an earlier version brings back that
    version's item and version number, and copying the article copies its record.
    """

    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="wire_provenance")
    source = models.ForeignKey(
        WireSource, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source_name = models.CharField(max_length=120)
    source_url = models.URLField(blank=True)
    item_id = models.CharField("item identifier", max_length=255)
    version = models.PositiveIntegerField(default=1)
    version_at = models.DateTimeField("version time", null=True, blank=True)
    received_at = models.DateTimeField()
    embargo_until = models.DateTimeField(null=True, blank=True)
    copyright = models.CharField(max_length=255, blank=True)
    usage_terms = models.TextField(blank=True)

    class Meta:
        default_permissions = ()
        verbose_name = "wire provenance"
        verbose_name_plural = "wire provenance"

    def __str__(self):
        return f"{self.source_name} {self.item_id} v{self.version}"
