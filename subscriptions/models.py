"""Readers who asked for the newsletter, and the newsletters sent to them."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

DEFAULT_CONSENT_TEXT = (
    "Yes, send me the Lord's Press newsletter and give me a reader account. "
    "I can unsubscribe or delete my account at any time."
)


@register_setting(icon="mail")
class SubscriptionSettings(BaseSiteSetting):
    """What readers agree to when they subscribe, in the editors' own words."""

    consent_text = models.TextField(
        max_length=500,
        default=DEFAULT_CONSENT_TEXT,
        help_text="The words beside the consent box on every signup form. Each subscriber's "
        "record keeps the wording they agreed to.",
    )
    newsletter_footer = models.TextField(
        max_length=500,
        blank=True,
        help_text="A short note at the foot of every newsletter, e.g. who sends it and why.",
    )

    offer_heading = models.CharField(
        max_length=120,
        default="Get the newsletter",
        help_text="The heading of the newsletter sign-up box at the foot of every page.",
    )
    offer_text = models.TextField(
        max_length=400,
        blank=True,
        help_text="A sentence or two under that heading: what the newsletter brings, how often.",
    )
    locked_notice_heading = models.CharField(
        max_length=120,
        default="The rest of this report is for subscribers",
        help_text="Shown where a subscribers-only story stops for readers without a subscription.",
    )
    locked_notice_text = models.TextField(
        max_length=400,
        default="Subscribing is free: confirm your email address and you can read every "
        "special report and exclusive notice in our archive, and get the newsletter.",
        help_text="The sentence under that heading, above the Subscribe and Sign in links.",
    )

    panels = [
        FieldPanel("consent_text"),
        FieldPanel("newsletter_footer"),
        MultiFieldPanel(
            [FieldPanel("offer_heading"), FieldPanel("offer_text")], heading="Newsletter offer"
        ),
        MultiFieldPanel(
            [FieldPanel("locked_notice_heading"), FieldPanel("locked_notice_text")],
            heading="Subscribers-only notice",
        ),
    ]

    class Meta:
        verbose_name = "subscription settings"


class SubscriberQuerySet(models.QuerySet):
    def newsletter_recipients(self):
        """Confirmed readers who still want the newsletter."""
        return self.filter(status=Subscriber.Status.CONFIRMED, newsletter=True)


class Subscriber(models.Model):
    """One email address that asked to subscribe, with the consent it gave."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for confirmation"
        CONFIRMED = "confirmed", "Confirmed"

    email = models.EmailField(unique=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    newsletter = models.BooleanField(
        "receives the newsletter",
        default=True,
        help_text="Off when the reader unsubscribed; their account stays.",
    )
    consent_text = models.TextField(help_text="The wording the reader agreed to.")
    consented_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(
        null=True, blank=True, help_text="Empty while the confirmation email has not gone out."
    )
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page the reader subscribed from.",
    )
    last_sign_in_at = models.DateTimeField(null=True, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriber",
        help_text="The reader account created when the address was confirmed.",
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "newsletter"], name="subscriber_status_idx")]

    def __str__(self):
        # Audit log entries keep this title after an erasure, so it holds no address.
        return f"Subscriber {self.pk}"

    @property
    def is_confirmed(self):
        return self.status == self.Status.CONFIRMED

    def personal_data(self):
        """Everything we hold about the reader, as they may download it."""
        deliveries = self.deliveries.filter(status=NewsletterDelivery.Status.SENT)
        return {
            "email": self.email,
            "status": self.status,
            "receives_newsletter": self.newsletter,
            "consent": {"text": self.consent_text, "given_at": self.consented_at.isoformat()},
            "subscribed_from": self.source_page.full_url if self.source_page else None,
            "signed_up_at": self.created_at.isoformat(),
            "confirmed_at": self.confirmed_at.isoformat() if self.confirmed_at else None,
            "last_sign_in_at": self.last_sign_in_at.isoformat() if self.last_sign_in_at else None,
            "newsletters_received": [
                {"subject": delivery.newsletter.subject, "sent_at": delivery.sent_at.isoformat()}
                for delivery in deliveries.select_related("newsletter").order_by("sent_at")
            ],
        }


class Newsletter(ClusterableModel):
    """An edition of the newsletter: a subject, a short note and the chosen articles."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"

    subject = models.CharField(max_length=150, help_text="The email's subject line.")
    introduction = models.TextField(
        max_length=1000, blank=True, help_text="A few sentences above the articles, in plain text."
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    send_requested_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("subject"),
        FieldPanel("introduction"),
        InlinePanel("article_links", heading="Articles", label="Article", min_num=1),
    ]

    class Meta:
        ordering = ["-created_at"]
        permissions = [("send_newsletter", "Can send a newsletter to all subscribers")]

    def __str__(self):
        return self.subject

    def articles(self):
        """The chosen articles that are live, in the editor's order; never their full text."""
        return [
            link.article
            for link in self.article_links.select_related("article", "article__hero_image")
            if link.article.live
        ]


class NewsletterArticle(Orderable):
    newsletter = ParentalKey(Newsletter, on_delete=models.CASCADE, related_name="article_links")
    article = models.ForeignKey("news.ArticlePage", on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("article", "news.ArticlePage")]


class NewsletterDelivery(models.Model):
    """One newsletter to one subscriber: claimed before sending, so a retry never sends twice."""

    class Status(models.TextChoices):
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    newsletter = models.ForeignKey(Newsletter, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SENDING)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name_plural = "newsletter deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["newsletter", "subscriber"], name="one_delivery_per_subscriber"
            )
        ]

    def __str__(self):
        return f"{self.newsletter} → subscriber {self.subscriber_id}: {self.status}"
