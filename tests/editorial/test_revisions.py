"""Every save keeps a revision; revisions compare and revert, StreamField bodies included."""

from django.urls import reverse
from django.utils.html import strip_tags
from wagtail.models import PageLogEntry

from news.models import ArticlePage
from tests.admin_forms import page_form_data
from tests.editorial.newsroom import edit

QUOTE = "We will publish the minutes, every line of them."
NEW_QUOTE = "We will publish a summary of the minutes."
PARAGRAPH_ID = "5c1e0e4a-2b7d-4a53-9d55-0f1c3a7e6b21"
QUOTE_ID = "9a4f2d8e-6c1b-4f0e-8e3a-2d7b5c9f1a04"


def body_with_quote(quote):
    """A story body whose pull quote says `quote`; block ids stay the same between calls."""
    return ArticlePage._meta.get_field("body").stream_block.to_python(
        [
            {"type": "paragraph", "value": "<p>The clerk spoke first.</p>", "id": PARAGRAPH_ID},
            {
                "type": "pull_quote",
                "value": {"quote": quote, "attribution": "Mara Stein", "role": "council clerk"},
                "id": QUOTE_ID,
            },
        ]
    )


def latest_revision(page):
    return ArticlePage.objects.get(pk=page.pk).get_latest_revision()


def test_every_save_keeps_a_revision(newsroom, client):
    story = newsroom.draft_story
    client.force_login(newsroom.staff["writer"])
    before = story.revisions.count()
    for standfirst in ["First take.", "Second take.", "Third take."]:
        assert edit(client, story, standfirst=standfirst).status_code == 302
    assert story.revisions.count() == before + 3
    assert PageLogEntry.objects.filter(page=story, action="wagtail.edit").count() == 3
    assert ArticlePage.objects.get(pk=story.pk).get_latest_revision_as_object().standfirst == (
        "Third take."
    )


def test_pull_quote_edit_compares_and_reverts_exactly(newsroom, client):
    story = newsroom.draft_story
    client.force_login(newsroom.staff["editor"])
    edit(client, story, body=body_with_quote(QUOTE))
    original = latest_revision(story)
    edit(client, story, body=body_with_quote(NEW_QUOTE))
    changed = latest_revision(story)
    assert changed.content["body"] != original.content["body"]

    compare = client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=[story.pk, original.pk, changed.pk])
    )
    assert compare.status_code == 200
    # The comparison marks the words taken out and put in.
    text = " ".join(strip_tags(compare.content.decode()).split())
    assert "every line of them" in text
    assert "a summary of" in text

    revert_url = reverse("wagtailadmin_pages:revisions_revert", args=[story.pk, original.pk])
    data = page_form_data(client, story, url=revert_url, body=original.as_object().body)
    assert client.post(revert_url, data).status_code == 302

    reverted = latest_revision(story)
    assert reverted.pk not in (original.pk, changed.pk)
    assert reverted.content["body"] == original.content["body"]
    assert PageLogEntry.objects.filter(page=story, action="wagtail.revert").exists()
