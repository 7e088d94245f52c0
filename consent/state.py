"""A reader's consent, read from their cookies, and a new decision written back.

Two cookies carry it: django-cookie-consent's own, holding each optional group's accepted
version or its decline marker, and our receipt, "<policy version>.<consent ID>". Whatever
cannot be read, or was answered under an older policy version, counts as no decision.

The library's cookie is read and written here with its documented settings
(COOKIE_CONSENT_NAME, _DECLINE, _MAX_AGE, ...) and the "varname=value|varname=value" string
its documentation and its own JavaScript use; none of its undocumented helpers is called, so
an upgrade that reorganises them cannot change what readers agreed to.
"""

import re
import uuid
from dataclasses import dataclass

from django.conf import settings

from consent.configuration import (
    RECEIPT_COOKIE_NAME,
    REFUSED_UNDER_GLOBAL_PRIVACY_CONTROL,
    ConsentConfiguration,
)
from consent.models import ACCEPTED, DECLINED, ConsentChoice, ConsentRecord

RECEIPT_PATTERN = re.compile(r"([0-9]{1,9})\.([0-9a-f]{32})")
# What django-cookie-consent stores for an accepted group: the ISO timestamp of its newest
# cookie, or nothing for a group without cookies. Anything else was not written by us.
ACCEPTED_VERSION_PATTERN = re.compile(
    r"(?:[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?"
    r"(?:[+-][0-9]{2}:[0-9]{2})?)?"
)
# RFC 6265 cookie-name characters: a name outside them can be neither set nor deleted.
COOKIE_NAME_PATTERN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
GROUP_SEPARATOR = "|"


def read_consent_cookie(request):
    """Each group's value in the consent cookie; pairs that do not parse are left out."""
    values = {}
    for pair in request.COOKIES.get(settings.COOKIE_CONSENT_NAME, "").split(GROUP_SEPARATOR):
        varname, separator, value = pair.partition("=")
        if separator and varname:
            values[varname] = value
    return values


def write_consent_cookie(response, values):
    response.set_cookie(
        settings.COOKIE_CONSENT_NAME,
        GROUP_SEPARATOR.join(f"{varname}={value}" for varname, value in values.items()),
        max_age=settings.COOKIE_CONSENT_MAX_AGE,
        domain=settings.COOKIE_CONSENT_DOMAIN,
        secure=settings.COOKIE_CONSENT_SECURE,
        httponly=settings.COOKIE_CONSENT_HTTPONLY,
        samesite=settings.COOKIE_CONSENT_SAMESITE,
    )


def sends_global_privacy_control(request):
    return request.headers.get("Sec-GPC", "").strip() == "1"


@dataclass(frozen=True)
class Receipt:
    policy_version: int
    consent_id: uuid.UUID

    @classmethod
    def parse(cls, value):
        match = RECEIPT_PATTERN.fullmatch(value or "")
        if match is None:
            return None
        return cls(int(match[1]), uuid.UUID(hex=match[2]))

    def __str__(self):
        return f"{self.policy_version}.{self.consent_id.hex}"


class TamperedCookie(ValueError):
    pass


def _group_state(value, version):
    """True if accepted at the group's current version, False if declined, else None."""
    if value is None:
        return None
    if value == settings.COOKIE_CONSENT_DECLINE:
        return False
    if not ACCEPTED_VERSION_PATTERN.fullmatch(value):
        raise TamperedCookie(value)
    # Versions are ISO timestamps: a cookie added to the group since means asking again.
    return True if value >= version else None


@dataclass(frozen=True)
class ConsentState:
    consent_id: uuid.UUID | None
    answered_current_policy: bool
    groups: dict
    answered_version: int | None = None

    @property
    def chose_under_earlier_version(self):
        return not self.answered_current_policy and self.answered_version is not None

    @property
    def is_decided(self):
        return self.answered_current_policy and None not in self.groups.values()

    def accepts(self, varname):
        return self.groups.get(varname) is True

    def accepted_groups(self):
        return {varname for varname, accepted in self.groups.items() if accepted}

    def as_json(self):
        return {
            "decided": self.is_decided,
            "consentId": str(self.consent_id) if self.consent_id else None,
            "groups": self.groups,
        }


def read_consent(request, configuration):
    receipt = Receipt.parse(request.COOKIES.get(RECEIPT_COOKIE_NAME))
    current = (
        receipt is not None
        and configuration.policy is not None
        and receipt.policy_version == configuration.policy.version
    )
    values = read_consent_cookie(request) if current else {}
    try:
        groups = {
            group.varname: _group_state(values.get(group.varname), group.version)
            for group in configuration.optional_groups
        }
    except TamperedCookie:
        # One unreadable value casts doubt on the rest: ask the reader again.
        current = False
        groups = dict.fromkeys(group.varname for group in configuration.optional_groups)
    return ConsentState(
        consent_id=receipt.consent_id if receipt else None,
        answered_current_policy=current,
        groups=groups,
        answered_version=receipt.policy_version if receipt else None,
    )


@dataclass(frozen=True)
class Decision:
    """What a reader has just chosen, under the current policy version."""

    configuration: ConsentConfiguration
    consent_id: uuid.UUID
    choice: str
    accepted: frozenset
    global_privacy_control: bool

    @classmethod
    def from_choice(cls, request, configuration, choice, selected_groups=()):
        optional = {group.varname for group in configuration.optional_groups}
        global_privacy_control = sends_global_privacy_control(request)
        if choice == ConsentChoice.ACCEPT_ALL:
            accepted = optional
            if global_privacy_control:
                # "Accept all" is not an explicit opt-in to what the browser refuses.
                accepted -= set(REFUSED_UNDER_GLOBAL_PRIVACY_CONTROL)
        elif choice == ConsentChoice.REJECT_ALL:
            accepted = set()
        else:
            accepted = optional & set(selected_groups)
        # A reader keeps one consent ID, so all their decisions can be traced together.
        consent_id = read_consent(request, configuration).consent_id or uuid.uuid4()
        return cls(configuration, consent_id, choice, frozenset(accepted), global_privacy_control)

    def decisions(self):
        return {
            group.varname: ACCEPTED if group.varname in self.accepted else DECLINED
            for group in self.configuration.optional_groups
        }

    def save(self):
        return ConsentRecord.objects.create(
            consent_id=self.consent_id,
            policy_id=self.configuration.policy.pk,
            choice=self.choice,
            decisions=self.decisions(),
            global_privacy_control=self.global_privacy_control,
        )

    def write_cookies(self, request, response):
        """Set both consent cookies and delete those of declined groups that we can."""
        write_consent_cookie(
            response,
            {
                group.varname: (
                    group.version
                    if group.varname in self.accepted
                    else settings.COOKIE_CONSENT_DECLINE
                )
                for group in self.configuration.optional_groups
            },
        )
        response.set_cookie(
            RECEIPT_COOKIE_NAME,
            str(Receipt(self.configuration.policy.version, self.consent_id)),
            max_age=settings.COOKIE_CONSENT_MAX_AGE,
            domain=settings.COOKIE_CONSENT_DOMAIN,
            secure=settings.COOKIE_CONSENT_SECURE,
            httponly=settings.COOKIE_CONSENT_HTTPONLY,
            samesite=settings.COOKIE_CONSENT_SAMESITE,
        )
        for group in self.configuration.optional_groups:
            if group.varname in self.accepted or not group.is_deletable:
                continue
            for cookie in group.cookies:
                for name in request.COOKIES:
                    if COOKIE_NAME_PATTERN.fullmatch(name) and cookie.matches(name):
                        response.delete_cookie(
                            name, path=cookie.path or "/", domain=cookie.domain or None
                        )

    def as_json(self):
        return {
            "decided": True,
            "consentId": str(self.consent_id),
            "groups": {
                group.varname: group.varname in self.accepted
                for group in self.configuration.optional_groups
            },
        }
