"""What the API shows of each reader page type: Wagtail `APIField`s, kept here rather than on
the models so that the read API is one app, and only fields meant for readers are listed.

Nothing here names an owner, a lock, a workflow, a revision or an editor's note; the body of
a subscribers-only story is cut to its teaser by the story's own rule (`is_locked_for`).
"""

from django.contrib.auth.models import AnonymousUser
from rest_framework import serializers
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.rich_text import RichText

from authors.models import AuthorPage
from home.models import StandardPage
from news.models import ArticlePage, CategoryIndexPage

# The sizes apps ask for: a thumbnail, a column's width and a full-width picture.
RENDITIONS = {"thumbnail": "fill-400x225", "medium": "width-800", "large": "width-1600"}
RENDITION_SPECS = list(RENDITIONS.values())


def image_representation(image, *, caption="", credit="", alt=""):
    """An image with its credit and renditions, ready to show (renditions made on demand)."""
    if image is None:
        return None
    renditions = image.get_renditions(*RENDITION_SPECS)
    return {
        "id": image.pk,
        "title": image.title,
        "alt": alt or image.default_alt_text,
        "caption": caption,
        "credit": credit or image.credit,
        "width": image.width,
        "height": image.height,
        "renditions": {
            name: {
                "url": renditions[spec].full_url,
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in RENDITIONS.items()
        },
    }


def page_link(page):
    return {"id": page.pk, "title": page.title, "slug": page.slug, "html_url": page.get_full_url()}


def is_readable(page):
    return page.live and not page.get_view_restrictions().exists()


class HeroImageField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, article):
        return image_representation(
            article.hero_image, caption=article.hero_caption, credit=article.hero_credit
        )


class SectionField(serializers.Field):
    def to_representation(self, section):
        return page_link(section) if section else None


class BylinesField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(source="author_links", read_only=True, **kwargs)

    def to_representation(self, credits):
        return [
            {
                "role": credit.role,
                "author": {**page_link(credit.author), "job_title": credit.author.job_title},
            }
            for credit in credits.all()
        ]


class TagsField(serializers.Field):
    def to_representation(self, tags):
        return [{"name": tag.name, "slug": tag.slug} for tag in tags.all()]


class RichTextHTMLField(serializers.Field):
    """Rich text as the HTML readers see, internal links turned into addresses."""

    def to_representation(self, value):
        return str(RichText(value))


class SponsorField(serializers.Field):
    def to_representation(self, sponsor):
        return {"name": sponsor.name, "url": sponsor.url} if sponsor else None


class CorrectionsField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, article):
        return [
            {
                "date": correction.date.isoformat(),
                "kind": correction.kind,
                "text": str(RichText(correction.text)),
            }
            for correction in article.corrections_by_date()
        ]


class SyndicationField(serializers.Field):
    """Where a republished story first appeared, and the wire copy it was built from."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, article):
        return {
            "source_name": article.syndication_source_name,
            "source_url": article.syndication_source_url,
            "wire": [
                {
                    "source_name": record.source_name,
                    "source_url": record.source_url,
                    "item_id": record.item_id,
                    "version": record.version,
                    "copyright": record.copyright,
                }
                for record in article.wire_records()
            ],
        }


class AccessibleForFreeField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, article):
        return not article.is_locked_for(AnonymousUser())


class BodyField(serializers.Field):
    """The body as blocks (type, id, value), images resolved to renditions with credit.

    The API answers everyone alike (its answers are cached and shared), so a subscribers-only
    story gives the teaser that a reader without a subscription reads, and no more.
    """

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        if isinstance(page, ArticlePage) and page.is_locked_for(AnonymousUser()):
            blocks = page.teaser_blocks()
        else:
            blocks = list(page.body)
        represented = []
        for block in blocks:
            value = block_value(block)
            if value is not None:
                represented.append({"type": block.block_type, "id": block.id, "value": value})
        return represented


def block_value(block):
    value = block.value
    if block.block_type == "image":
        if value["image"] is None:
            return None
        return image_representation(
            value["image"], caption=value["caption"], credit=value["credit"], alt=value.alt()
        )
    if block.block_type == "related_article":
        article = value["article"]
        # A link to a story readers cannot see is left out, as the page leaves it out.
        if article is None or not is_readable(article):
            return None
        return {"label": value["label"], "article": page_link(article)}
    if block.block_type == "embed":
        return {"url": value["url"].url if value["url"] else "", "caption": value["caption"]}
    if isinstance(value, RichText):
        return str(value)
    return block.block.get_api_representation(value)


ARTICLE_LISTING_FIELDS = [
    "standfirst",
    "publication_date",
    "updated_date",
    "section",
    "bylines",
    "tags",
    "hero_image",
    "sponsor",
    "subscribers_only",
    "is_accessible_for_free",
]

API_FIELDS = {
    ArticlePage: [
        APIField("standfirst"),
        APIField("dateline"),
        APIField("publication_date"),
        APIField("updated_date", serializers.DateTimeField(read_only=True)),
        APIField("section", SectionField(read_only=True)),
        APIField("bylines", BylinesField()),
        APIField("tags", TagsField(read_only=True)),
        APIField("hero_image", HeroImageField()),
        APIField("body", BodyField()),
        APIField("corrections", CorrectionsField()),
        APIField("syndication", SyndicationField()),
        APIField("sponsor", SponsorField(read_only=True)),
        APIField("subscribers_only"),
        APIField("is_accessible_for_free", AccessibleForFreeField()),
    ],
    CategoryIndexPage: [APIField("intro", RichTextHTMLField(read_only=True))],
    AuthorPage: [APIField("job_title"), APIField("bio", RichTextHTMLField(read_only=True))],
    StandardPage: [APIField("introduction"), APIField("body", BodyField())],
}
# Detail-only: the body loads its images and linked pages, a cost a listing must not grow by.
DETAIL_ONLY_FIELDS = ["body", "corrections", "syndication"]


def api_fields_for(model):
    """The API fields of a page type, or none for types the API does not describe."""
    for page_model, fields in API_FIELDS.items():
        if issubclass(model, page_model):
            return fields
    return [] if issubclass(model, Page) else getattr(model, "api_fields", [])


class ImageRenditionsField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, image):
        return image_representation(image)["renditions"]
