"""The StreamField blocks editors compose stories and standing pages from.

These know nothing of page types; the body that links stories to each other is assembled in
`news.blocks`. Block names are stored in the page JSON: never rename one casually.
"""

import uuid

from django.template.loader import render_to_string
from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock as WagtailEmbedBlock
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText, expand_db_html

from core.credits import credit_line

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]

SOCIAL_PLATFORMS = [
    ("x", "X"),
    ("bluesky", "Bluesky"),
    ("mastodon", "Mastodon"),
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("linkedin", "LinkedIn"),
    ("youtube", "YouTube"),
    ("rss", "RSS"),
    ("website", "Website"),
]


# Splits the paragraphs of a story expanded together; no stored HTML can contain it.
PARAGRAPH_SEPARATOR = f"<!--{uuid.uuid4().hex}-->"


class ExpandedRichText(RichText):
    """A paragraph whose links to our pages were resolved with the rest of its story."""

    def __init__(self, source, html):
        super().__init__(source)
        self.html = html

    def __html__(self):
        return render_to_string("wagtailcore/shared/richtext.html", {"html": self.html})


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    def bulk_to_python(self, values):
        """All the paragraphs of a story at once, their links expanded in one pass.

        Wagtail looks up the pages and documents that each rich text value links to on its
        own: two queries for every paragraph that links to a story. Expanded together,
        a story's paragraphs cost those queries once.
        """
        sources = [value or "" for value in values]
        expanded = expand_db_html(PARAGRAPH_SEPARATOR.join(sources)).split(PARAGRAPH_SEPARATOR)
        return [
            ExpandedRichText(source, html) for source, html in zip(sources, expanded, strict=True)
        ]

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        description = "Body text: bold, italic, links and lists only, so the house style holds."


class SubheadingBlock(blocks.CharBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 120)
        super().__init__(**kwargs)

    class Meta:
        icon = "title"
        template = "blocks/subheading.html"
        description = "A short heading that breaks a long story into parts."


class PullQuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=400, help_text="The words only; quotation marks are added.")
    attribution = blocks.CharBlock(required=False, max_length=120, help_text="Who said it.")
    role = blocks.CharBlock(
        required=False, max_length=120, help_text="Their role, e.g. “mayor of Ghent”."
    )

    class Meta:
        icon = "openquote"
        template = "blocks/pull_quote.html"
        description = "A short quotation set apart from the body."
        preview_value = {
            "quote": "We will publish the full minutes, every line of them.",
            "attribution": "Mara Stein",
            "role": "council clerk",
        }


class BlockQuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(
        max_length=2000, help_text="The quoted passage; a blank line starts a new paragraph."
    )
    attribution = blocks.CharBlock(
        required=False, max_length=160, help_text="Who said or wrote it, and where."
    )

    class Meta:
        icon = "openquote"
        template = "blocks/block_quote.html"
        description = "A longer passage quoted in the run of the story, such as a statement."
        preview_value = {
            "quote": "The harbour board regrets the delay and will publish its revised timetable "
            "before the end of the month.",
            "attribution": "Statement from the Ardmere harbour board",
        }


class CaptionedImageValue(blocks.StructValue):
    def credit_line(self):
        return credit_line(self["credit"] or (self["image"].credit if self["image"] else ""))

    def alt(self):
        if self["alt_text"]:
            return self["alt_text"]
        return self["image"].default_alt_text if self["image"] else ""


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=250)
    credit = blocks.CharBlock(
        required=False, max_length=120, help_text="Leave blank to use the image's own credit."
    )
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text="Describe the picture for blind readers. Leave blank to use the image's own.",
    )

    class Meta:
        icon = "image"
        template = "blocks/captioned_image.html"
        value_class = CaptionedImageValue
        description = "A photograph with its caption and credit."


class EmbedValue(blocks.StructValue):
    @cached_property
    def embed(self):
        """The provider's stored embed, or None when it cannot be fetched right now."""
        if not self["url"]:
            return None
        try:
            return get_embed(self["url"].url)
        except EmbedException:
            return None

    def provider_name(self):
        return self.embed.provider_name if self.embed else ""

    def host_name(self):
        """Who serves the content, for the click-to-load notice."""
        return self.provider_name() or "another website"

    def content_title(self):
        return (self.embed.title if self.embed else "") or self["caption"] or "embedded content"


class EmbedBlock(blocks.StructBlock):
    url = WagtailEmbedBlock(help_text="The address of a video or social post, e.g. on YouTube.")
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "media"
        template = "blocks/embed.html"
        value_class = EmbedValue
        description = "A video or social media post from another site."


class ContributorNoteBlock(blocks.CharBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 250)
        super().__init__(**kwargs)

    class Meta:
        icon = "group"
        template = "blocks/contributor_note.html"
        description = "A line such as “Ana Ruiz and Tom Lind contributed to this report.”"


class DividerBlock(blocks.StaticBlock):
    class Meta:
        icon = "horizontalrule"
        template = "blocks/divider.html"
        admin_text = "A section break."
        description = "A quiet break between parts of a story."


class SocialLinkValue(blocks.StructValue):
    def label(self):
        return dict(SOCIAL_PLATFORMS).get(self["platform"], self["platform"])


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(choices=SOCIAL_PLATFORMS)
    url = blocks.URLBlock(label="Address")

    class Meta:
        icon = "site"
        template = "blocks/social_link.html"
        value_class = SocialLinkValue
        description = "A profile on a social network or website."
