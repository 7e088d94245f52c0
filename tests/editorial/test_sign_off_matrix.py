"""What goes live is exactly what was approved, whoever tries what, through the admin views.

Each way of saving, approving, rejecting, reverting, scheduling and publishing a story is
tried by each role against the same newsroom desk, then rolled back. The table says, for each
role, the answer the attempt gets and the state the story is left in: what readers see, which
revision is live, whether a draft waits, which revision is the latest and where its workflow is.
"""

import json
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import transaction
from django.test import TestCase
from django.urls import reverse

from news.models import ArticlePage
from tests.admin_forms import page_form_data
from tests.editorial.newsroom import build_newsroom
from tests.factories import ArticlePageFactory

ROLES = ["writer", "editor", "legal", "admin"]

LIVE_HEADLINE = "Harbour master keeps his post"
REVIEWED_HEADLINE = "Harbour master accused of falsifying logs"
CHANGED_HEADLINE = "Harbour master lied, say crew"
FERRY_LIVE = "Ferry timetable stays the same"
FERRY_REVIEWED = "Ferry timetable to change in spring"
DRAFT_HEADLINE = "Ferry timetable to change in spring"

# A redirect to the dashboard with "Sorry, you do not have permission": Wagtail's answer to
# an admin request the user may not make.
DENIED = "denied"


@dataclass(frozen=True)
class Story:
    """What readers see, which revision is live, whether a draft waits, which revision is the
    latest, the (status, step) of the story's last workflow, and whether a revision is
    scheduled to go live."""

    live_title: str
    live_revision: str
    unpublished_changes: bool
    latest_revision: str
    workflow: tuple
    scheduled: bool = False


# The flagged story: live as it was, a rewrite approved by the editor and waiting for Legal.
AT_LEGAL = Story(LIVE_HEADLINE, "live", True, "reviewed", ("in_progress", "Legal review"))
DRAFT_AT_LEGAL = Story(LIVE_HEADLINE, "live", True, "new", ("in_progress", "Legal review"))
BACK_TO_EDITOR = Story(LIVE_HEADLINE, "live", True, "new", ("in_progress", "Editor review"))
SIGNED_OFF = Story(REVIEWED_HEADLINE, "reviewed", False, "reviewed", ("approved", "Legal review"))
CHANGES_REQUESTED = Story(
    LIVE_HEADLINE, "live", True, "reviewed", ("needs_changes", "Legal review")
)
# The unflagged story: live as it was, a rewrite waiting for the editor.
AT_EDITOR = Story(FERRY_LIVE, "live", True, "reviewed", ("in_progress", "Editor review"))
FERRY_APPROVED = Story(FERRY_REVIEWED, "reviewed", False, "reviewed", ("approved", "Legal review"))
# The writer's own draft, in no workflow.
DRAFT = Story(None, None, True, "drafted", None)
DRAFT_SAVED = Story(None, None, True, "new", None)
DRAFT_PUBLISHED = Story(DRAFT_HEADLINE, "new", False, "new", None)
FERRY_PUBLISHED_DIRECTLY = Story(
    FERRY_REVIEWED, "new", False, "new", ("cancelled", "Editor review")
)


def the_flagged_story(desk):
    return desk.flagged


def the_ferry_story(desk):
    return desk.ferry


def the_writers_draft(desk):
    return desk.draft


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def workflow_action_url(page, action, task_state):
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def current_step(page):
    return ArticlePage.objects.get(pk=page.pk).current_workflow_task_state


def post_editor(desk, client, page, url=None, headers=None, **changes):
    url = url or edit_url(page)
    return client.post(url, page_form_data(desk.reader, page, url=url, **changes), headers=headers)


def autosave(desk, client, page, revision, **changes):
    """What the editor's autosave sends: the form, with the revision it saved last."""
    data = page_form_data(desk.reader, page, **changes)
    data["overwrite_revision_id"] = str(revision.pk)
    return client.post(edit_url(page), data, headers={"accept": "application/json"})


def under_review_as(desk, role):
    """Make the flagged story's revision under Legal review one saved by `role`, as when
    Legal reworded it at an earlier round and the editor approved the rewording."""
    story = ArticlePage.objects.get(pk=desk.flagged.pk)
    story.current_workflow_state.cancel(user=desk.staff["editor"])
    revision = story.get_latest_revision_as_object().save_revision(user=desk.staff[role])
    story.get_workflow().start(story, desk.staff["writer"]).current_task_state.approve(
        user=desk.staff["editor"]
    )
    return revision


def approve_at_legal(desk, client, role):
    story = desk.flagged
    return client.post(workflow_action_url(story, "approve", current_step(story)), {"comment": ""})


def reject_at_legal(desk, client, role):
    story = desk.flagged
    step = current_step(story)
    return client.post(workflow_action_url(story, "reject", step), {"comment": "Source?"})


def approve_after_a_wire_update(desk, client, role):
    """An automatic update (a wire desk's) saves a new revision while Legal reviews."""
    story = ArticlePage.objects.get(pk=desk.flagged.pk).get_latest_revision_as_object()
    story.title = CHANGED_HEADLINE
    story.save_revision()
    return approve_at_legal(desk, client, role)


def approve_at_legal_twice(desk, client, role):
    """A double click, or a post sent again: the second finds the step already done."""
    story = desk.flagged
    url = workflow_action_url(story, "approve", current_step(story))
    client.post(url, {"comment": ""})
    return client.post(url, {"comment": ""})


def approve_with_an_edit(desk, client, role):
    return post_editor(
        desk,
        client,
        desk.flagged,
        title=CHANGED_HEADLINE,
        **{"action-workflow-action": "1", "workflow-action-name": "approve"},
    )


def approve_with_malformed_data(desk, client, role):
    return post_editor(
        desk,
        client,
        desk.flagged,
        title=CHANGED_HEADLINE,
        **{
            "action-workflow-action": "1",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": "{not json",
        },
    )


def approve_from_the_revert_view_with_malformed_data(desk, client, role):
    url = reverse("wagtailadmin_pages:revisions_revert", args=[desk.flagged.pk, desk.live.pk])
    return post_editor(
        desk,
        client,
        desk.flagged,
        url=url,
        **{
            "action-workflow-action": "1",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": "[]",
        },
    )


def approve_with_unexpected_data(desk, client, role):
    """Extra data the approval modal never sends: Wagtail would pass it on to the task."""
    return post_editor(
        desk,
        client,
        desk.flagged,
        **{
            "action-workflow-action": "1",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps({"comment": "", "update": False}),
        },
    )


def approve_with_a_nul_comment(desk, client, role):
    story = desk.flagged
    return client.post(
        workflow_action_url(story, "approve", current_step(story)), {"comment": "ok\x00"}
    )


def approve_a_step_of_another_story(desk, client, role):
    """The flagged story's address with the ferry story's editor review step in it."""
    return client.post(
        workflow_action_url(desk.flagged, "approve", current_step(desk.ferry)), {"comment": ""}
    )


def save_a_draft(desk, client, role):
    return post_editor(desk, client, desk.flagged, title=CHANGED_HEADLINE)


def autosave_over_the_reviewed_revision(desk, client, role):
    """The filed case: the revision under review is one the user saved, and autosave
    rewrites it in place, keeping its id and so the approvals recorded against it."""
    desk.under_review = under_review_as(desk, role)
    return autosave(desk, client, desk.flagged, desk.under_review, title=CHANGED_HEADLINE)


def autosave_over_another_pages_revision(desk, client, role):
    return autosave(
        desk, client, desk.flagged, desk.ferry.get_latest_revision(), title=CHANGED_HEADLINE
    )


def publish_from_the_editor(desk, client, role):
    return post_editor(desk, client, desk.flagged, **{"action-publish": "1"})


def schedule_from_the_editor(desk, client, role):
    return post_editor(
        desk, client, desk.flagged, go_live_at="01/03/2031 07:00", **{"action-publish": "1"}
    )


def revert_and_publish(desk, client, role):
    """Bring back the reviewed revision and publish it, past the legal review."""
    url = reverse(
        "wagtailadmin_pages:revisions_revert", args=[desk.flagged.pk, desk.under_review.pk]
    )
    return post_editor(desk, client, desk.flagged, url=url, **{"action-publish": "1"})


def revert_to_a_revision_of_another_page(desk, client, role):
    url = reverse(
        "wagtailadmin_pages:revisions_revert", args=[desk.flagged.pk, desk.ferry_reviewed.pk]
    )
    return client.post(url, {"action-publish": "1"})


def bulk_publish(desk, client, role):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    section = reverse("wagtailadmin_explore", args=[desk.flagged.get_parent().pk])
    return client.post(f"{url}?id={desk.flagged.pk}&next={section}")


def publish_through_the_admin_api(desk, client, role):
    return client.post(
        f"/admin/api/main/pages/{desk.flagged.pk}/action/publish/",
        data={},
        content_type="application/json",
    )


def publish_ones_own_draft(desk, client, role):
    return post_editor(desk, client, desk.draft, **{"action-publish": "1"})


def approve_the_ferry_story(desk, client, role):
    story = desk.ferry
    return client.post(workflow_action_url(story, "approve", current_step(story)), {"comment": ""})


def publish_the_ferry_story_from_the_editor(desk, client, role):
    return post_editor(desk, client, desk.ferry, **{"action-publish": "1"})


# What each attempt achieves: writer, editor, legal, administrator. The story it is tried on
# comes first.
MATRIX = {
    "approve at legal review": (
        the_flagged_story,
        approve_at_legal,
        [(DENIED, AT_LEGAL), (DENIED, AT_LEGAL), (302, SIGNED_OFF), (302, SIGNED_OFF)],
    ),
    "approve at legal review twice": (
        the_flagged_story,
        approve_at_legal_twice,
        [(DENIED, AT_LEGAL), (DENIED, AT_LEGAL), (302, SIGNED_OFF), (302, SIGNED_OFF)],
    ),
    "request changes at legal review": (
        the_flagged_story,
        reject_at_legal,
        [
            (DENIED, AT_LEGAL),
            (DENIED, AT_LEGAL),
            (302, CHANGES_REQUESTED),
            (302, CHANGES_REQUESTED),
        ],
    ),
    "approve at legal review after a wire update changed the text": (
        the_flagged_story,
        approve_after_a_wire_update,
        [
            (DENIED, DRAFT_AT_LEGAL),
            (DENIED, DRAFT_AT_LEGAL),
            (302, BACK_TO_EDITOR),
            (302, BACK_TO_EDITOR),
        ],
    ),
    "edit and approve at legal review in one go": (
        the_flagged_story,
        approve_with_an_edit,
        [(200, AT_LEGAL), (200, AT_LEGAL), (302, BACK_TO_EDITOR), (302, BACK_TO_EDITOR)],
    ),
    "approve with malformed extra data": (
        the_flagged_story,
        approve_with_malformed_data,
        [(400, AT_LEGAL), (400, AT_LEGAL), (400, AT_LEGAL), (400, AT_LEGAL)],
    ),
    "approve from the revert view with malformed extra data": (
        the_flagged_story,
        approve_from_the_revert_view_with_malformed_data,
        [(400, AT_LEGAL), (400, AT_LEGAL), (400, AT_LEGAL), (400, AT_LEGAL)],
    ),
    "approve with extra data the modal never sends": (
        the_flagged_story,
        approve_with_unexpected_data,
        [(400, AT_LEGAL), (400, AT_LEGAL), (400, AT_LEGAL), (400, AT_LEGAL)],
    ),
    "approve with a comment the form refuses": (
        the_flagged_story,
        approve_with_a_nul_comment,
        [(DENIED, AT_LEGAL), (DENIED, AT_LEGAL), (400, AT_LEGAL), (400, AT_LEGAL)],
    ),
    "approve another story's step through this story's address": (
        the_flagged_story,
        approve_a_step_of_another_story,
        [(404, AT_LEGAL), (404, AT_LEGAL), (404, AT_LEGAL), (404, AT_LEGAL)],
    ),
    "save a draft at legal review": (
        the_flagged_story,
        save_a_draft,
        [(200, AT_LEGAL), (200, AT_LEGAL), (302, DRAFT_AT_LEGAL), (302, DRAFT_AT_LEGAL)],
    ),
    "autosave over one's own revision under review": (
        the_flagged_story,
        autosave_over_the_reviewed_revision,
        [(400, AT_LEGAL), (400, AT_LEGAL), (400, AT_LEGAL), (400, AT_LEGAL)],
    ),
    "autosave over a revision of another page": (
        the_flagged_story,
        autosave_over_another_pages_revision,
        [(400, AT_LEGAL), (400, AT_LEGAL), (400, AT_LEGAL), (400, AT_LEGAL)],
    ),
    "publish from the editor": (
        the_flagged_story,
        publish_from_the_editor,
        [(200, AT_LEGAL), (200, AT_LEGAL), (302, DRAFT_AT_LEGAL), (302, DRAFT_AT_LEGAL)],
    ),
    "schedule from the editor": (
        the_flagged_story,
        schedule_from_the_editor,
        [(200, AT_LEGAL), (200, AT_LEGAL), (302, DRAFT_AT_LEGAL), (302, DRAFT_AT_LEGAL)],
    ),
    "revert to the reviewed revision and publish": (
        the_flagged_story,
        revert_and_publish,
        [(200, AT_LEGAL), (200, AT_LEGAL), (302, DRAFT_AT_LEGAL), (302, DRAFT_AT_LEGAL)],
    ),
    "revert to a revision of another page": (
        the_flagged_story,
        revert_to_a_revision_of_another_page,
        [(404, AT_LEGAL), (404, AT_LEGAL), (404, AT_LEGAL), (404, AT_LEGAL)],
    ),
    "bulk publish": (
        the_flagged_story,
        bulk_publish,
        [(302, AT_LEGAL), (302, AT_LEGAL), (302, AT_LEGAL), (302, AT_LEGAL)],
    ),
    "publish through the admin API": (
        the_flagged_story,
        publish_through_the_admin_api,
        [(403, AT_LEGAL), (403, AT_LEGAL), (404, AT_LEGAL), (403, AT_LEGAL)],
    ),
    "publish a draft in no workflow": (
        the_writers_draft,
        publish_ones_own_draft,
        [(302, DRAFT_SAVED), (302, DRAFT_PUBLISHED), (DENIED, DRAFT), (302, DRAFT_PUBLISHED)],
    ),
    "approve an unflagged story at editor review": (
        the_ferry_story,
        approve_the_ferry_story,
        [(DENIED, AT_EDITOR), (302, FERRY_APPROVED), (DENIED, AT_EDITOR), (302, FERRY_APPROVED)],
    ),
    "publish an unflagged story from the editor": (
        the_ferry_story,
        publish_the_ferry_story_from_the_editor,
        [
            (200, AT_EDITOR),
            (302, FERRY_PUBLISHED_DIRECTLY),
            (DENIED, AT_EDITOR),
            (302, FERRY_PUBLISHED_DIRECTLY),
        ],
    ),
}


@contextmanager
def undone():
    """Run an attempt, then roll its changes back so the next starts from the same desk."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


class SignOffMatrixTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        newsroom = build_newsroom()
        writer, editor = newsroom.staff["writer"], newsroom.staff["editor"]
        cls.staff = newsroom.staff

        flagged = ArticlePageFactory(
            parent=newsroom.section,
            title=LIVE_HEADLINE,
            slug="harbour-master",
            authors=[newsroom.author],
            owner=writer,
        )
        cls.live = flagged.live_revision
        flagged.title, flagged.needs_legal_review = REVIEWED_HEADLINE, True
        cls.reviewed = flagged.save_revision(user=writer)
        flagged.get_workflow().start(flagged, writer).current_task_state.approve(user=editor)
        cls.flagged = flagged

        ferry = ArticlePageFactory(
            parent=newsroom.section,
            title=FERRY_LIVE,
            slug="ferry",
            authors=[newsroom.author],
            owner=writer,
        )
        cls.ferry_live = ferry.live_revision
        ferry.title = FERRY_REVIEWED
        cls.ferry_reviewed = ferry.save_revision(user=writer)
        ferry.get_workflow().start(ferry, writer)
        cls.ferry = ferry

        cls.draft = newsroom.draft_story
        cls.drafted = cls.draft.get_latest_revision()

    def setUp(self):
        self.reader = self.client_class()
        self.reader.force_login(self.staff["admin"])

    def revision_label(self, revision_id, story):
        if revision_id is None:
            return None
        known = {
            self.flagged.pk: {self.live.pk: "live", self.under_review.pk: "reviewed"},
            self.ferry.pk: {self.ferry_live.pk: "live", self.ferry_reviewed.pk: "reviewed"},
            self.draft.pk: {self.drafted.pk: "drafted"},
        }
        return known[story.pk].get(revision_id, "new")

    def story_now(self, story):
        page = ArticlePage.objects.get(pk=story.pk)
        state = page.workflow_states.order_by("-created_at", "-pk").first()
        return Story(
            live_title=page.title if page.live else None,
            live_revision=self.revision_label(page.live_revision_id, story),
            unpublished_changes=page.has_unpublished_changes,
            latest_revision=self.revision_label(page.latest_revision_id, story),
            workflow=(state.status, state.current_task_state.task.name) if state else None,
            scheduled=page.revisions.filter(approved_go_live_at__isnull=False).exists(),
        )

    def answer(self, response):
        if response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"):
            return DENIED
        return response.status_code

    def test_each_role_leaves_live_only_what_every_step_approved(self):
        for action, (story_of, attempt, outcomes) in MATRIX.items():
            for role, (status, after) in zip(ROLES, outcomes, strict=True):
                with self.subTest(action=action, role=role), undone():
                    self.client.force_login(self.staff[role])
                    self.client.raise_request_exception = False
                    self.under_review = self.reviewed
                    story = story_of(self)
                    response = attempt(self, self.client, role)
                    self.assertEqual(self.answer(response), status)
                    self.assertEqual(self.story_now(story), after)
                    # The revision under review, whoever saved it, still says what was approved.
                    under_review = type(self.reviewed).objects.get(pk=self.under_review.pk)
                    self.assertEqual(under_review.content["title"], REVIEWED_HEADLINE)


def test_legal_cannot_publish_a_headline_no_editor_approved(newsroom, client):
    """Issue 13, as filed: "Legal edits at legal review and approves, the story returns to
    editor review, the editor approves, Legal overwrites that same revision with a new title,
    Legal approves, and the new title is live." """
    writer, editor, legal = (newsroom.staff[role] for role in ["writer", "editor", "legal"])
    story = ArticlePageFactory(
        parent=newsroom.section,
        title="Harbour master accused of falsifying logs",
        slug="harbour-master-logs",
        authors=[newsroom.author],
        owner=writer,
        needs_legal_review=True,
        publish=False,
    )
    story.get_workflow().start(story, writer).current_task_state.approve(user=editor)
    client.force_login(legal)
    response = client.post(
        edit_url(story),
        page_form_data(
            client,
            story,
            title="Harbour master faces questions over logs",
            **{"action-workflow-action": "1", "workflow-action-name": "approve"},
        ),
    )
    assert response.status_code == 302
    story = ArticlePage.objects.get(pk=story.pk)
    assert story.current_workflow_task.name == "Editor review"

    client.force_login(editor)
    client.post(workflow_action_url(story, "approve", current_step(story)), {"comment": ""})
    story = ArticlePage.objects.get(pk=story.pk)
    assert story.current_workflow_task.name == "Legal review"
    approved = story.get_latest_revision()
    assert approved.user == legal

    client.force_login(legal)
    data = page_form_data(client, story, title="Harbour master lied, say crew")
    data["overwrite_revision_id"] = str(approved.pk)
    response = client.post(edit_url(story), data, headers={"accept": "application/json"})
    assert response.status_code == 400
    assert response.json()["error_code"] == "invalid_revision"
    approved.refresh_from_db()
    assert approved.content["title"] == "Harbour master faces questions over logs"

    response = client.post(
        workflow_action_url(story, "approve", current_step(story)), {"comment": ""}
    )
    assert response.status_code == 302
    story = ArticlePage.objects.get(pk=story.pk)
    assert story.live
    assert story.title == "Harbour master faces questions over logs"
    assert story.live_revision == approved
    assert not story.has_unpublished_changes
