"""Signed links in emails: tamper-proof, expiring and, where it matters, single-use.

A link carries the subscriber's id and a fingerprint of the state it may change (the
confirmation time, the last sign-in). Using the link changes that state, so the same link
no longer matches: single use without storing tokens.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac

from subscriptions.models import Subscriber


class LinkError(Exception):
    """Why a link cannot be used, in words a reader understands."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


INVALID = "This link is not valid. Please check that you copied the whole address."
EXPIRED = "This link has expired."
USED = "This link has already been used."


@dataclass(frozen=True)
class SignedLink:
    salt: str
    max_age: timedelta | None
    state_field: str | None

    def make(self, subscriber):
        return signing.dumps([subscriber.pk, self._fingerprint(subscriber)], salt=self.salt)

    def check(self, token):
        """The subscriber the token was made for, or LinkError."""
        try:
            subscriber_id, fingerprint = signing.loads(token, salt=self.salt, max_age=self.max_age)
        except signing.SignatureExpired as error:
            raise LinkError(EXPIRED) from error
        except (signing.BadSignature, TypeError, ValueError) as error:
            raise LinkError(INVALID) from error
        subscriber = Subscriber.objects.select_related("user").filter(pk=subscriber_id).first()
        if subscriber is None:
            raise LinkError(INVALID)
        if not constant_time_compare(fingerprint, self._fingerprint(subscriber)):
            raise LinkError(USED)
        return subscriber

    def _fingerprint(self, subscriber):
        state = getattr(subscriber, self.state_field) if self.state_field else None
        value = f"{subscriber.pk}:{subscriber.email}:{state.isoformat() if state else ''}"
        return salted_hmac(self.salt, value).hexdigest()[:20]


confirmation_link = SignedLink(
    salt="subscriptions.confirm", max_age=timedelta(days=3), state_field="confirmed_at"
)
sign_in_link = SignedLink(
    salt="subscriptions.sign-in", max_age=timedelta(minutes=20), state_field="last_sign_in_at"
)
# Unsubscribe links in old newsletters must keep working, and using one twice is harmless.
unsubscribe_link = SignedLink(salt="subscriptions.unsubscribe", max_age=None, state_field=None)
