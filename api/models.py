"""Keys that partners send to the read API: stored as a hash, revocable, each with its limit."""

import hashlib
import hmac
import secrets

from django.db import models
from django.utils import timezone

KEY_PREFIX = "lp"
PREFIX_LENGTH = 8


def hash_secret(secret):
    return hashlib.sha256(secret.encode()).hexdigest()


class ApiKeyQuerySet(models.QuerySet):
    def find(self, presented):
        """The active key `presented` is, or None: looked up by its public prefix, then its
        secret compared in constant time, so no answer's timing tells how much matched."""
        parts = str(presented).split(".")
        if len(parts) != 3 or parts[0] != KEY_PREFIX or len(parts[1]) != PREFIX_LENGTH:
            return None
        key = self.filter(prefix=parts[1], revoked_at__isnull=True).first()
        # Compared against a hash even without a key, so an unknown prefix costs the same.
        expected = key.hashed_secret if key else hash_secret("")
        matches = hmac.compare_digest(expected, hash_secret(parts[2]))
        return key if key and matches else None


class ApiKey(models.Model):
    """A partner's key to the read API; anyone holding it is counted against its limit."""

    name = models.CharField(max_length=120, help_text="Who holds the key, e.g. “Morning app”.")
    prefix = models.CharField(max_length=PREFIX_LENGTH, unique=True, editable=False)
    hashed_secret = models.CharField(max_length=64, editable=False)
    requests_per_minute = models.PositiveIntegerField(
        default=600, help_text="Requests the key may make in a minute before it is told to wait."
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    revoked_at = models.DateTimeField(
        null=True, blank=True, help_text="Set to stop the key working at once."
    )

    objects = ApiKeyQuerySet.as_manager()

    class Meta:
        verbose_name = "API key"

    def __str__(self):
        return f"{self.name} ({KEY_PREFIX}.{self.prefix}…)"

    def issue(self):
        """Give the key a new secret and return the full key, which is shown only now."""
        self.prefix = secrets.token_hex(PREFIX_LENGTH // 2)
        secret = secrets.token_urlsafe(32)
        self.hashed_secret = hash_secret(secret)
        return f"{KEY_PREFIX}.{self.prefix}.{secret}"

    @property
    def is_active(self):
        return self.revoked_at is None
