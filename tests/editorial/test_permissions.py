"""Who may do what in the newsroom, tried through the admin views for each role."""

from contextlib import contextmanager

from django.db import transaction
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page, Site

from news.models import ArticlePage
from tests.admin_forms import page_form_data
from tests.editorial.newsroom import build_newsroom, submit, workflow_action
from tests.factories import ArticlePageFactory

ROLES = ["writer", "editor", "legal", "admin"]

# What each role's attempt achieves: writer, editor, legal, administrator.
MATRIX = {
    "create an article in a section given to writers": (True, True, False, True),
    "create an article in a section not given to writers": (False, True, False, True),
    "edit an article": (True, True, False, True),
    "submit an article for moderation": (True, True, False, True),
    "approve an article at editor review": (False, True, False, True),
    "approve an article at legal review": (False, False, True, True),
    "publish an article": (False, True, False, True),
    "unpublish an article": (False, True, False, True),
    "delete a published article": (False, True, False, True),
    "lock an article": (False, True, False, True),
    "edit the privacy policy": (False, True, True, True),
    "publish the privacy policy": (False, True, True, True),
    "upload images": (True, True, False, True),
    "manage tags": (False, True, False, True),
    "open the editorial calendar": (False, True, False, True),
    "change site settings": (False, False, False, True),
    "manage users": (False, False, False, True),
    "manage groups": (False, False, False, True),
}


def denied(response):
    """Wagtail's answer to a forbidden admin request: back to the dashboard with a message."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def opens(client, url):
    response = client.get(url)
    assert response.status_code == 200 or denied(response), response.status_code
    return response.status_code == 200


def post_page_action(client, reader, page, action, **changes):
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form_data(reader, page, **changes, **{action: "1"}),
    )


def approve(client, page):
    task_state = workflow_action(client, page, "approve")
    return task_state.status == task_state.STATUS_APPROVED


def create_in(client, section):
    return opens(
        client, reverse("wagtailadmin_pages:add", args=["news", "articlepage", section.pk])
    )


def try_action(action, client, reader, newsroom):
    """Attempt the action as the client's user; return whether it took effect."""
    story = ArticlePage.objects.get(pk=newsroom.live_story.pk)
    draft = ArticlePage.objects.get(pk=newsroom.draft_story.pk)
    writer, editor = newsroom.staff["writer"], newsroom.staff["editor"]
    if action == "create an article in a section given to writers":
        return create_in(client, newsroom.section)
    if action == "create an article in a section not given to writers":
        return create_in(client, newsroom.opinion)
    if action == "edit an article":
        return opens(client, reverse("wagtailadmin_pages:edit", args=[story.pk]))
    if action == "submit an article for moderation":
        post_page_action(client, reader, draft, "action-submit")
        return Page.objects.get(pk=draft.pk).workflow_in_progress
    if action == "approve an article at editor review":
        submit(draft, writer)
        return approve(client, draft)
    if action == "approve an article at legal review":
        flagged = ArticlePageFactory(
            parent=newsroom.section,
            authors=[newsroom.author],
            owner=writer,
            needs_legal_review=True,
            publish=False,
        )
        submit(flagged, writer).current_task_state.approve(user=editor)
        return approve(client, flagged)
    if action == "publish an article":
        post_page_action(client, reader, draft, "action-publish")
        return Page.objects.get(pk=draft.pk).live
    if action == "unpublish an article":
        client.post(reverse("wagtailadmin_pages:unpublish", args=[story.pk]))
        return not Page.objects.get(pk=story.pk).live
    if action == "delete a published article":
        client.post(reverse("wagtailadmin_pages:delete", args=[story.pk]))
        return not Page.objects.filter(pk=story.pk).exists()
    if action == "lock an article":
        client.post(reverse("wagtailadmin_pages:lock", args=[story.pk]))
        return Page.objects.get(pk=story.pk).locked
    if action == "edit the privacy policy":
        return opens(client, reverse("wagtailadmin_pages:edit", args=[newsroom.privacy_page.pk]))
    if action == "publish the privacy policy":
        privacy_page = Page.objects.get(pk=newsroom.privacy_page.pk).specific
        post_page_action(client, reader, privacy_page, "action-publish", title="Privacy notice")
        return Page.objects.get(pk=privacy_page.pk).title == "Privacy notice"
    if action == "upload images":
        return opens(client, reverse("wagtailimages:add_multiple"))
    if action == "manage tags":
        return opens(client, reverse("wagtailsnippets_taggit_tag:list"))
    if action == "open the editorial calendar":
        return opens(client, reverse("editorial_calendar"))
    if action == "change site settings":
        site = Site.objects.get(is_default_site=True)
        return opens(
            client, reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk])
        )
    if action == "manage users":
        return opens(client, reverse("wagtailusers_users:index"))
    if action == "manage groups":
        return opens(client, reverse("wagtailusers_groups:index"))
    raise AssertionError(f"No way to try {action!r}")


@contextmanager
def undone():
    """Run an attempt, then roll its changes back so the next starts from the same desk."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


class PermissionMatrixTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.newsroom = build_newsroom()

    def test_each_role_can_do_only_what_its_role_allows(self):
        reader = self.client_class()
        reader.force_login(self.newsroom.staff["admin"])
        for action, outcomes in MATRIX.items():
            for role, expected in zip(ROLES, outcomes, strict=True):
                with self.subTest(action=action, role=role), undone():
                    self.client.force_login(self.newsroom.staff[role])
                    self.assertIs(try_action(action, self.client, reader, self.newsroom), expected)
