"""The roles and the Newsroom workflow exist on every installation, made by a migration."""

import importlib

from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage

roles_migration = importlib.import_module("editorial.migrations.0002_newsroom_roles_and_workflow")


def codenames(group):
    return set(group.permissions.values_list("codename", flat=True))


def test_roles_exist_with_their_permissions(db):
    writers, editors, legal = (
        Group.objects.get(name=name) for name in ["Writers", "Editors", "Legal"]
    )
    assert codenames(writers) == {"access_admin"}
    assert {"access_admin", "add_tag", "change_tag", "delete_tag", "view_editorial_calendar"} <= (
        codenames(editors)
    )
    # Legal's own admin (consent, cookies) comes from the consent app's migration; no
    # permission at all on stories, sections or tags.
    legal_permissions = set(legal.permissions.values_list("content_type__app_label", "codename"))
    assert ("wagtailadmin", "access_admin") in legal_permissions
    assert {app for app, _ in legal_permissions} <= {
        "wagtailadmin",
        "consent",
        "cookie_consent",
        "wagtailimages",
        "wagtaildocs",
    }
    assert {
        codename for app, codename in legal_permissions if app in ("wagtailimages", "wagtaildocs")
    } <= {"choose_image", "choose_document"}
    root = Page.get_first_root_node()
    editor_page_permissions = set(
        GroupPagePermission.objects.filter(group=editors, page=root).values_list(
            "permission__codename", flat=True
        )
    )
    assert editor_page_permissions == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    assert not GroupPagePermission.objects.filter(group__in=[writers, legal]).exists()
    assert not Group.objects.filter(name="Moderators").exists()


def test_newsroom_workflow_is_assigned_to_the_root_of_the_tree(db):
    newsroom = WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow
    assert newsroom.name == "Newsroom"
    tasks = [task.specific for task in newsroom.tasks]
    assert [(task.name, type(task).__name__) for task in tasks] == [
        ("Editor review", "GroupApprovalTask"),
        ("Legal review", "LegalReviewTask"),
    ]
    assert [list(task.groups.values_list("name", flat=True)) for task in tasks] == [
        ["Editors"],
        ["Legal"],
    ]
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()


def test_running_the_migration_again_changes_nothing(db):
    def snapshot():
        return (
            {group.name: codenames(group) for group in Group.objects.all()},
            GroupPagePermission.objects.count(),
            Workflow.objects.count(),
            [task.pk for task in Workflow.objects.get(name="Newsroom").tasks],
        )

    before = snapshot()
    roles_migration.create_roles(apps, None)
    roles_migration.create_workflow(apps, None)
    assert snapshot() == before
