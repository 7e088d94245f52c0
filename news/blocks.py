"""The body of stories and standing pages: the project's blocks plus a link to a story.

Block names are stored in the page JSON: never rename one casually.
"""

from wagtail import blocks

from core.blocks import (
    BlockQuoteBlock,
    CaptionedImageBlock,
    ContributorNoteBlock,
    DividerBlock,
    EmbedBlock,
    ParagraphBlock,
    PullQuoteBlock,
    SubheadingBlock,
)


class RelatedArticleBlock(blocks.StructBlock):
    article = blocks.PageChooserBlock(page_type="news.ArticlePage")
    label = blocks.CharBlock(required=False, max_length=40, default="Related")

    class Meta:
        icon = "link"
        template = "blocks/related_article.html"
        description = "A link to another of our stories, with its standfirst."


class BodyBlock(blocks.StreamBlock):
    """Everything an editor may insert into a story or a standing page."""

    paragraph = ParagraphBlock()
    subheading = SubheadingBlock()
    pull_quote = PullQuoteBlock()
    block_quote = BlockQuoteBlock()
    image = CaptionedImageBlock()
    embed = EmbedBlock()
    contributor_note = ContributorNoteBlock()
    related_article = RelatedArticleBlock()
    divider = DividerBlock()
