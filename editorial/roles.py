"""The newsroom's roles, as the groups the data migration creates, and the pages they are given.

Editors work on every page. Writers and Legal work only on the pages they are given: a
section for writers (they file articles in it and edit their own), the privacy policy for
Legal. Administrators give them in Settings → Groups, or through these functions.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

WRITERS = "Writers"
EDITORS = "Editors"
LEGAL = "Legal"


def grant_page_permissions(group_name, page, codenames):
    group = Group.objects.get(name=group_name)
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=codenames
    )
    for permission in permissions:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def give_section_to_writers(section):
    """Writers may file articles in the section and edit the ones they own."""
    grant_page_permissions(WRITERS, section, ["add_page"])


def give_page_to_legal(page):
    """Legal may edit and publish the page (the privacy policy) and pages under it."""
    grant_page_permissions(LEGAL, page, ["change_page", "publish_page"])
