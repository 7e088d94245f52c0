"""Articles from wire items: a draft in one click, and a new draft revision for each newer
version of an item already used.

A draft is built whole in one transaction (page, byline, tags, provenance, first revision,
log entry), so nothing is left half-made if any part fails. Photos are fetched before it
opens, so no lock is held while the network is waited on.
"""

import logging
from dataclasses import dataclass, field
from io import BytesIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import Truncator, slugify
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.log_actions import log

from authors.models import AuthorPage
from news.models import ArticlePage, ArticlePageAuthor
from wire.fetch import FetchError, fetch
from wire.models import ArticleProvenance, WireItem
from wire.parsers.html import plain_text

logger = logging.getLogger(__name__)

# The lengths the body blocks and ArticlePage allow.
LIMITS = {
    "title": 255,
    "standfirst": 300,
    "dateline": 60,
    "subheading": 120,
    "contributor_note": 250,
    "pull_quote": 400,
    "block_quote": 2000,
    "attribution": 120,
    "quote_attribution": 160,
    "caption": 250,
    "credit": 120,
    "alt": 250,
    "tag": 100,
}
MAX_TAGS = 10
PHOTO_FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}
COPY_FIELDS = ("title", "standfirst", "dateline", "body")


class DeskError(Exception):
    """A draft that cannot be made; the message says why, to the editor."""


class PhotoError(Exception):
    """A photo that was fetched but cannot go in the image library; says why."""


@dataclass
class Draft:
    article: ArticlePage
    created: bool
    notes: list = field(default_factory=list)


def fit(text, limit):
    return Truncator(" ".join((text or "").split())).chars(limit)


def standfirst_for(story):
    if story.standfirst:
        return fit(story.standfirst, LIMITS["standfirst"])
    for block in story.body:
        if block.type == "paragraph":
            return fit(plain_text(block.value), LIMITS["standfirst"])
    return fit(story.headline, LIMITS["standfirst"])


def body_for(story, photos):
    """The StreamField body, as stored JSON, of the project's own blocks."""
    body = []
    for block in story.body:
        value = block.value
        if block.type == "paragraph":
            body.append({"type": "paragraph", "value": value})
        elif block.type in {"subheading", "contributor_note"}:
            body.append({"type": block.type, "value": fit(value, LIMITS[block.type])})
        elif block.type == "pull_quote":
            body.append(
                {
                    "type": "pull_quote",
                    "value": {
                        "quote": fit(value["quote"], LIMITS["pull_quote"]),
                        "attribution": fit(value["attribution"], LIMITS["attribution"]),
                        "role": "",
                    },
                }
            )
        elif block.type == "block_quote":
            body.append(
                {
                    "type": "block_quote",
                    "value": {
                        "quote": Truncator(value["quote"]).chars(LIMITS["block_quote"]),
                        "attribution": fit(value["attribution"], LIMITS["quote_attribution"]),
                    },
                }
            )
        elif block.type == "image" and value.get("url") in photos:
            body.append(
                {
                    "type": "image",
                    "value": {
                        "image": photos[value["url"]].pk,
                        "caption": fit(value["caption"], LIMITS["caption"]),
                        "credit": fit(value["credit"], LIMITS["credit"]),
                        "alt_text": fit(value["alt"], LIMITS["alt"]),
                    },
                }
            )
        elif block.type == "divider":
            body.append({"type": "divider", "value": None})
    return body


def photo_notes(story, photos):
    return [
        f"Photo not attached: “{fit(block.value['caption'] or block.value['url'], 80)}”."
        for block in story.photos()
        if block.value.get("url") not in photos
    ]


def fetch_photos(item, known=None):
    """Images for the item's photos, fetched if its source allows it: (by address, notes)."""
    story, source = item.parsed, item.source
    photos, notes = dict(known or {}), []
    wanted = [block.value for block in story.photos() if block.value.get("url")]
    if not wanted:
        return photos, notes
    if not source.photos_allowed:
        return photos, [f"{source.name}'s photos may not be used, so none were fetched."]
    image_model = get_image_model()
    for value in wanted[: settings.WIRE_MAX_PHOTOS_PER_ITEM]:
        if value["url"] in photos:
            continue
        try:
            photos[value["url"]] = save_photo(image_model, item, value)
        except (FetchError, PhotoError) as error:
            notes.append(f"Photo not fetched: {error}")
    return photos, notes


def save_photo(image_model, item, value):
    fetched = fetch(value["url"], item.source, max_bytes=settings.WIRE_MAX_PHOTO_BYTES)
    if fetched.status != 200:
        raise PhotoError(f"{value['url'][:200]} answered {fetched.status}.")
    try:
        with PillowImage.open(BytesIO(fetched.content)) as picture:
            kind = picture.format
            picture.verify()
    except Exception:
        raise PhotoError(f"{value['url'][:200]} is not an image we can read.") from None
    if kind not in PHOTO_FORMATS:
        raise PhotoError(f"{value['url'][:200]} is a {kind} image; we take JPEG, PNG, GIF, WebP.")
    name = slugify(value["caption"] or item.headline)[:60] or "wire-photo"
    image = image_model(
        title=fit(value["caption"] or item.headline, 255),
        credit=fit(value["credit"], LIMITS["credit"]),
        description=fit(value["alt"] or value["caption"], 255),
        file=ImageFile(BytesIO(fetched.content), name=f"{name}.{kind.lower()}"),
    )
    image.save()
    return image


def bylines_for(story, source):
    """Our authors named in the byline, in its order, else the source's collective byline."""
    names = [name for name in story.bylines if name]
    matches = Q()
    for name in names:
        matches |= Q(title__iexact=name)
    found = (
        {author.title.lower(): author for author in AuthorPage.objects.filter(matches)}
        if names
        else {}
    )
    authors = [found[name.lower()] for name in names if name.lower() in found]
    unmatched = [name for name in names if name.lower() not in found]
    if not authors and source.collective_byline_id:
        authors = [source.collective_byline]
    return list(dict.fromkeys(authors)), unmatched


def provenance_for(item):
    story, source = item.parsed, item.source
    return ArticleProvenance(
        source=source,
        source_name=source.attribution_name or source.name,
        source_url=source.attribution_url,
        item_id=item.guid,
        version=item.version,
        version_at=item.version_at,
        received_at=item.received_at,
        embargo_until=item.embargo_until,
        copyright=fit(story.copyright, 255),
        usage_terms=story.usage_terms or source.usage_terms,
    )


def apply_copy(page, item, photos):
    """Put the item's copy (headline, standfirst, dateline, body, source) on `page`."""
    story, source = item.parsed, item.source
    page.title = fit(story.headline, LIMITS["title"])
    page.standfirst = standfirst_for(story)
    page.dateline = fit(story.dateline, LIMITS["dateline"])
    page.body = body_for(story, photos)
    page.syndication_source_name = fit(
        story.originally_published_by or source.attribution_name or source.name, 120
    )
    page.syndication_source_url = story.original_url or source.attribution_url
    if item.is_embargoed() and (page.go_live_at is None or page.go_live_at < item.embargo_until):
        page.go_live_at = item.embargo_until
    page.wire_provenance = [provenance_for(item)]


def create_draft(item_id, user, section):
    """The draft article for a wire item: made once, whoever clicks and however often."""
    item = WireItem.objects.select_related("source", "article").get(pk=item_id)
    if item.article_id:
        return Draft(item.article, created=False)
    if item.status == WireItem.Status.KILLED:
        raise DeskError("The source has killed this item: it may not be used.")
    photos, notes = fetch_photos(item, known_images(item))
    try:
        with transaction.atomic():
            return build_draft(item_id, user, section, photos, notes)
    except ValidationError as error:
        raise DeskError(f"The draft could not be made: {'; '.join(error.messages)}") from None


def build_draft(item_id, user, section, photos, notes):
    item = WireItem.objects.select_for_update().select_related("source").get(pk=item_id)
    if item.article_id:
        # Another click got there first; the photos this one fetched are not needed.
        kept = set(item.photos.values())
        for image in photos.values():
            if image.pk not in kept:
                image.delete()
        return Draft(ArticlePage.objects.get(pk=item.article_id), created=False)
    story = item.parsed
    page = ArticlePage(owner=user, live=False)
    apply_copy(page, item, photos)
    if not page.body:
        raise DeskError(
            "There is nothing to make a story of: the item has no text and its photo could "
            "not be attached."
        )
    authors, unmatched = bylines_for(story, item.source)
    for order, author in enumerate(authors):
        page.author_links.add(ArticlePageAuthor(author=author, sort_order=order))
    tags = [fit(keyword, LIMITS["tag"]) for keyword in story.keywords if keyword.strip()]
    page.tags.add(*list(dict.fromkeys(tags))[:MAX_TAGS])
    section.add_child(instance=page)
    revision = page.save_revision(user=user)
    log(
        instance=page,
        action="wire.draft",
        user=user,
        revision=revision,
        data=log_data(item),
    )
    item.article = page
    item.status = WireItem.Status.USED
    item.used_by = user
    item.used_at = timezone.now()
    item.wire_revision = revision
    item.photos = {url: image.pk for url, image in photos.items()}
    item.save()
    if unmatched:
        notes.append(f"Not among our authors: {', '.join(unmatched)}.")
    if not authors:
        notes.append("No byline yet: add one before submitting the story.")
    return Draft(page, created=True, notes=notes + photo_notes(story, photos))


def known_images(item):
    """Photos already fetched for the item, by address, so a new version reuses them."""
    images = get_image_model().objects.in_bulk(item.photos.values())
    return {url: images[pk] for url, pk in item.photos.items() if pk in images}


def log_data(item, **extra):
    return {
        "wire": {
            "source": item.source.name,
            "item": item.guid,
            "version": item.version,
            **extra,
        }
    }


def copy_of(page):
    """The copy fields as stored, for telling the newsroom's edits from the wire's."""
    body = [(block["type"], block["value"]) for block in page.body.get_prep_value()]
    return {
        "title": page.title,
        "standfirst": page.standfirst,
        "dateline": page.dateline,
        "body": body,
    }


def newsroom_edits(item, current):
    """Which copy fields the newsroom changed after the desk last built the article."""
    if item.wire_revision is None:
        return []
    built, now = copy_of(item.wire_revision.as_object()), copy_of(current)
    return [name for name in COPY_FIELDS if built[name] != now[name]]


def update_article(item):
    """A new draft revision of the item's article, built from its newer version.

    The newsroom's own work outside the copy (byline, section, photos chosen, tags,
    legal flag) is carried over, and corrections stay on the record outside revisions; the
    copy fields come from the wire. If the newsroom had edited those, the log entry names
    them and the revision history keeps their version, to compare side by side and restore
    what they want to keep.
    """
    item = WireItem.objects.select_related("source", "article", "wire_revision").get(pk=item.pk)
    page = item.article.specific
    photos, notes = fetch_photos(item, known_images(item))
    with transaction.atomic():
        current = page.get_latest_revision_as_object()
        previous_revision = page.get_latest_revision()
        edited = newsroom_edits(item, current)
        apply_copy(current, item, photos)
        # Saved unvalidated, as a draft in progress may be (its byline may still be empty);
        # apply_copy has set the go-live time the embargo needs, and publishing validates.
        revision = current.save_revision(clean=False)
        log(
            instance=page,
            action="wire.update",
            revision=revision,
            data=log_data(
                item,
                previous_revision=previous_revision.pk if previous_revision else None,
                newsroom_edits=edited,
                notes=notes,
            ),
        )
        WireItem.objects.filter(pk=item.pk).update(
            wire_revision=revision, photos={url: image.pk for url, image in photos.items()}
        )
    return revision
