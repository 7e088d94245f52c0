"""The wire desk in a real browser: an editor pastes a story, as HTML from the clipboard and
as plain text, makes a draft of it, sees its structure in the editor and submits it."""

import pytest

from tests.editorial.newsroom import build_newsroom
from wire.models import WireItem, WireSource

PASSWORD = "not-a-real-password"

PASTED_HTML = """
<nav><a href="/">Home</a></nav>
<article>
  <h1>Swing bridge reopens after a year of repairs</h1>
  <p class="byline">By Esther Ward</p>
  <p class="standfirst">Traffic crossed the Vell at Ardmere for the first time in a year.</p>
  <div class="share-buttons"><button>Share</button></div>
  <p>ARDMERE — The swing bridge <strong>reopened</strong> on Friday.</p>
  <h2>What changed</h2>
  <p>Engineers replaced the gears.</p>
  <blockquote>
    <p>It swings as smoothly as the day it was built.</p><cite>Nina Holt</cite>
  </blockquote>
  <ul><li>New gears</li><li>New cabin</li></ul>
  <script>window.pasted = true;</script>
</article>
"""

PASTED_TEXT = """Harbour cranes fall silent for inspection
By Esther Ward

ARDMERE (VVNA) — All four harbour cranes stopped on Monday for their yearly inspection.

The port expects them back by Thursday.

Ships wait offshore

Two ships were asked to wait in the bay.

Tomas Berg contributed to this report."""

DISPATCH_PASTE = """([html, text]) => {
    const box = document.querySelector('[data-wire-paste="text"]');
    const clipboard = new DataTransfer();
    if (html) { clipboard.setData("text/html", html); }
    clipboard.setData("text/plain", text);
    box.focus();
    box.dispatchEvent(
        new ClipboardEvent("paste", {clipboardData: clipboard, bubbles: true, cancelable: true})
    );
}"""


@pytest.fixture
def newsroom():
    newsroom = build_newsroom()
    WireSource.objects.create(
        name="The Ardmere Courier",
        slug="courier",
        format=WireSource.Format.PASTED,
        delivery=WireSource.Delivery.PASTE,
        default_section=newsroom.section,
        attribution_name="The Ardmere Courier",
    )
    return newsroom


def sign_in(chromium, live_server, username):
    page = chromium.new_context().new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    return page


def block_types(page):
    page.locator(".c-sf-block__type").first.wait_for()
    return page.locator(".c-sf-block__type").all_inner_texts()


def field_values(page):
    return page.evaluate(
        "() => Array.from(document.querySelectorAll('input, textarea')).map(field => field.value)"
    )


def paste_and_create_draft(page, live_server, html, text):
    page.goto(f"{live_server.url}/admin/wire/paste/")
    page.get_by_label("Source").select_option(label="The Ardmere Courier")
    if html:
        page.evaluate(DISPATCH_PASTE, [html, text])
        assert (
            "Pasted with its formatting" in page.locator('[data-wire-paste="status"]').inner_text()
        )
    else:
        page.get_by_label("Copy").fill(text)
    page.get_by_role("button", name="Add to the queue").click()
    page.wait_for_url("**/admin/wire/courier/*/")
    page.get_by_role("button", name="Create draft").click()
    page.wait_for_url("**/admin/pages/*/edit/")


def test_an_editor_pastes_html_creates_the_draft_and_submits_it(chromium, newsroom, live_server):
    editor = sign_in(chromium, live_server, "editor")

    paste_and_create_draft(editor, live_server, PASTED_HTML, "The swing bridge reopened.")

    assert block_types(editor) == [
        "Paragraph",
        "Subheading",
        "Paragraph",
        "Block quote",
        "Paragraph",
    ]
    values = field_values(editor)
    assert "Swing bridge reopens after a year of repairs" in values
    assert "ARDMERE" in values
    assert "It swings as smoothly as the day it was built." in values
    assert "Nina Holt" in values
    assert editor.locator(".Draftail-Editor ul li").all_inner_texts()[:2] == [
        "New gears",
        "New cabin",
    ]
    assert not editor.evaluate("() => window.pasted === true")

    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Submit to Newsroom", exact=True).click()
    editor.wait_for_url(f"**/admin/pages/{newsroom.section.pk}/")
    assert "submitted for moderation" in editor.locator(".messages").inner_text()
    item = WireItem.objects.get()
    assert item.status == WireItem.Status.USED
    assert item.article.current_workflow_state is not None
    editor.context.close()


def test_an_editor_pastes_plain_text_and_gets_its_structure(chromium, newsroom, live_server):
    editor = sign_in(chromium, live_server, "editor")

    paste_and_create_draft(editor, live_server, None, PASTED_TEXT)

    assert block_types(editor) == [
        "Paragraph",
        "Paragraph",
        "Subheading",
        "Paragraph",
        "Contributor note",
    ]
    values = field_values(editor)
    assert "Harbour cranes fall silent for inspection" in values
    assert "ARDMERE" in values
    assert "Tomas Berg contributed to this report." in values
    editor.context.close()
