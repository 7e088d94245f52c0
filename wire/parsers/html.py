"""HTML to the project's own blocks: what pasted pages, ninjs and NewsML bodies, NITF (once
renamed) and full-content feeds all become.

BeautifulSoup reads the structure (headings, quotes, lists, figures); nh3 decides what
markup a paragraph keeps. Navigation, advertising, share buttons, scripts, styles and
event handlers never reach a block.
"""

import re
from html import unescape
from urllib.parse import urljoin, urlsplit

import nh3
from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from django.utils.html import escape

from wire.parsers.conventions import split_credit
from wire.story import Block

PARAGRAPH_TAGS = {"p", "a", "b", "i", "br"}
LIST_TAGS = {"ul", "ol", "li"}
# Removed with everything in them.
DROPPED_TAGS = {
    "script", "style", "noscript", "template", "iframe", "frame", "object", "embed", "svg",
    "canvas", "form", "button", "input", "select", "textarea", "nav", "aside", "menu",
    "dialog", "link", "meta", "head", "title", "audio", "video", "source", "picture-source",
}  # fmt: skip
INLINE_TAGS = {
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font",
    "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup",
    "time", "u", "var", "wbr",
}  # fmt: skip
RENAMED_INLINE = {"strong": "b", "em": "i", "dfn": "i"}
CLUTTER = re.compile(
    r"(?:^|[-_\s])(?:ads?|advert\w*|sponsor\w*|promo\w*|share|sharing|social|newsletter|"
    r"subscribe|signup|related|recommended|read-?more|comments?|cookie\w*|banner|breadcrumbs?|"
    r"toolbar|sidebar|popup|modal|paywall|outbrain|taboola|skip-link|visually-hidden|sr-only)"
    r"(?:$|[-_\s])",
    re.IGNORECASE,
)
CLUTTER_ROLES = {"navigation", "banner", "complementary", "contentinfo", "search", "dialog"}
CREDIT_CLASS = re.compile(r"credit|byline|copyright|source|photographer", re.IGNORECASE)
PULL_CLASS = re.compile(r"pull", re.IGNORECASE)


def soup_of(html):
    return BeautifulSoup(html, "html.parser")


def is_clutter(tag):
    if tag.name in DROPPED_TAGS or tag.has_attr("hidden"):
        return True
    if tag.get("aria-hidden") == "true" or tag.get("role") in CLUTTER_ROLES:
        return True
    labels = " ".join([*tag.get("class", []), tag.get("id", "")])
    return bool(labels and CLUTTER.search(labels))


def strip_clutter(root):
    for comment in root.find_all(string=lambda text: isinstance(text, Comment)):
        comment.extract()
    for tag in list(root.find_all(True)):
        if not tag.decomposed and is_clutter(tag):
            tag.decompose()


def text_of(tag):
    return " ".join(tag.get_text(" ").split())


TAG = re.compile(r"<[^>]*>")


def plain_text(html):
    """The words of a block's sanitised HTML, without parsing it again."""
    return " ".join(unescape(TAG.sub(" ", html)).split())


def quote_text(tag):
    """A quotation's words, one paragraph per blank-line-separated run."""
    paragraphs = [text_of(p) for p in tag.find_all("p")] or [text_of(tag)]
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


class HtmlConverter:
    """Walks an HTML tree and returns body blocks. `base_url` resolves relative links."""

    def __init__(self, base_url=""):
        self.base_url = base_url

    def blocks(self, root):
        strip_clutter(root)
        self.normalise_inline(root)
        return list(self.walk(root))

    def normalise_inline(self, root):
        """Name inline markup as our rich text does and make links absolute, once for the
        whole tree, so each paragraph needs only nh3 afterwards."""
        for node in root.find_all([*RENAMED_INLINE, "a"]):
            node.name = RENAMED_INLINE.get(node.name, node.name)
            if node.name == "a":
                href = self.absolute(node.get("href", ""))
                if href:
                    node.attrs = {"href": href}
                else:
                    node.unwrap()

    def walk(self, container):
        loose = []
        for node in list(container.children):
            if isinstance(node, NavigableString):
                if not isinstance(node, Comment) and node.strip():
                    loose.append(node)
                continue
            if not isinstance(node, Tag):
                continue
            if node.name in INLINE_TAGS and not node.find(["img", "figure"]):
                loose.append(node)
                continue
            yield from self.paragraph_from(loose)
            loose = []
            yield from self.block(node)
        yield from self.paragraph_from(loose)

    def block(self, tag):
        name = tag.name
        if name == "p":
            if tag.find("img") and not text_of(tag):
                yield from self.images_in(tag)
            else:
                yield from self.paragraph_from(list(tag.children))
        elif name in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            text = text_of(tag)
            if text:
                yield Block("subheading", text)
        elif name == "blockquote":
            yield from self.quote(tag, caption=tag.find(["footer", "figcaption"]))
        elif name == "figure":
            if tag.find("blockquote"):
                yield from self.quote(tag.find("blockquote"), caption=tag.find("figcaption"))
            else:
                yield from self.images_in(tag)
        elif name == "img":
            yield from self.images_in(tag)
        elif name in {"ul", "ol"}:
            yield from self.list_block(tag)
        elif name == "hr":
            yield Block("divider")
        elif name in {"pre", "address"}:
            yield from self.paragraph_from(list(tag.children))
        elif name == "table":
            for row in tag.find_all("tr"):
                cells = [text_of(cell) for cell in row.find_all(["td", "th"])]
                line = " \u2013 ".join(cell for cell in cells if cell)
                if line:
                    yield Block("paragraph", f"<p>{escape(line)}</p>")
        else:
            yield from self.walk(tag)

    def quote(self, quote, caption):
        attribution = ""
        if caption is not None:
            attribution = text_of(caption).lstrip("\u2014\u2013- ").strip()
            caption.extract()
        elif quote.find("cite"):
            attribution = text_of(quote.find("cite"))
            quote.find("cite").extract()
        words = quote_text(quote)
        if not words:
            return
        classes = " ".join(quote.get("class", []) + (quote.parent.get("class", []) or []))
        kind = "pull_quote" if PULL_CLASS.search(classes) else "block_quote"
        yield Block(kind, {"quote": words.strip('“”"'), "attribution": attribution})

    def images_in(self, tag):
        images = [tag] if tag.name == "img" else tag.find_all("img")
        caption_tag = tag.find("figcaption") if tag.name != "img" else None
        caption, credit = "", ""
        if caption_tag is not None:
            credit_tags = [
                node
                for node in caption_tag.find_all(True)
                if CREDIT_CLASS.search(" ".join(node.get("class", [])))
            ]
            if credit_tags:
                credit = "; ".join(text_of(node) for node in credit_tags)
                for node in credit_tags:
                    node.extract()
                caption = text_of(caption_tag)
                credit = split_credit(f"Photo: {credit}")[1] if credit else ""
            else:
                caption, credit = split_credit(text_of(caption_tag))
        for image in images[:1]:
            url = self.absolute(image.get("src", ""))
            if not url:
                continue
            yield Block(
                "image",
                {
                    "url": url,
                    "caption": caption,
                    "credit": credit,
                    "alt": " ".join(image.get("alt", "").split()),
                },
            )

    def list_block(self, tag):
        html = self.clean(str(tag), LIST_TAGS | PARAGRAPH_TAGS - {"p"})
        if nh3.clean(html, tags=set()).strip():
            yield Block("paragraph", html)

    def paragraph_from(self, nodes):
        if not nodes:
            return
        html = "".join(str(node) for node in nodes)
        html = self.clean(html, PARAGRAPH_TAGS - {"p"}).strip()
        if html.replace("<br>", "").strip():
            yield Block("paragraph", f"<p>{html}</p>")

    def clean(self, html, tags):
        return nh3.clean(
            html,
            tags=tags,
            attributes={"a": {"href"}},
            url_schemes={"http", "https", "mailto"},
            link_rel=None,
            url_relative="deny",
            strip_comments=True,
        )

    def absolute(self, url):
        url = (url or "").strip()
        if not url or url.startswith("data:"):
            return ""
        if url.startswith("mailto:"):
            return url
        joined = urljoin(self.base_url, url) if self.base_url else url
        return joined if urlsplit(joined).scheme in {"http", "https"} else ""


def blocks_from_html(html, base_url=""):
    """The body blocks of an HTML fragment."""
    return HtmlConverter(base_url).blocks(soup_of(html))
