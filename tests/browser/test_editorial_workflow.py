"""The newsroom's workflow in a real browser: the writer submits, the editor approves, and
readers can see the story."""

import pytest

from tests.editorial.newsroom import build_newsroom

PASSWORD = "not-a-real-password"


@pytest.fixture
def newsroom():
    return build_newsroom()


def sign_in(chromium, live_server, username):
    page = chromium.new_context().new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    return page


def choose_action(page, name):
    """Open the editor's action menu and press the named action."""
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=name, exact=True).click()


def test_writer_submits_editor_approves_and_readers_see_the_story(chromium, newsroom, live_server):
    story = newsroom.draft_story

    writer = sign_in(chromium, live_server, "writer")
    writer.get_by_role("region", name="My drafts").get_by_role("link", name=story.title).click()
    writer.wait_for_url(f"**/admin/pages/{story.pk}/edit/")
    choose_action(writer, "Submit to Newsroom")
    writer.wait_for_url(f"**/admin/pages/{newsroom.section.pk}/")
    assert "submitted for moderation" in writer.locator(".messages").inner_text()
    writer.context.close()

    editor = sign_in(chromium, live_server, "editor")
    awaiting = editor.get_by_role("region", name="Awaiting my review")
    awaiting.get_by_role("link", name=story.title).click()
    editor.wait_for_url(f"**/admin/pages/{story.pk}/edit/")
    choose_action(editor, "Approve")
    editor.wait_for_url(f"**/admin/pages/{newsroom.section.pk}/")
    editor.context.close()

    reader = chromium.new_context().new_page()
    response = reader.goto(f"{live_server.url}/politics/{story.slug}/")
    assert response.status == 200
    assert reader.locator("h1").inner_text() == story.title
    reader.context.close()


def test_editor_approves_with_a_comment_from_the_editor(chromium, newsroom, live_server):
    """The approval modal's comment reaches the workflow as the extra data the editor view
    accepts, so the approval goes through rather than being refused as malformed."""
    story = newsroom.draft_story
    writer = sign_in(chromium, live_server, "writer")
    writer.goto(f"{live_server.url}/admin/pages/{story.pk}/edit/")
    choose_action(writer, "Submit to Newsroom")
    writer.wait_for_url(f"**/admin/pages/{newsroom.section.pk}/")
    writer.context.close()

    editor = sign_in(chromium, live_server, "editor")
    editor.goto(f"{live_server.url}/admin/pages/{story.pk}/edit/")
    choose_action(editor, "Approve with comment")
    modal = editor.get_by_role("dialog")
    modal.get_by_label("Comment", exact=True).fill("Checked the figures with the harbour board.")
    modal.get_by_role("button", name="Approve with comment").click()
    editor.wait_for_url(f"**/admin/pages/{newsroom.section.pk}/")
    editor.context.close()

    state = story.workflow_states.get()
    assert state.status == state.STATUS_APPROVED
    approval = state.task_states.get(task__name="Editor review")
    assert approval.comment == "Checked the figures with the harbour board."
