"""Links in e-mails: tamper-proof, expiring and, where it matters, single-use.

Reader sign-in links are django-sesame tokens in their own scope, valid for twenty minutes
and once (``SESAME_MAX_AGE``, ``SESAME_ONE_TIME``: signing in changes the account's last
login, which every earlier token was signed with). They sign in reader accounts only.

Confirmation and unsubscribe links belong to subscribers who may have no account yet, so
they stay on Django's signing: a link carries the subscriber's id and a fingerprint of the
state it may change (the confirmation time). Using the link changes that state, so the
same link no longer matches: single use without storing tokens.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac
from sesame.backends import ModelBackend as SesameBackend
from sesame.utils import get_token

from subscriptions.accounts import is_reader_account
from subscriptions.models import Subscriber


class LinkError(Exception):
    """Why a link cannot be used, in words a reader understands."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


INVALID = "This link is not valid. Please check that you copied the whole address."
EXPIRED = "This link has expired."
USED = "This link has already been used."
# django-sesame does not say why a token failed; neither do we, to anyone holding one.
SIGN_IN_UNUSABLE = (
    "This sign-in link is not valid: it has expired or has already been used, or the "
    "address was not copied whole."
)

SIGN_IN_SCOPE = "subscriptions.sign-in"


class ReaderSignInBackend(SesameBackend):
    """Accepts sign-in links for reader accounts only: staff never sign in by e-mail."""

    def user_can_authenticate(self, user):
        return super().user_can_authenticate(user) and is_reader_account(user)


def sign_in_token(user):
    return get_token(user, scope=SIGN_IN_SCOPE)


def reader_for_sign_in(request, token):
    """The confirmed subscriber whose reader account the token signs in, or LinkError.

    Checking a token does not use it up; signing in (which updates the last login) does.
    """
    user = ReaderSignInBackend().authenticate(request, sesame=token, scope=SIGN_IN_SCOPE)
    subscriber = (
        Subscriber.objects.filter(user=user, status=Subscriber.Status.CONFIRMED).first()
        if user is not None
        else None
    )
    if subscriber is None:
        raise LinkError(SIGN_IN_UNUSABLE)
    return subscriber


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
# Unsubscribe links in old newsletters must keep working, and using one twice is harmless.
unsubscribe_link = SignedLink(salt="subscriptions.unsubscribe", max_age=None, state_field=None)
