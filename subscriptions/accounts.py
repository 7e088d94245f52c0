"""Reader accounts: created on confirmation, signed in by email link, never staff."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

READERS_GROUP = "Subscribers"


def readers_group():
    """The group whose one permission lets its members read subscribers-only stories."""
    group, created = Group.objects.get_or_create(name=READERS_GROUP)
    if created:
        group.permissions.add(
            Permission.objects.get(content_type__app_label="news", codename="read_subscriber_only")
        )
    return group


def confirm_subscriber(subscriber):
    """Count the address as confirmed and give its owner a reader account."""
    user = subscriber.user
    if user is None:
        # No password at all: readers only ever sign in by email link.
        user = get_user_model().objects.create_user(
            username=f"reader-{subscriber.pk}", email=subscriber.email
        )
    user.groups.add(readers_group())
    subscriber.user = user
    subscriber.status = subscriber.Status.CONFIRMED
    subscriber.confirmed_at = timezone.now()
    subscriber.newsletter = True
    subscriber.save(update_fields=["user", "status", "confirmed_at", "newsletter"])
    return user


def is_reader_account(user):
    """True for accounts with no way into the admin, the only ones email links sign in."""
    return (
        user.is_active
        and not (user.is_staff or user.is_superuser)
        and not user.has_perm("wagtailadmin.access_admin")
    )
