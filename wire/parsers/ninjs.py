"""IPTC ninjs, the JSON news format: versions 1.x (flat fields such as ``headline`` and
``body_html``) and 2.x (lists such as ``headlines`` and ``bodies``), one item or a list."""

import json

from django.conf import settings
from django.utils.html import escape

from wire.parsers.base import Parser, Rejected, check_size, clean_line, parse_date, parse_int
from wire.parsers.html import blocks_from_html
from wire.parsers.pasted import apply_conventions, names_in
from wire.story import PICTURE, TEXT, USABLE, WITHDRAWN, Block, Story

KILL_STATUSES = {"withdrawn", "canceled", "cancelled"}


def first_value(values, role=None):
    """The value of the first entry with `role` (or of the first entry at all)."""
    entries = [entry for entry in values or [] if isinstance(entry, dict)]
    for entry in entries:
        if role is None or entry.get("role") == role:
            return entry.get("value", "")
    return entries[0].get("value", "") if entries and role else ""


def names(values):
    """Names from a list of strings or of {"name": …} objects."""
    result = []
    for value in values or []:
        name = value.get("name") if isinstance(value, dict) else value
        if isinstance(name, str) and name.strip():
            result.append(clean_line(name))
    return result


def nesting_depth(document):
    """How many arrays and objects deep `document` goes, counted without recursion."""
    deepest = 0
    pending = [(document, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict):
            value = value.values()
        elif not isinstance(value, list):
            continue
        deepest = max(deepest, depth)
        pending.extend((child, depth + 1) for child in value)
    return deepest


def too_deep():
    return f"The JSON is nested more than {settings.WIRE_MAX_DEPTH} levels deep (WIRE_MAX_DEPTH)."


class NinjsParser(Parser):
    format = "ninjs"

    def parse(self, data):
        check_size(data)
        try:
            document = json.loads(data)
        except RecursionError:
            # Older interpreters give up before WIRE_MAX_DEPTH is reached on hostile input.
            raise Rejected(too_deep()) from None
        except UnicodeDecodeError:
            raise Rejected("The JSON is not UTF-8, UTF-16 or UTF-32 text.") from None
        except ValueError as error:
            raise Rejected(f"Not valid JSON: {error}.") from None
        if nesting_depth(document) > settings.WIRE_MAX_DEPTH:
            raise Rejected(too_deep())
        items = document if isinstance(document, list) else [document]
        for position, item in enumerate(items, start=1):
            try:
                yield self.story(item)
            except Rejected as rejection:
                rejection.origin = f"item {position}"
                yield rejection

    def story(self, item):
        if not isinstance(item, dict):
            raise Rejected("Not a ninjs item: expected a JSON object.")
        guid = clean_line(item.get("uri") or item.get("guid") or "")
        if not guid:
            raise Rejected("The item has no “uri”, so it cannot be told apart from others.")
        version2 = "headlines" in item or "bodies" in item or "ninjs_2" in item.get("$schema", "")
        read = self.read_v2 if version2 else self.read_v1
        story = read(item)
        story.guid = guid
        story.version = parse_int(item.get("version")) or 1
        story.version_at = parse_date(item.get("versioncreated"))
        story.urgency = parse_int(item.get("urgency"))
        story.embargo_until = parse_date(item.get("embargoed"))
        story.status = WITHDRAWN if item.get("pubstatus") in KILL_STATUSES else USABLE
        story.copyright = clean_line(item.get("copyrightnotice"))
        story.usage_terms = clean_line(item.get("usageterms"))
        story.kind = PICTURE if item.get("type") == "picture" else TEXT
        story.keywords = names(item.get("keywords")) or names(
            item.get("subjects") or item.get("subject")
        )
        if not story.headline and not story.is_kill:
            raise Rejected("The item has no headline.")
        story.headline = story.headline or f"Withdrawn: {guid}"
        return apply_conventions(story)

    def read_v1(self, item):
        story = Story(
            guid="",
            headline=clean_line(item.get("headline")),
            standfirst=clean_line(item.get("description_text")),
            bylines=names_in(clean_line(item.get("byline"))),
            dateline=clean_line(item.get("located")),
            editorial_note=clean_line(item.get("ednote")),
        )
        if item.get("body_html"):
            story.body = blocks_from_html(item["body_html"])
        elif item.get("body_text"):
            story.body = text_blocks(item["body_text"])
        associations = item.get("associations") or {}
        pictures = associations.values() if isinstance(associations, dict) else []
        story.body += [self.picture_v1(picture) for picture in pictures if is_picture(picture)]
        if item.get("type") == "picture":
            story.body = [self.picture_v1(item), *story.body]
        return story

    def picture_v1(self, picture):
        renditions = picture.get("renditions") or {}
        rendition = (
            renditions.get("original")
            or renditions.get("baseImage")
            or next(iter(renditions.values()), {})
        )
        return Block(
            "image",
            {
                "url": clean_line(rendition.get("href")),
                "caption": clean_line(picture.get("description_text") or picture.get("headline")),
                "credit": clean_line(picture.get("byline") or picture.get("copyrightnotice")),
                "alt": clean_line(picture.get("body_text") or ""),
            },
        )

    def read_v2(self, item):
        story = Story(
            guid="",
            headline=clean_line(first_value(item.get("headlines"), "main")),
            standfirst=clean_line(
                first_value(item.get("descriptions"), "summary")
                or first_value(item.get("descriptions"), "abstract")
            ),
            bylines=names_in(clean_line(item.get("by"))),
            dateline=clean_line(item.get("located")) or (names(item.get("places")) or [""])[0],
            editorial_note=clean_line(item.get("ednote")),
        )
        bodies = [body for body in item.get("bodies") or [] if isinstance(body, dict)]
        html = next((b["value"] for b in bodies if "html" in b.get("contenttype", "")), "")
        text = next((b["value"] for b in bodies if b.get("contenttype") == "text/plain"), "")
        if html:
            story.body = blocks_from_html(html)
        elif text:
            story.body = text_blocks(text)
        associations = [a for a in item.get("associations") or [] if isinstance(a, dict)]
        story.body += [self.picture_v2(a) for a in associations if is_picture(a)]
        if item.get("type") == "picture":
            story.body = [self.picture_v2(item), *story.body]
        return story

    def picture_v2(self, picture):
        renditions = [r for r in picture.get("renditions") or [] if isinstance(r, dict)]
        rendition = next((r for r in renditions if r.get("name") == "original"), None) or (
            renditions[0] if renditions else {}
        )
        return Block(
            "image",
            {
                "url": clean_line(rendition.get("href")),
                "caption": clean_line(
                    first_value(picture.get("descriptions"), "caption")
                    or first_value(picture.get("headlines"), "main")
                ),
                "credit": clean_line(picture.get("by") or picture.get("copyrightnotice")),
                "alt": clean_line(first_value(picture.get("descriptions"), "alternative")),
            },
        )


def is_picture(association):
    return isinstance(association, dict) and association.get("type") == "picture"


def text_blocks(text):
    return [
        Block("paragraph", f"<p>{escape(clean_line(paragraph))}</p>")
        for paragraph in str(text).replace("\r\n", "\n").split("\n\n")
        if paragraph.strip()
    ]
