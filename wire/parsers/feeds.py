"""RSS 2.0 and Atom 1.0 feeds, with each entry's full content where the feed carries it.

Read with the same defended XML parser as the agency formats rather than feedparser, whose
forgiving parser accepts what we must refuse (it has no size or depth limits of its own)
and which sanitises to its own rules rather than to our blocks.
"""

from django.utils.html import escape

from wire.parsers.base import Parser, Rejected, clean_line, parse_date
from wire.parsers.html import blocks_from_html
from wire.parsers.markup import to_html
from wire.parsers.pasted import apply_conventions
from wire.parsers.xml import child, children, local, parse_xml, text_of
from wire.story import Block, Story

CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
MEDIA = "{http://search.yahoo.com/mrss/}"


class FeedParser(Parser):
    format = "feed"

    def parse(self, data):
        root = parse_xml(data)
        name = local(root.tag)
        if name == "rss":
            channel = child(root, "channel")
            entries = children(channel, "item") if channel is not None else []
            read = self.rss_story
        elif name == "feed":
            entries = children(root, "entry")
            read = self.atom_story
        else:
            raise Rejected(f"Not an RSS or Atom feed: its root element is <{name}>.")
        for position, entry in enumerate(entries, start=1):
            try:
                yield apply_conventions(read(entry))
            except Rejected as rejection:
                rejection.origin = f"entry {position}"
                yield rejection

    def rss_story(self, item):
        link = text_of(child(item, "link"))
        guid = text_of(child(item, "guid")) or link
        headline = text_of(child(item, "title"))
        if not guid or not headline:
            raise Rejected("The entry needs a title and a guid or link.")
        summary = text_of(child(item, "description"))
        content = item.find(CONTENT_ENCODED)
        html = content.text if content is not None and content.text else ""
        creators = [text_of(node) for node in item.findall(DC_CREATOR)]
        story = Story(
            guid=guid,
            headline=headline,
            version_at=parse_date(text_of(child(item, "pubDate"))),
            standfirst=plain(summary) if html else "",
            bylines=[name for name in creators if name] or named(text_of(child(item, "author"))),
            keywords=[text_of(category) for category in children(item, "category")],
            original_url=link,
            originally_published_by=text_of(child(item, "source")),
            body=blocks_from_html(html or summary, base_url=link),
        )
        story.body += self.pictures(item, story.body)
        return story

    def atom_story(self, entry):
        link = ""
        for candidate in children(entry, "link"):
            if candidate.get("rel", "alternate") == "alternate":
                link = candidate.get("href", "")
                break
        guid = text_of(child(entry, "id")) or link
        headline = text_of(child(entry, "title"))
        if not guid or not headline:
            raise Rejected("The entry needs a title and an id or link.")
        summary = child(entry, "summary")
        content = child(entry, "content")
        story = Story(
            guid=guid,
            headline=headline,
            version_at=parse_date(
                text_of(child(entry, "updated")) or text_of(child(entry, "published"))
            ),
            standfirst=plain(atom_html(summary)) if content is not None else "",
            bylines=[text_of(child(author, "name")) for author in children(entry, "author")],
            keywords=[c.get("term", "") for c in children(entry, "category") if c.get("term")],
            original_url=link,
            body=blocks_from_html(atom_html(content) or atom_html(summary), base_url=link),
        )
        for enclosure in children(entry, "link"):
            if enclosure.get("rel") == "enclosure" and enclosure.get("type", "").startswith(
                "image/"
            ):
                story.body.append(picture(enclosure.get("href"), enclosure.get("title", ""), ""))
        return story

    def pictures(self, item, body):
        known = {block.value["url"] for block in body if block.type == "image"}
        found = []
        for media in item.findall(f"{MEDIA}content"):
            if media.get("medium", "image") == "image" and media.get("url") not in known:
                found.append(
                    picture(
                        media.get("url"),
                        text_of(media.find(f"{MEDIA}description")),
                        text_of(media.find(f"{MEDIA}credit")),
                    )
                )
        enclosure = child(item, "enclosure")
        if (
            not found
            and enclosure is not None
            and enclosure.get("type", "").startswith("image/")
            and enclosure.get("url") not in known
        ):
            found.append(picture(enclosure.get("url"), "", ""))
        return found


def atom_html(element):
    """An Atom text construct as HTML, whatever its type."""
    if element is None:
        return ""
    kind = element.get("type", "text")
    if kind == "xhtml":
        return "".join(to_html(node, {}) for node in element)
    if kind == "html":
        return element.text or ""
    return f"<p>{escape(text_of(element))}</p>" if text_of(element) else ""


def plain(html):
    from wire.parsers.html import soup_of
    from wire.parsers.html import text_of as html_text

    return html_text(soup_of(html)) if html else ""


def named(author):
    """RSS's <author> is "email (Name)"; the name is what we credit."""
    if "(" in author and author.endswith(")"):
        return [clean_line(author[author.index("(") + 1 : -1])]
    return [author] if author and "@" not in author else []


def picture(url, caption, credit):
    return Block("image", {"url": clean_line(url), "caption": caption, "credit": credit, "alt": ""})
