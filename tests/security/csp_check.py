"""What a Content-Security-Policy header would block in a page's HTML, read without a browser.

It covers what our pages and Wagtail's admin contain: scripts, styles, images, frames,
forms, inline event handlers and javascript: links, including markup kept in <template>
elements, which the consent script brings to life. The real-browser check is
tests/browser/test_csp.py; this one runs on every admin screen cheaply.
"""

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from security.scripts import EXECUTABLE_TYPES, sha256_source

FALLBACKS = {
    "script-src-elem": ["script-src-elem", "script-src", "default-src"],
    "script-src-attr": ["script-src-attr", "script-src", "default-src"],
    "style-src-elem": ["style-src-elem", "style-src", "default-src"],
    "style-src-attr": ["style-src-attr", "style-src", "default-src"],
    "img-src": ["img-src", "default-src"],
    "frame-src": ["frame-src", "child-src", "default-src"],
    "object-src": ["object-src", "default-src"],
    "form-action": ["form-action"],
}
KEYWORD_ONLY = re.compile(r"^'(?:self|none|unsafe-[a-z-]+|strict-dynamic|report-sample)'$")


def parse_policy(header):
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives.setdefault(name.lower(), sources)
    return directives


def effective(directives, directive):
    for name in FALLBACKS[directive]:
        if name in directives:
            return directives[name]
    return None  # Not restricted.


def source_matches(source, url, page):
    target, origin = urlsplit(url), urlsplit(page)
    if source == "'self'":
        return (target.scheme, target.netloc) == (origin.scheme, origin.netloc)
    if source == "*":
        return target.scheme in ("http", "https")
    if source.endswith(":") and "/" not in source:
        return target.scheme == source[:-1]
    if KEYWORD_ONLY.match(source) or source.startswith("'"):
        return False
    scheme, _, host = source.rpartition("://")
    # A scheme, or the page's own when the source has none, also allows its upgrade to https.
    allowed_schemes = {scheme or origin.scheme} | (
        {"https"} if (scheme or origin.scheme) == "http" else set()
    )
    if target.scheme not in allowed_schemes:
        return False
    host = host.rstrip("/")
    if host.startswith("*."):
        return target.netloc.endswith(host[1:])
    return target.netloc == host


def allows_url(sources, url, page):
    if sources is None:
        return True
    return any(source_matches(source, url, page) for source in sources)


def allows_inline(sources, text):
    if sources is None:
        return True
    strict = any(source.startswith(("'sha", "'nonce-")) for source in sources)
    if "'unsafe-inline'" in sources and not strict:
        return True
    return sha256_source(text) in sources


class _Checker(HTMLParser):
    def __init__(self, directives, page):
        super().__init__(convert_charrefs=True)
        self.directives, self.page = directives, page
        self.found = []
        self.inline = None

    def need_url(self, directive, url, what):
        url = url.strip()
        if not url or url.startswith("#"):
            return
        if url.lower().startswith("javascript:"):
            if not allows_inline(effective(self.directives, "script-src-elem"), url):
                self.found.append(f"script-src blocks the javascript: URL of {what}")
            return
        absolute = urljoin(self.page, url)
        if not allows_url(effective(self.directives, directive), absolute, self.page):
            self.found.append(f"{directive} blocks {what} from {absolute}")

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        handlers = effective(self.directives, "script-src-attr")
        for name, value in attrs:
            if name.startswith("on") and value is not None and not allows_inline(handlers, value):
                self.found.append(f"script-src-attr blocks {tag}'s {name} handler")
        style = attributes.get("style")
        if style and not allows_inline(effective(self.directives, "style-src-attr"), style):
            self.found.append(f"style-src-attr blocks a {tag}'s style attribute")
        script_type = (attributes.get("type") or "").strip().lower()
        if tag == "script" and attributes.get("src"):
            self.need_url("script-src-elem", attributes["src"], "a script")
        elif tag == "script" and script_type in EXECUTABLE_TYPES:
            self.inline = ("script-src-elem", [])
        elif tag == "style":
            self.inline = ("style-src-elem", [])
        elif tag == "link" and "stylesheet" in (attributes.get("rel") or "").split():
            self.need_url("style-src-elem", attributes.get("href") or "", "a stylesheet")
        elif tag == "img":
            self.need_url("img-src", attributes.get("src") or "", "an image")
            for candidate in (attributes.get("srcset") or "").split(","):
                self.need_url("img-src", candidate.strip().split(" ")[0], "an image")
        elif tag == "iframe":
            self.need_url("frame-src", attributes.get("src") or "", "a frame")
        elif tag in ("object", "embed"):
            self.need_url("object-src", attributes.get("data") or attributes.get("src") or "", tag)
        elif tag == "form" and attributes.get("action"):
            self.need_url("form-action", attributes["action"], "a form")
        elif tag == "a" and (attributes.get("href") or "").strip().lower().startswith(
            "javascript:"
        ):
            self.need_url("script-src-elem", attributes["href"], "a link")

    def handle_data(self, data):
        if self.inline is not None:
            self.inline[1].append(data)

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.inline is not None:
            directive, text = self.inline
            self.inline = None
            if not allows_inline(effective(self.directives, directive), "".join(text)):
                self.found.append(f"{directive} blocks an inline {tag}")


def blocked(html, header, page):
    """What the policy in `header` would block on the page at absolute URL `page`."""
    checker = _Checker(parse_policy(header), page)
    checker.feed(html)
    checker.close()
    return checker.found
