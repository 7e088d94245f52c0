"""Documents that are part of subscribers-only text.

A document linked from the locked part of a live subscribers-only story, and from nowhere
anyone may read, is subscribers-only itself: served only to readers who may read that
text (`may_read_locked_text`, the rule ArticlePage.is_locked_for applies to the story).
Readers without a subscription never see its link (the locked part is not rendered for
them), and an address they guess answers as if no such document existed.

Where a document is linked comes from Wagtail's reference index, which records each link
with the stream block it is in; the index reflects the stored page, that is the live
version of a published story.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex

from news.models import ArticlePage, may_read_locked_text


def is_subscribers_only(document):
    """Whether the document is linked only from locked text of live subscribers-only stories."""
    references = list(ReferenceIndex.get_references_to(document))
    if not references:
        return False
    page_type = ContentType.objects.get_for_model(Page)
    article_type = ContentType.objects.get_for_model(ArticlePage)
    if any(
        reference.base_content_type_id != page_type.id
        or reference.content_type_id != article_type.id
        for reference in references
    ):
        # Linked from another kind of page, a snippet or a setting: as public as those.
        return False
    stories = ArticlePage.objects.live().in_bulk(
        {int(reference.object_id) for reference in references}
    )
    linked_in_locked_text = False
    for reference in references:
        story = stories.get(int(reference.object_id))
        if story is None:
            continue  # a draft: nobody reads it on the site
        if story.subscribers_only and locked_block_of(story, reference.content_path):
            linked_in_locked_text = True
        else:
            return False
    return linked_in_locked_text


def locked_block_of(story, content_path):
    """Whether `content_path` ("body.<block id>...") lies in the story's locked part."""
    field, _, rest = content_path.partition(".")
    if field != "body":
        return False  # the headline, standfirst or hero are for everyone
    block_id = rest.partition(".")[0]
    locked_ids = {block["id"] for block in story.body.raw_data[story.teaser_length() :]}
    return block_id in locked_ids


def may_download(document, user):
    return may_read_locked_text(user) or not is_subscribers_only(document)
