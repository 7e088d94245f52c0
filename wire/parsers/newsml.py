"""IPTC NewsML-G2: news items with inline XHTML, NITF or plain text bodies, and picture
items; alone or several in a <newsMessage>."""

from wire.parsers.base import Parser, Rejected, clean_line, parse_date, parse_int
from wire.parsers.html import blocks_from_html
from wire.parsers.markup import to_html
from wire.parsers.ninjs import text_blocks
from wire.parsers.nitf import nitf_body
from wire.parsers.pasted import apply_conventions, names_in
from wire.parsers.xml import child, children, descendant, descendants, local, parse_xml, text_of
from wire.story import PICTURE, TEXT, USABLE, WITHDRAWN, Block, Story

KILL_STATUSES = {"stat:withdrawn", "stat:canceled", "stat:cancelled"}
XHTML_NAMES = {}


def qcode(element, name):
    node = child(element, name) if element is not None else None
    return (node.get("qcode") or "").lower() if node is not None else ""


def with_role(elements, *roles):
    for element in elements:
        if element.get("role", "").lower() in roles:
            return text_of(element)
    return ""


def dateline_of(content_meta):
    located = child(content_meta, "located")
    place = text_of(child(located, "name")) if located is not None else ""
    return text_of(child(content_meta, "dateline")) or place


def keywords_of(content_meta):
    keywords = [text_of(keyword) for keyword in children(content_meta, "keyword")]
    subjects = [text_of(child(subject, "name")) for subject in children(content_meta, "subject")]
    return [word for word in keywords or subjects if word]


class NewsmlParser(Parser):
    format = "newsml"

    def parse(self, data):
        root = parse_xml(data)
        name = local(root.tag)
        if name == "newsItem":
            items = [root]
        elif name == "newsMessage":
            items = descendants(root, "newsItem")
        else:
            raise Rejected(f"Not NewsML-G2: its root element is <{name}>.")
        if not items:
            raise Rejected("The NewsML-G2 message holds no news items.")
        for position, item in enumerate(items, start=1):
            try:
                yield self.story(item)
            except Rejected as rejection:
                rejection.origin = item.get("guid") or f"item {position}"
                yield rejection

    def story(self, item):
        guid = clean_line(item.get("guid"))
        if not guid:
            raise Rejected("The news item has no guid, so it cannot be told apart from others.")
        item_meta = child(item, "itemMeta")
        content_meta = child(item, "contentMeta")
        rights = child(item, "rightsInfo")
        if content_meta is None:
            raise Rejected("The news item has no <contentMeta>.")
        descriptions = children(content_meta, "description")
        story = Story(
            guid=guid,
            headline=text_of(child(content_meta, "headline")),
            version=parse_int(item.get("version")) or 1,
            kind=PICTURE if qcode(item_meta, "itemClass") == "ninat:picture" else TEXT,
            standfirst=with_role(descriptions, "drol:summary", "drol:abstract"),
            dateline=dateline_of(content_meta),
            urgency=parse_int(text_of(child(content_meta, "urgency"))),
            keywords=keywords_of(content_meta),
        )
        by = text_of(child(content_meta, "by"))
        creators = [
            text_of(child(creator, "name")) for creator in children(content_meta, "creator")
        ]
        story.bylines = [name for name in creators if name] or names_in(by)
        if item_meta is not None:
            story.version_at = parse_date(text_of(child(item_meta, "versionCreated")))
            story.embargo_until = parse_date(text_of(child(item_meta, "embargoed")))
            story.status = WITHDRAWN if qcode(item_meta, "pubStatus") in KILL_STATUSES else USABLE
            story.editorial_note = text_of(child(item_meta, "edNote"))
        if rights is not None:
            story.copyright = text_of(child(rights, "copyrightNotice")) or text_of(
                descendant(child(rights, "copyrightHolder") or rights, "name")
            )
            story.usage_terms = text_of(child(rights, "usageTerms"))
        content_set = child(item, "contentSet")
        if content_set is not None:
            story.body = self.body(content_set, content_meta, descriptions)
        if not story.headline:
            if story.kind == PICTURE:
                story.headline = with_role(descriptions, "drol:caption") or guid
            elif story.status == WITHDRAWN:
                story.headline = f"Withdrawn: {guid}"
            else:
                raise Rejected("The news item has no headline.")
        story.headline = clean_line(story.headline)[:255]
        return apply_conventions(story)

    def body(self, content_set, content_meta, descriptions):
        for inline in children(content_set, "inlineXML"):
            content = next(iter(inline), None)
            if content is None:
                continue
            if local(content.tag) == "nitf":
                return nitf_body(content)
            html_body = descendant(content, "body") if local(content.tag) == "html" else content
            inner = "".join(to_html(node, XHTML_NAMES) for node in html_body)
            return blocks_from_html(inner)
        for inline in children(content_set, "inlineData"):
            return text_blocks(inline.text or "")
        remote = children(content_set, "remoteContent")
        if remote:
            rendition = next(
                (r for r in remote if (r.get("rendition") or "").endswith("highRes")), remote[0]
            )
            return [
                Block(
                    "image",
                    {
                        "url": clean_line(rendition.get("href")),
                        "caption": with_role(descriptions, "drol:caption"),
                        "credit": text_of(child(content_meta, "creditline"))
                        or text_of(child(content_meta, "by")),
                        "alt": with_role(descriptions, "drol:alternative"),
                    },
                )
            ]
        return []
