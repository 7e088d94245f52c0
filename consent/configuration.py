"""The published consent version every page and consent view needs, as plain data.

Everything readers are told (the text, the groups and the cookies) comes from one published
version's row: the groups and cookies were captured into it on publishing, so editing them on
their screens changes nothing readers see until legal staff publish a new version.

Kept in the freshness model's cache, stamped with the SITE version: publishing a version (or
republishing its privacy page) calls renew_everything, which renews SITE, so the next reader
gets the new version at once and nothing has to find this entry to delete it. It earns its
place by `make bench-consent`: building it from the database (one query, rich text expanded
and sanitised) took about 6 ms on a busy machine against 0.03 ms from the cache, on every
call of the status, decision, settings and analytics endpoints. When the cache fails the
database answers, so the banner keeps working.
"""

import logging
from dataclasses import dataclass

import nh3
from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html
from wagtail.signals import page_published, page_unpublished

from consent.models import ConsentPolicy
from freshness import versions
from freshness.changes import renew_everything

logger = logging.getLogger(__name__)

# Cookie group code names the site's code relies on; legal staff may rename the groups
# readers see, but not these.
NECESSARY = "necessary"
ANALYTICS = "analytics"
EMBEDS = "embeds"
MARKETING = "marketing"
PROTECTED_GROUPS = (NECESSARY, ANALYTICS, EMBEDS, MARKETING)
# A browser sending Global Privacy Control refuses these unless the reader ticks them.
REFUSED_UNDER_GLOBAL_PRIVACY_CONTROL = (ANALYTICS, MARKETING)

# Holds the policy version the reader answered and their consent ID; see consent/state.py.
RECEIPT_COOKIE_NAME = "consent_receipt"

# What the banner's text may hold once rendered: the rich text features legal staff have,
# and nothing that runs or restyles the page.
BANNER_TAGS = {"p", "h3", "b", "strong", "i", "em", "a", "ol", "ul", "li", "br"}
BANNER_ATTRIBUTES = {"a": {"href"}}

CACHE_KEY = "consent:configuration"


@dataclass(frozen=True)
class CookieDescription:
    name: str
    purpose: str
    duration: str
    third_parties: str
    path: str
    domain: str

    def matches(self, cookie_name):
        """Whether a cookie the browser sent is this one; a trailing * matches any ending."""
        if self.name.endswith("*"):
            return cookie_name.startswith(self.name[:-1])
        return cookie_name == self.name


@dataclass(frozen=True)
class GroupDescription:
    varname: str
    name: str
    description: str
    is_required: bool
    is_deletable: bool
    version: str
    cookies: tuple


@dataclass(frozen=True)
class PolicyText:
    pk: int
    version: int
    heading: str
    body: str
    what_changed: tuple
    accept_all_label: str
    reject_all_label: str
    customise_label: str
    save_label: str
    privacy_page_id: int | None
    privacy_title: str
    privacy_url: str


@dataclass(frozen=True)
class ConsentConfiguration:
    policy: PolicyText | None
    groups: tuple

    @property
    def optional_groups(self):
        return tuple(group for group in self.groups if not group.is_required)

    def group(self, varname):
        return next((group for group in self.groups if group.varname == varname), None)

    def for_browser(self):
        """What consent.js needs to read the consent cookies; the same for every reader."""
        return {
            "policyVersion": self.policy.version if self.policy else None,
            "groups": [
                {"varname": group.varname, "version": group.version}
                for group in self.optional_groups
            ],
            "declineValue": settings.COOKIE_CONSENT_DECLINE,
            "cookies": {
                "consent": settings.COOKIE_CONSENT_NAME,
                "receipt": RECEIPT_COOKIE_NAME,
            },
            "roles": {"analytics": ANALYTICS, "embeds": EMBEDS, "marketing": MARKETING},
            "urls": {
                "status": reverse("consent:status"),
                "decide": reverse("consent:decide"),
                "analytics": reverse("consent:analytics"),
            },
        }


def render_banner_text(html):
    """The banner's rich text as readers get it: links expanded, anything else stripped."""
    return mark_safe(  # noqa: S308 - nh3 has just removed everything outside the allow-list.
        nh3.clean(
            expand_db_html(html),
            tags=BANNER_TAGS,
            attributes=BANNER_ATTRIBUTES,
            url_schemes={"http", "https", "mailto"},
            link_rel="noopener",
        )
    )


def _privacy_link(policy):
    page = policy.privacy_page
    if page is None or not page.live:
        return "", ""
    return page.title, page.url or ""


def _describe_group(group, version):
    return GroupDescription(
        varname=group["varname"],
        name=group["name"],
        description=group["description"],
        is_required=group["is_required"],
        is_deletable=group["is_deletable"],
        version=version,
        cookies=tuple(
            CookieDescription(
                name=cookie["name"],
                purpose=cookie["description"],
                duration=cookie["duration"],
                third_parties=cookie["recipients"] or "None",
                path=cookie["path"],
                domain=cookie["domain"],
            )
            for cookie in group["cookies"]
        ),
    )


def describe_version(policy):
    """A published version as readers were shown it: the same for current and past ones."""
    privacy_title, privacy_url = _privacy_link(policy)
    # The consent cookie holds, for each accepted group, the version it was accepted at:
    # the publishing time, as an ISO timestamp, so an older answer compares as older.
    version = policy.published_at.isoformat()
    return ConsentConfiguration(
        policy=PolicyText(
            pk=policy.pk,
            version=policy.version,
            heading=policy.heading,
            body=render_banner_text(policy.body),
            what_changed=tuple(policy.reader_summary()),
            accept_all_label=policy.accept_all_label,
            reject_all_label=policy.reject_all_label,
            customise_label=policy.customise_label,
            save_label=policy.save_label,
            privacy_page_id=policy.privacy_page_id,
            privacy_title=privacy_title,
            privacy_url=privacy_url,
        ),
        groups=tuple(_describe_group(group, version) for group in policy.groups),
    )


def load_configuration():
    """The version readers are asked about now; no text and no groups before the first."""
    policy = ConsentPolicy.objects.current()
    if policy is None:
        return ConsentConfiguration(policy=None, groups=())
    return describe_version(policy)


def get_configuration():
    """The current version from the cache while SITE's version holds, else the database."""
    try:
        (site_version,), found = versions.read([versions.SITE], also=[CACHE_KEY])
    except Exception:
        # Any cache failure, from a refused connection to an unreadable entry.
        logger.warning("Consent configuration cache unavailable", exc_info=True)
        return load_configuration()
    stamped = found.get(CACHE_KEY)
    if isinstance(stamped, tuple) and len(stamped) == 2 and stamped[0] == site_version:
        return stamped[1]
    configuration = load_configuration()
    try:
        versions.cache().set(CACHE_KEY, (site_version, configuration), timeout=None)
    except Exception:
        logger.warning("Could not cache the consent configuration", exc_info=True)
    return configuration


@receiver(post_save, sender=ConsentPolicy)
def _version_published(instance, **kwargs):
    # Drafts change nothing readers see; a published version changes the banner on every page.
    if instance.is_published:
        renew_everything()


@receiver(page_published)
@receiver(page_unpublished)
def _privacy_page_changed(instance, **kwargs):
    # Every page's banner links to the privacy policy by its title and address.
    current = ConsentPolicy.objects.published().values_list("privacy_page_id", flat=True)[:1]
    if instance.pk in current:
        renew_everything()
