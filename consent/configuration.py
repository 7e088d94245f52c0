"""The consent text and cookie groups every page needs, cached, with the database behind.

Pages ask for this on every render, so it lives in the cache as plain data. When the
cache is unreachable the lookup goes to the database instead: the banner keeps working.
"""

import logging
from dataclasses import dataclass

from cookie_consent.conf import settings  # Also fills in the library's defaults at start-up.
from cookie_consent.models import Cookie, CookieGroup
from django.core.cache import caches
from django.db.models import Prefetch
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from wagtail.signals import page_published, page_unpublished

from consent.models import ConsentPolicy, CookieDeclaration
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

CACHE_KEY = "consent:configuration:1"
CACHE_TIMEOUT = 60 * 60


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


def _describe_cookie(cookie):
    declaration = getattr(cookie, "cookiedeclaration", None)
    return CookieDescription(
        name=cookie.name,
        purpose=cookie.description,
        duration=declaration.duration if declaration else "",
        third_parties=declaration.third_parties() if declaration else "None",
        path=cookie.path,
        domain=cookie.domain,
    )


def _privacy_link(policy):
    page = policy.privacy_page
    if page is None or not page.live:
        return "", ""
    return page.title, page.url or ""


def load_configuration():
    """Read the current consent text and every cookie group from the database."""
    policy = ConsentPolicy.objects.current()
    groups = CookieGroup.objects.order_by("ordering", "pk").prefetch_related(
        # Newest cookie first, as CookieGroup.get_version() expects.
        Prefetch(
            "cookie_set",
            queryset=Cookie.objects.select_related("cookiedeclaration").order_by("-created"),
        )
    )
    policy_text = None
    if policy is not None:
        privacy_title, privacy_url = _privacy_link(policy)
        policy_text = PolicyText(
            pk=policy.pk,
            version=policy.version,
            heading=policy.heading,
            body=policy.body,
            accept_all_label=policy.accept_all_label,
            reject_all_label=policy.reject_all_label,
            customise_label=policy.customise_label,
            save_label=policy.save_label,
            privacy_page_id=policy.privacy_page_id,
            privacy_title=privacy_title,
            privacy_url=privacy_url,
        )
    return ConsentConfiguration(
        policy=policy_text,
        groups=tuple(
            GroupDescription(
                varname=group.varname,
                name=group.name,
                description=group.description,
                is_required=group.is_required,
                is_deletable=group.is_deletable,
                version=group.get_version(),
                cookies=tuple(
                    _describe_cookie(cookie)
                    for cookie in sorted(group.cookie_set.all(), key=lambda c: c.name)
                ),
            )
            for group in groups
        ),
    )


def _cache():
    return caches[settings.COOKIE_CONSENT_CACHE_BACKEND]


def get_configuration():
    """The cached configuration; the database answers whenever the cache cannot."""
    try:
        configuration = _cache().get(CACHE_KEY)
    except Exception:
        # Any cache failure, from a refused connection to an unreadable entry.
        logger.warning("Consent configuration cache unavailable", exc_info=True)
        return load_configuration()
    if isinstance(configuration, ConsentConfiguration):
        return configuration
    configuration = load_configuration()
    try:
        _cache().set(CACHE_KEY, configuration, CACHE_TIMEOUT)
    except Exception:
        logger.warning("Could not cache the consent configuration", exc_info=True)
    return configuration


def clear_configuration():
    try:
        _cache().delete(CACHE_KEY)
    except Exception:
        # An entry we cannot delete will expire; readers still get a working banner.
        logger.warning("Could not clear the cached consent configuration", exc_info=True)


@receiver(post_save, sender=CookieGroup)
@receiver(post_delete, sender=CookieGroup)
@receiver(post_save, sender=Cookie)
@receiver(post_delete, sender=Cookie)
@receiver(post_save, sender=CookieDeclaration)
@receiver(post_delete, sender=CookieDeclaration)
@receiver(post_save, sender=ConsentPolicy)
@receiver(post_delete, sender=ConsentPolicy)
def _configuration_changed(**kwargs):
    clear_configuration()
    # Every page carries the banner's text and cookie list.
    renew_everything()


@receiver(page_published)
@receiver(page_unpublished)
def _privacy_page_changed(instance, **kwargs):
    policy = get_configuration().policy
    if policy is not None and policy.privacy_page_id == instance.pk:
        clear_configuration()
