"""Corrections in a real browser: an editor adds a note from the story's admin, amends it,
and a reader sees the note and the trace of the amendment."""

import pytest

from tests.browser.test_editorial_workflow import sign_in
from tests.editorial.newsroom import build_newsroom


@pytest.fixture
def newsroom():
    return build_newsroom()


def write_note(page, text):
    """Type the note into Draftail, the rich text editor, replacing what it said."""
    editor = page.locator(".Draftail-Editor [contenteditable=true]")
    editor.click()
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.press("Backspace")
    editor.press_sequentially(text)
    # Draftail saves what was typed into the form's field a moment later.
    page.wait_for_function(
        "last => document.querySelector('input[name=text]').value.includes(last)",
        arg=text.split()[-1],
    )


def test_editor_adds_and_amends_a_note_that_readers_see(chromium, newsroom, live_server):
    story = newsroom.live_story

    editor = sign_in(chromium, live_server, "editor")
    editor.goto(f"{live_server.url}/admin/pages/{story.pk}/edit/")
    editor.locator("#w-slim-header-buttons").get_by_role("button").last.click()
    editor.get_by_role("link", name="Corrections").click()
    editor.wait_for_url(f"**/admin/corrections/{story.pk}/")

    editor.get_by_label("Kind").select_option("correction")
    write_note(editor, "An earlier version said the dredging starts in May. It starts in June.")
    with editor.expect_navigation():
        editor.get_by_role("button", name="Publish the note").click()
    assert "Correction added" in editor.locator(".messages").inner_text()
    assert "It starts in June." in editor.locator(".correction-row").inner_text()

    editor.get_by_role("link", name="Amend").click()
    write_note(editor, "An earlier version said the dredging starts in May. It starts in July.")
    with editor.expect_navigation(url=f"**/admin/corrections/{story.pk}/"):
        editor.get_by_role("button", name="Publish the amended note").click()
    assert "Amended on" in editor.locator(".correction-row").inner_text()
    editor.context.close()

    reader = chromium.new_context().new_page()
    response = reader.goto(f"{live_server.url}/politics/{story.slug}/")
    assert response.status == 200
    note = reader.locator(".corrections .correction")
    assert "It starts in July." in note.inner_text()
    assert "It starts in June." not in note.inner_text()
    assert "This note was amended on" in note.locator(".correction__trace").inner_text()
    reader.context.close()
