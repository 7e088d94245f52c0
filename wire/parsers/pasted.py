"""Copy pasted into the admin: HTML copied from a web page, or plain text."""

import hashlib
import re

from django.utils.html import escape

from wire.parsers.base import Parser, Rejected, check_size, clean_line, decode_text
from wire.parsers.conventions import (
    contributor_line,
    first_published,
    has_credit,
    split_credit,
    split_dateline,
)
from wire.parsers.html import HtmlConverter, plain_text, soup_of, strip_clutter, text_of
from wire.story import Block, Story

BYLINE = re.compile(r"^By\s+(?P<names>[^\n]{2,120})$")
NAME_SEPARATORS = re.compile(r"\s*(?:,|\band\b|&)\s*")
SENTENCE_END = re.compile(r"[.!?:;,\"\u201d\u2019)]$")
SUBHEAD_MAX_WORDS = 10
STANDFIRST_CLASSES = re.compile(r"standfirst|dek|summary|lede|intro|subtitle|strapline", re.I)
BYLINE_CLASSES = re.compile(r"byline|author", re.I)
HEADLINE_CLASSES = re.compile(r"headline|title", re.I)


def names_in(byline):
    byline = re.sub(r"^By\s+", "", byline.strip(), flags=re.IGNORECASE)
    return [name for name in NAME_SEPARATORS.split(byline) if name]


def paste_guid(text):
    """Pasted copy has no identifier of its own: the same text pasted twice is one item."""
    return "paste:" + hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:32]


def apply_conventions(story):
    """Take the dateline, contributor line and first-publication note out of the body."""
    body = []
    for block in story.body:
        if block.type == "paragraph":
            text = plain_text(block.value)
            published = first_published(text)
            if published:
                name, url = published
                story.originally_published_by = name
                link = soup_of(block.value).find("a", href=True)
                story.original_url = url or (link["href"] if link else story.original_url)
                continue
            note = contributor_line(text)
            if note:
                body.append(Block("contributor_note", note))
                continue
        body.append(block)
    for block in body:
        if block.type == "paragraph":
            place, _ = split_dateline(plain_text(block.value))
            if place:
                story.dateline = story.dateline or place
                block.value = remove_dateline(block.value)
            break
    story.body = body
    return story


def remove_dateline(html):
    """The paragraph without its opening dateline, whatever inline tags wrap it."""
    soup = soup_of(html)
    paragraph = soup.find("p") or soup
    for node in list(paragraph.descendants):
        if isinstance(node, str):
            place, rest = split_dateline(str(node))
            if place:
                node.replace_with(rest)
                break
            if node.strip():
                break
    for tag in paragraph.find_all(["b", "i"]):
        if not tag.get_text(strip=True):
            tag.decompose()
    return str(soup).replace("<p> ", "<p>")


class PastedHtmlParser(Parser):
    """A page or part of one copied from a browser: its structure kept, its chrome dropped."""

    format = "html"

    def parse(self, data):
        check_size(data)
        text = decode_text(data) if isinstance(data, bytes) else data
        yield self.story(text)

    def story(self, html):
        soup = soup_of(html)
        base_url = self.meta(soup, "og:url") or self.canonical(soup)
        headline = self.meta(soup, "og:title")
        standfirst = self.meta(soup, "description") or self.meta(soup, "og:description")
        bylines = [self.meta(soup, "author")] if self.meta(soup, "author") else []
        strip_clutter(soup)
        main = soup.find("article") or soup.find("main") or soup.find("body") or soup
        for tag in main.find_all(True):
            if tag.decomposed:
                continue
            classes = " ".join(tag.get("class", []))
            if tag.name == "h1" or (HEADLINE_CLASSES.search(classes) and tag.name != "p"):
                headline = headline or text_of(tag)
                if tag.name == "h1" or tag.name.startswith("h"):
                    tag.decompose()
            elif BYLINE_CLASSES.search(classes) or tag.get("rel") == ["author"]:
                bylines = bylines or names_in(text_of(tag))
                tag.decompose()
            elif STANDFIRST_CLASSES.search(classes) and tag.name in {"p", "div", "h2"}:
                standfirst = standfirst or text_of(tag)
                tag.decompose()
            elif tag.name == "header":
                tag.unwrap()
        for time in main.find_all("time"):
            if time.parent and time.parent.name not in {"p", "li"}:
                time.decompose()
        body = HtmlConverter(base_url).blocks(main)
        if not headline:
            raise Rejected("No headline found: the copy needs a heading (h1) or a title.")
        story = Story(
            guid=paste_guid(html),
            headline=headline,
            standfirst=standfirst,
            bylines=bylines,
            original_url=base_url,
            originally_published_by=self.meta(soup, "og:site_name"),
            body=body,
        )
        return apply_conventions(story)

    def meta(self, soup, name):
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        return clean_line(tag.get("content", "")) if tag else ""

    def canonical(self, soup):
        link = soup.find("link", rel="canonical", href=True)
        href = link["href"] if link else ""
        return href if href.startswith(("http://", "https://")) else ""


class PlainTextParser(Parser):
    """Plain text laid out as newspapers do: headline first, then paragraphs."""

    format = "text"

    def parse(self, data):
        check_size(data)
        text = decode_text(data) if isinstance(data, bytes) else data
        yield self.story(text)

    def story(self, text):
        paragraphs = self.paragraphs(text)
        if not paragraphs:
            raise Rejected("The pasted copy is empty.")
        lines = paragraphs[0].split("\n")
        headline = clean_line(lines[0])
        rest = [line for line in lines[1:] if line.strip()]
        paragraphs = ["\n".join(rest), *paragraphs[1:]] if rest else paragraphs[1:]
        bylines = []
        if paragraphs and BYLINE.match(paragraphs[0].strip()):
            bylines = names_in(paragraphs.pop(0))
        story = Story(guid=paste_guid(text), headline=headline, bylines=bylines)
        for position, paragraph in enumerate(paragraphs):
            story.body.append(self.block(paragraph, is_last=position == len(paragraphs) - 1))
        return apply_conventions(story)

    def paragraphs(self, text):
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
        if "\n\n" not in text.strip():
            return [line.strip() for line in text.split("\n") if line.strip()]
        return [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]

    def block(self, paragraph, is_last):
        line = clean_line(paragraph)
        if has_credit(line) and len(line) <= 400:
            caption, credit = split_credit(line)
            return Block("image", {"url": "", "caption": caption, "credit": credit, "alt": ""})
        if (
            "\n" not in paragraph.strip()
            and not is_last
            and len(line.split()) <= SUBHEAD_MAX_WORDS
            and not SENTENCE_END.search(line)
            and not contributor_line(line)
        ):
            return Block("subheading", line)
        return Block("paragraph", f"<p>{escape(line)}</p>")
