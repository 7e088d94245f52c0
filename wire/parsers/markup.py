"""XML body markup (NITF, XHTML) written out as HTML for the one HTML converter."""

from django.utils.html import escape

from wire.parsers.xml import child, local, text_of

NITF_TO_HTML = {
    "hl1": "h2",
    "hl2": "h2",
    "block": "div",
    "bq": "blockquote",
    "credit": "footer",
    "pq": "blockquote",
    "em": "i",
    "tagline": "p",
    "body.content": "div",
    "body.end": "div",
}
KEPT_ATTRIBUTES = {"a": ["href"], "img": ["src", "alt"]}


def to_html(element, renamed=NITF_TO_HTML):
    """`element` and everything in it as HTML, namespaces dropped, only safe attributes."""
    name = local(element.tag)
    if name == "media":
        return media_html(element)
    tag = renamed.get(name, name)
    attributes = "".join(
        f' {attribute}="{escape(element.get(attribute))}"'
        for attribute in KEPT_ATTRIBUTES.get(tag, [])
        if element.get(attribute)
    )
    if name == "pq":
        attributes += ' class="pull-quote"'
    inner = escape(element.text or "") + "".join(
        to_html(node, renamed) + escape(node.tail or "") for node in element
    )
    return f"<{tag}{attributes}>{inner}</{tag}>"


def media_html(media):
    """An NITF <media> as a <figure>: its image, caption and producer (the credit)."""
    if media.get("media-type", "image") not in {"image", "photo", "graphic"}:
        return ""
    reference = child(media, "media-reference")
    if reference is None or not reference.get("source"):
        return ""
    caption = text_of(child(media, "media-caption"))
    credit = text_of(child(media, "media-producer"))
    return (
        f'<figure><img src="{escape(reference.get("source"))}" '
        f'alt="{escape(reference.get("alternate-text", ""))}">'
        f"<figcaption>{escape(caption)}"
        f"{f'<span class=credit>{escape(credit)}</span>' if credit else ''}</figcaption></figure>"
    )
