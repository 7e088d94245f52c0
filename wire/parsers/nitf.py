"""NITF 3.x: one news story per file, its metadata in <head><docdata>."""

from wire.parsers.base import Parser, Rejected, clean_line, parse_date, parse_int
from wire.parsers.html import blocks_from_html
from wire.parsers.markup import to_html
from wire.parsers.pasted import apply_conventions, names_in
from wire.parsers.xml import child, children, descendant, descendants, local, parse_xml, text_of
from wire.story import USABLE, WITHDRAWN, Story

KILL_STATUSES = {"withdrawn", "canceled", "cancelled", "killed"}


class NitfParser(Parser):
    format = "nitf"

    def parse(self, data):
        root = parse_xml(data)
        if local(root.tag) != "nitf":
            raise Rejected(f"Not an NITF document: its root element is <{local(root.tag)}>.")
        yield nitf_story(root)


def nitf_story(root):
    """The story in an <nitf> element, from a file or inside a NewsML-G2 item."""
    head = child(root, "head")
    body = child(root, "body")
    docdata = descendant(head, "docdata") if head is not None else None
    meta = docdata if docdata is not None else root
    body_head = child(body, "body.head") if body is not None else None
    doc_id = descendant(meta, "doc-id")
    guid = clean_line(doc_id.get("id-string")) if doc_id is not None else ""
    headline = text_of(descendant(body_head, "hl1")) if body_head is not None else ""
    headline = headline or (text_of(child(head, "title")) if head is not None else "")
    story = Story(guid=guid, headline=headline)
    version_key = descendant(meta, "du-key")
    story.version = parse_int(version_key.get("version")) if version_key is not None else 1
    story.version = story.version or 1
    urgency = descendant(meta, "urgency")
    story.urgency = parse_int(urgency.get("ed-urg")) if urgency is not None else None
    issued = descendant(meta, "date.issue")
    story.version_at = parse_date(issued.get("norm")) if issued is not None else None
    release = descendant(meta, "date.release")
    story.embargo_until = parse_date(release.get("norm")) if release is not None else None
    status = (docdata.get("management-status", "") if docdata is not None else "").lower()
    story.status = WITHDRAWN if status in KILL_STATUSES else USABLE
    copyright_ = descendant(meta, "doc.copyright")
    if copyright_ is not None:
        story.copyright = clean_line(
            f"© {copyright_.get('year', '')} {copyright_.get('holder', '')}".replace("  ", " ")
        )
    rights = descendant(meta, "doc.rights")
    if rights is not None:
        story.usage_terms = clean_line(rights.get("limitations"))
    story.keywords = [
        clean_line(keyword.get("key"))
        for keyword in descendants(meta, "keyword")
        if keyword.get("key")
    ]
    message = descendant(meta, "ed-msg")
    story.editorial_note = clean_line(message.get("info")) if message is not None else ""
    if body_head is not None:
        abstract = descendant(body_head, "abstract")
        subheadline = descendant(body_head, "hl2")
        story.standfirst = text_of(abstract) or text_of(subheadline)
        for byline in descendants(body_head, "byline"):
            people = [text_of(person) for person in descendants(byline, "person")]
            story.bylines += people or names_in(text_of(byline))
        dateline = descendant(body_head, "dateline")
        if dateline is not None:
            city = descendant(dateline, "city")
            story.dateline = text_of(city) or text_of(descendant(dateline, "location"))
        distributor = descendant(body_head, "distributor")
        story.originally_published_by = text_of(distributor)
    story.body = nitf_body(root)
    if not story.guid:
        raise Rejected("The NITF document has no <doc-id id-string>, so it cannot be told apart.")
    if not story.headline:
        raise Rejected("The NITF document has no headline (<hl1> or <title>).")
    return apply_conventions(story)


def nitf_body(root):
    """The body blocks of an <nitf> element: its body.content, then its body.end."""
    body = child(root, "body")
    if body is None:
        return []
    parts = children(body, "body.content") + children(body, "body.end")
    return blocks_from_html("".join(to_html(part) for part in parts))
