"""What readers are asked about cookies, what each cookie does, and what readers answered."""

from dataclasses import dataclass

from cookie_consent.models import Cookie
from django.conf import settings
from django.db import models, transaction
from django.db.models import Count, Max, Q
from django.db.models.fields.json import KeyTextTransform
from django.db.models.lookups import Exact, IsNull
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

ACCEPTED = "accepted"
DECLINED = "declined"


class ConsentPolicyQuerySet(models.QuerySet):
    def published(self):
        return self.filter(version__isnull=False).order_by("-version")

    def current(self):
        """The version readers are asked about now, or None before any is published."""
        return self.published().select_related("privacy_page").first()


class ConsentPolicy(models.Model):
    """One version of the words readers see when we ask about cookies.

    A published version is never edited again, so every consent record points at the
    exact text its reader was shown. Publishing a new version asks every reader again.
    """

    heading = models.CharField(
        max_length=120,
        default="Cookies on Lord's Press",
        help_text="The title of the cookie banner.",
    )
    body = models.TextField(
        max_length=800,
        default=(
            "We use a few cookies to make the site work. With your permission we would "
            "also like to count visits and show videos and posts from other sites. "
            "Nothing optional is switched on until you choose."
        ),
        help_text="What we ask and why, in plain words. A blank line starts a new paragraph.",
    )
    accept_all_label = models.CharField("“Accept all” button", max_length=40, default="Accept all")
    reject_all_label = models.CharField("“Reject all” button", max_length=40, default="Reject all")
    customise_label = models.CharField("“Customise” button", max_length=40, default="Customise")
    save_label = models.CharField(
        "“Save my choices” button",
        max_length=40,
        default="Save my choices",
        help_text="Shown under the list of cookie groups.",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The privacy policy page the banner links to.",
    )
    change_note = models.CharField(
        max_length=250,
        blank=True,
        help_text="For the record, not shown to readers: what changed in this version and why.",
    )
    version = models.PositiveIntegerField(null=True, unique=True, editable=False)
    privacy_page_revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
        help_text="The privacy policy's live revision when this version was published.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, editable=False)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )

    objects = ConsentPolicyQuerySet.as_manager()

    panels = [
        MultiFieldPanel([FieldPanel("heading"), FieldPanel("body")], heading="Banner text"),
        MultiFieldPanel(
            [
                FieldPanel("accept_all_label"),
                FieldPanel("reject_all_label"),
                FieldPanel("customise_label"),
                FieldPanel("save_label"),
            ],
            heading="Buttons",
            help_text="Keep “Accept all” and “Reject all” equally plain: neither may nudge.",
        ),
        FieldPanel("privacy_page"),
        FieldPanel("change_note"),
    ]

    class Meta:
        verbose_name = "consent text"
        verbose_name_plural = "consent texts"
        ordering = ["-created_at"]
        permissions = [("publish_consentpolicy", "Can publish consent text")]

    def __str__(self):
        if self.is_published:
            return f"Version {self.version}"
        return f"Draft of {timezone.localtime(self.created_at):%d %b %Y %H:%M}"

    @property
    def is_published(self):
        return self.version is not None

    # The words readers see; a new version starts from the current one's.
    WORDING_FIELDS = [
        "heading",
        "body",
        "accept_all_label",
        "reject_all_label",
        "customise_label",
        "save_label",
        "privacy_page",
    ]

    def new_draft(self, **changes):
        """An unsaved draft with this version's wording, changed where `changes` says."""
        wording = {field: getattr(self, field) for field in self.WORDING_FIELDS}
        return ConsentPolicy(**{**wording, **changes})

    def publish(self, user=None):
        """Make this draft the text every reader is asked about, and ask them all again."""
        with transaction.atomic():
            latest = ConsentPolicy.objects.aggregate(latest=Max("version"))["latest"] or 0
            self.version = latest + 1
            self.published_at = timezone.now()
            self.published_by = user
            self.privacy_page_revision = (
                self.privacy_page.live_revision if self.privacy_page_id else None
            )
            self.save(
                update_fields=[
                    "version",
                    "published_at",
                    "published_by",
                    "privacy_page_revision",
                ]
            )


class CookieDeclaration(Cookie):
    """A cookie as readers see it described: its purpose, how long it lasts, who receives it.

    Extends django-cookie-consent's cookie, so the library's group versions still count it.
    """

    duration = models.CharField(
        max_length=80,
        help_text="How long it lasts, in words readers understand, "
        "e.g. “Until you close your browser” or “13 months”.",
    )
    recipients = models.CharField(
        "third parties",
        max_length=160,
        blank=True,
        help_text="Who besides us receives it, e.g. “YouTube (Google)”. "
        "Leave blank when only we do.",
    )

    class Meta:
        verbose_name = "cookie"
        verbose_name_plural = "cookies"
        ordering = ["cookiegroup__ordering", "name"]

    def third_parties(self):
        return self.recipients or "None"

    third_parties.short_description = "Third parties"


class ConsentChoice(models.TextChoices):
    ACCEPT_ALL = "accept_all", "Accepted all"
    REJECT_ALL = "reject_all", "Rejected all"
    CUSTOM = "custom", "Chose group by group"


@dataclass(frozen=True)
class GroupRate:
    group_name: str
    accepted: int
    decided: int

    def percentage(self):
        return round(100 * self.accepted / self.decided) if self.decided else None

    def summary(self):
        if not self.decided:
            return "No decisions"
        return f"{self.percentage()}% ({self.accepted} of {self.decided})"


@dataclass(frozen=True)
class VersionRates:
    policy_version: int
    decisions: int
    groups: list


class ConsentRecordQuerySet(models.QuerySet):
    def with_decision(self, varname, decision):
        # Exact() compares the extracted text as text; the field lookup would compare JSON.
        return self.filter(Exact(KeyTextTransform(varname, "decisions"), decision))

    def acceptance_rates(self, groups):
        """Per policy version, how many decisions accepted each group, in one query."""
        counts = {"decision_count": Count("pk")}
        for index, group in enumerate(groups):
            decision = KeyTextTransform(group.varname, "decisions")
            counts[f"accepted_{index}"] = Count("pk", filter=Q(Exact(decision, ACCEPTED)))
            counts[f"decided_{index}"] = Count("pk", filter=Q(IsNull(decision, False)))
        rows = self.values("policy__version").annotate(**counts).order_by("-policy__version")
        return [
            VersionRates(
                policy_version=row["policy__version"],
                decisions=row["decision_count"],
                groups=[
                    GroupRate(group.name, row[f"accepted_{index}"], row[f"decided_{index}"])
                    for index, group in enumerate(groups)
                ],
            )
            for row in rows
        ]


class ConsentRecord(models.Model):
    """Proof of one decision a reader made about cookies. No IP address is kept."""

    consent_id = models.UUIDField(
        "consent ID",
        db_index=True,
        editable=False,
        help_text="The random ID readers see on the cookie settings page and can quote to us.",
    )
    created_at = models.DateTimeField("decided at", default=timezone.now, db_index=True)
    policy = models.ForeignKey(
        ConsentPolicy, on_delete=models.PROTECT, related_name="records", verbose_name="consent text"
    )
    choice = models.CharField(max_length=20, choices=ConsentChoice.choices)
    decisions = models.JSONField(
        default=dict, help_text="Each optional cookie group's code name: accepted or declined."
    )
    global_privacy_control = models.BooleanField(
        "Global Privacy Control",
        default=False,
        help_text="The reader's browser asked us not to share or sell their data.",
    )

    objects = ConsentRecordQuerySet.as_manager()

    class Meta:
        verbose_name = "consent record"
        verbose_name_plural = "consent log"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.consent_id} at {timezone.localtime(self.created_at):%d %b %Y %H:%M}"

    def policy_version(self):
        return self.policy.version

    policy_version.short_description = "Version"

    def decisions_summary(self):
        # Sorted: PostgreSQL's jsonb does not keep the order the keys were written in.
        return "; ".join(
            f"{varname}: {decision}" for varname, decision in sorted(self.decisions.items())
        )

    decisions_summary.short_description = "Decisions"


@register_setting(icon="code")
class AnalyticsSettings(BaseSiteSetting):
    """The analytics provider's tag, sent only to readers who accept Analytics."""

    snippet = models.TextField(
        "analytics snippet",
        blank=True,
        help_text="The tag your analytics provider gives you (e.g. Matomo or Plausible), "
        "pasted as is. It is never part of a page: readers who accept Analytics fetch it "
        "separately, so nobody else receives or runs it.",
    )

    panels = [FieldPanel("snippet")]

    class Meta:
        verbose_name = "analytics"
