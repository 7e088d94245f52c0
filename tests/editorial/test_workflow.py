"""A story's way from the writer's draft to the front page, through the admin."""

from wagtail.models import PageLogEntry, TaskState, WorkflowState

from news.models import ArticlePage
from tests.editorial.newsroom import edit, submit, workflow_action
from tests.factories import ArticlePageFactory


def recipients(mailoutbox):
    return sorted(address for message in mailoutbox for address in message.to)


def flagged_draft(newsroom):
    return ArticlePageFactory(
        parent=newsroom.section,
        title="Housing chief's relative won repair contracts",
        slug="repair-contracts",
        authors=[newsroom.author],
        owner=newsroom.staff["writer"],
        needs_legal_review=True,
        publish=False,
    )


def test_writer_submits_editor_approves_and_the_story_is_live(
    newsroom, client, mailoutbox, django_capture_on_commit_callbacks
):
    story = newsroom.draft_story
    client.force_login(newsroom.staff["writer"])
    with django_capture_on_commit_callbacks(execute=True):
        response = edit(client, story, **{"action-submit": "1"})
    assert response.status_code == 302
    state = WorkflowState.objects.get()
    assert (state.workflow.name, state.status) == ("Newsroom", WorkflowState.STATUS_IN_PROGRESS)
    assert state.current_task_state.task.name == "Editor review"
    assert recipients(mailoutbox) == ["editor@lordspress.example"]
    assert "Editor review" in mailoutbox[0].subject
    client.logout()
    assert client.get(story.url).status_code == 404

    mailoutbox.clear()
    client.force_login(newsroom.staff["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, story, "approve")
    story.refresh_from_db()
    assert story.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert recipients(mailoutbox) == ["writer@lordspress.example"]
    # An unflagged story passes Legal review without troubling Legal.
    legal_step = state.task_states.get(task__name="Legal review")
    assert legal_step.status == TaskState.STATUS_SKIPPED
    client.logout()
    assert client.get(story.url).status_code == 200
    actions = list(PageLogEntry.objects.filter(page=story).values_list("action", flat=True))
    assert {"wagtail.workflow.start", "wagtail.workflow.approve", "wagtail.publish"} <= set(actions)


def test_flagged_story_waits_for_legal_after_the_editor_approves(
    newsroom, client, mailoutbox, django_capture_on_commit_callbacks
):
    story = flagged_draft(newsroom)
    submit(story, newsroom.staff["writer"])
    client.force_login(newsroom.staff["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, story, "approve")
    story.refresh_from_db()
    assert not story.live
    assert story.current_workflow_task.name == "Legal review"
    assert "legal@lordspress.example" in recipients(mailoutbox)
    # Editors cannot sign off for Legal.
    response = client.get(f"/admin/pages/{story.pk}/edit/")
    assert b'name="workflow-action-name"' not in response.content

    client.force_login(newsroom.staff["legal"])
    workflow_action(client, story, "approve")
    story.refresh_from_db()
    assert story.live
    assert client.get(story.url).status_code == 200


def test_editor_requests_changes_and_the_writer_hears_of_it(
    newsroom, client, mailoutbox, django_capture_on_commit_callbacks
):
    story = newsroom.draft_story
    state = submit(story, newsroom.staff["writer"])
    client.force_login(newsroom.staff["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, story, "reject", comment="Name the second source, please.")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert recipients(mailoutbox) == ["writer@lordspress.example"]
    assert "Name the second source" in mailoutbox[0].body
    assert not ArticlePage.objects.get(pk=story.pk).live


def test_an_edit_after_approval_needs_approval_again(newsroom, client):
    story = flagged_draft(newsroom)
    submit(story, newsroom.staff["writer"])
    client.force_login(newsroom.staff["editor"])
    workflow_action(client, story, "approve")

    # Legal rewords the headline while signing off: the editor's approval no longer covers it.
    client.force_login(newsroom.staff["legal"])
    response = edit(
        client,
        story,
        title="Relative of housing chief won repair contracts",
        **{"action-workflow-action": "1", "workflow-action-name": "approve"},
    )
    assert response.status_code == 302
    story = ArticlePage.objects.get(pk=story.pk)
    assert not story.live
    assert story.current_workflow_task.name == "Editor review"

    client.force_login(newsroom.staff["editor"])
    workflow_action(client, story, "approve")
    story.refresh_from_db()
    assert not story.live
    assert story.current_workflow_task.name == "Legal review"

    client.force_login(newsroom.staff["legal"])
    workflow_action(client, story, "approve")
    story.refresh_from_db()
    assert story.live
    assert story.title == "Relative of housing chief won repair contracts"


def test_moderation_emails_wait_for_the_commit(
    newsroom, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        submit(newsroom.draft_story, newsroom.staff["writer"])
    assert mailoutbox == []
    for callback in callbacks:
        callback()
    assert recipients(mailoutbox) == ["editor@lordspress.example"]
