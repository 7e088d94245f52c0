"""What readers are asked about cookies, what each cookie does, and what readers answered."""

from dataclasses import dataclass

from cookie_consent.models import Cookie, CookieGroup
from django.conf import settings
from django.db import models, transaction
from django.db.models import Count, Max, Prefetch, Q
from django.db.models.fields.json import KeyTextTransform
from django.db.models.lookups import Exact, IsNull
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField

ACCEPTED = "accepted"
DECLINED = "declined"

# What legal staff may use in the banner's text: links (to the privacy policy, say), a
# second heading, emphasis and lists. The rendered text is sanitised again before readers
# see it (consent/configuration.py), whatever reached the database.
BANNER_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]

# A group or cookie as readers were told about it, in a published version's snapshot.
GROUP_FIELDS = ("varname", "name", "description", "is_required", "is_deletable", "ordering")


class PublishedVersionIsRecord(Exception):
    """A published consent version or a consent record was about to be changed."""


@dataclass(frozen=True)
class Change:
    """One difference between two consent versions, as legal staff and readers see it."""

    item: str
    before: str
    after: str

    def summary(self):
        if not self.before:
            return f"Added: {self.item}"
        if not self.after:
            return f"Removed: {self.item}"
        return f"Changed: {self.item}"


def snapshot_groups():
    """The cookie groups and their cookies as they stand now, as plain data to publish."""
    groups = CookieGroup.objects.order_by("ordering", "pk").prefetch_related(
        Prefetch("cookie_set", queryset=Cookie.objects.select_related("cookiedeclaration"))
    )
    snapshot = []
    for group in groups:
        cookies = []
        for cookie in sorted(group.cookie_set.all(), key=lambda cookie: cookie.name):
            declaration = getattr(cookie, "cookiedeclaration", None)
            cookies.append(
                {
                    "name": cookie.name,
                    "description": cookie.description,
                    "duration": declaration.duration if declaration else "",
                    "recipients": declaration.recipients if declaration else "",
                    "path": cookie.path,
                    "domain": cookie.domain,
                }
            )
        snapshot.append(
            {**{field: getattr(group, field) for field in GROUP_FIELDS}, "cookies": cookies}
        )
    return snapshot


def compare_groups(before, after):
    """Each difference between two group snapshots, group by group and cookie by cookie."""
    changes = []
    old_groups = {group["varname"]: group for group in before}
    new_groups = {group["varname"]: group for group in after}
    labels = {
        "name": "name",
        "description": "description",
        "is_required": "always on",
        "is_deletable": "deleted on refusal",
        "ordering": "position",
    }
    for varname in [*new_groups, *(v for v in old_groups if v not in new_groups)]:
        old, new = old_groups.get(varname), new_groups.get(varname)
        title = (new or old)["name"]
        if old is None or new is None:
            changes.append(
                Change(
                    f"group “{title}”",
                    (old and old["description"]) or "",
                    (new and new["description"]) or "",
                )
            )
            continue
        for field, label in labels.items():
            if old[field] != new[field]:
                changes.append(
                    Change(f"{label} of the group “{title}”", str(old[field]), str(new[field]))
                )
        old_cookies = {cookie["name"]: cookie for cookie in old["cookies"]}
        new_cookies = {cookie["name"]: cookie for cookie in new["cookies"]}
        for name in sorted(old_cookies.keys() | new_cookies.keys()):
            old_cookie, new_cookie = old_cookies.get(name), new_cookies.get(name)
            if old_cookie == new_cookie:
                continue
            changes.append(
                Change(
                    f"cookie {name} in “{title}”",
                    describe_cookie(old_cookie),
                    describe_cookie(new_cookie),
                )
            )
    return changes


def describe_cookie(cookie):
    if cookie is None:
        return ""
    recipients = cookie["recipients"] or "no third parties"
    where = f"; set on {cookie['domain']}{cookie['path']}" if cookie["domain"] else ""
    return f"{cookie['description']} ({cookie['duration']}; {recipients}{where})"


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
    body = RichTextField(
        features=BANNER_FEATURES,
        default=(
            "<p>We use a few cookies to make the site work. With your permission we would "
            "also like to count visits and show videos and posts from other sites.</p>"
            "<p>Choose below, or open the cookie settings to decide group by group. "
            "You can change your mind there at any time.</p>"
        ),
        help_text="What we ask and why, in plain words. You may link to the privacy policy "
        "and add a second heading.",
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
    what_changed = models.TextField(
        "what changed, for readers",
        max_length=400,
        blank=True,
        help_text="Shown to readers who chose under an earlier version when we ask them again, "
        "e.g. “Analytics now also measures how far you scroll.” Left blank, readers see the "
        "list of changes worked out on publishing.",
    )
    version = models.PositiveIntegerField(null=True, unique=True, editable=False)
    groups = models.JSONField(
        default=list,
        editable=False,
        help_text="The cookie groups and cookies as readers were told about them in this version.",
    )
    changes = models.JSONField(
        default=list,
        editable=False,
        help_text="What differs from the version before, worked out on publishing.",
    )
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
        MultiFieldPanel(
            [FieldPanel("what_changed"), FieldPanel("change_note")],
            heading="What changed",
            help_text="The cookie groups and cookies are edited on their own screens; "
            "publishing this text publishes them with it, as one version.",
        ),
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

    def save(self, *args, **kwargs):
        # Published versions are the proof of what readers agreed to: only publish() writes
        # the row that turns a draft into one, and nothing writes it afterwards.
        publishing = kwargs.pop("publishing", False)
        if (
            self.pk is not None
            and not publishing
            and ConsentPolicy.objects.filter(pk=self.pk, version__isnull=False).exists()
        ):
            raise PublishedVersionIsRecord(f"{self} has been published and cannot change.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if ConsentPolicy.objects.filter(pk=self.pk, version__isnull=False).exists():
            raise PublishedVersionIsRecord(f"{self} has been published and cannot be deleted.")
        return super().delete(*args, **kwargs)

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

    def wording_changes(self, previous):
        """How this text's wording differs from an earlier version's."""
        if previous is None:
            return []
        changes = []
        for field in self.WORDING_FIELDS:
            old, new = getattr(previous, field), getattr(self, field)
            if old != new:
                label = self._meta.get_field(field).verbose_name
                changes.append(Change(str(label), str(old or ""), str(new or "")))
        return changes

    def previous_version(self):
        published = ConsentPolicy.objects.published()
        if self.is_published:
            published = published.filter(version__lt=self.version)
        return published.first()

    def compare(self):
        """What readers would see differently from the version before: words, groups, cookies.

        A draft is compared as it would be published, with the cookie groups as they stand.
        """
        previous = self.previous_version()
        if previous is None:
            return []
        groups = self.groups if self.is_published else snapshot_groups()
        return [*self.wording_changes(previous), *compare_groups(previous.groups, groups)]

    def reader_summary(self):
        """The short "what changed" readers who chose before are shown when asked again."""
        if self.what_changed.strip():
            return [self.what_changed.strip()]
        return [change["summary"] for change in self.changes]

    def publish(self, user=None):
        """Make this draft, with the cookie groups as they stand, the version readers answer.

        Everyone who chose under an earlier version is asked again.
        """
        with transaction.atomic():
            # One publisher at a time: two versions must not take the same number.
            list(ConsentPolicy.objects.select_for_update().filter(pk=self.pk))
            if ConsentPolicy.objects.filter(pk=self.pk, version__isnull=False).exists():
                raise PublishedVersionIsRecord(f"{self} has already been published.")
            changes = self.compare()
            latest = ConsentPolicy.objects.aggregate(latest=Max("version"))["latest"] or 0
            self.version = latest + 1
            self.published_at = timezone.now()
            self.published_by = user
            self.groups = snapshot_groups()
            self.changes = [
                {"item": c.item, "before": c.before, "after": c.after, "summary": c.summary()}
                for c in changes
            ]
            self.privacy_page_revision = (
                self.privacy_page.live_revision if self.privacy_page_id else None
            )
            self.save(
                publishing=True,
                update_fields=[
                    "version",
                    "published_at",
                    "published_by",
                    "groups",
                    "changes",
                    "privacy_page_revision",
                ],
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

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PublishedVersionIsRecord("A consent record is proof: it is never changed.")
        super().save(*args, **kwargs)

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
