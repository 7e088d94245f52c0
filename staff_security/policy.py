"""Who is staff, and which staff must sign in with a second factor."""

from django.conf import settings

ADMIN_ACCESS = "wagtailadmin.access_admin"


def is_staff_member(user):
    """Anyone the Wagtail admin lets in; readers hold no admin permission."""
    return user.is_authenticated and user.has_perm(ADMIN_ACCESS)


def two_factor_required(user):
    """True for administrators and for the groups STAFF_TWO_FACTOR_REQUIRED_GROUPS names.

    Staff outside them (Writers by default) may still enrol, and once enrolled they are asked
    for their second factor like everyone else.
    """
    if user.is_superuser and settings.STAFF_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS:
        return True
    required_groups = settings.STAFF_TWO_FACTOR_REQUIRED_GROUPS
    return bool(required_groups) and user.groups.filter(name__in=required_groups).exists()
