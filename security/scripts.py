"""What a piece of HTML asks a Content-Security-Policy to allow: its inline scripts' hashes
and the origins it loads from.

Used for the analytics tag an administrator pastes in (read when it is saved) and for the
inline scripts in the project's templates (read once per process). Browsers hash a
script's text as their HTML parser leaves it, so the text is normalised the same way.
"""

import base64
import hashlib
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

# <script type> values a browser runs, or treats as inline script (import maps), under
# script-src; anything else (application/json, application/ld+json, text/plain) is data.
EXECUTABLE_TYPES = {
    "",
    "module",
    "importmap",
    "text/javascript",
    "application/javascript",
    "application/ecmascript",
    "application/x-javascript",
    "text/ecmascript",
}
# Addresses inside a script's text, e.g. the tracker URL of a Matomo or GA loader; "//host"
# is taken as https, which is what it resolves to on an HTTPS page.
URL_IN_SCRIPT = re.compile(r"""["'`]((?:https?:)?//[^"'`\s/?#\\]+)""", re.IGNORECASE)
HOST = re.compile(r"^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::[0-9]{1,5})?$")
LOADING_ATTRIBUTES = {"script": "src", "img": "src", "iframe": "src", "link": "href"}


def normalise(text):
    """The text as a browser's HTML parser hands it to the script engine."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")


def sha256_source(text):
    digest = hashlib.sha256(normalise(text).encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def origin_of(url):
    """scheme://host[:port] of an absolute http(s) or protocol-relative URL, else None."""
    url = url.strip()
    if url.startswith("//"):
        url = f"https:{url}"
    try:
        parts = urlsplit(url)
        host = parts.netloc.lower()
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or "@" in host or not HOST.match(host):
        return None
    return f"{parts.scheme.lower()}://{host}"


@dataclass
class ScriptSources:
    """Hashes of inline scripts, origins to load from, and inline scripts that cannot be hashed."""

    script_hashes: list = field(default_factory=list)
    origins: list = field(default_factory=list)
    unhashable: list = field(default_factory=list)

    def add_origin(self, url):
        origin = origin_of(url)
        if origin and origin not in self.origins:
            self.origins.append(origin)


class _ScriptCollector(HTMLParser):
    def __init__(self, is_unhashable):
        super().__init__(convert_charrefs=True)
        self.is_unhashable = is_unhashable
        self.sources = ScriptSources()
        self.inline_text = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in LOADING_ATTRIBUTES and attributes.get(LOADING_ATTRIBUTES[tag]):
            self.sources.add_origin(attributes[LOADING_ATTRIBUTES[tag]])
        script_type = (attributes.get("type") or "").strip().lower()
        if tag == "script" and "src" not in attributes and script_type in EXECUTABLE_TYPES:
            self.inline_text = []

    def handle_data(self, data):
        if self.inline_text is not None:
            self.inline_text.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self.inline_text is not None:
            text = "".join(self.inline_text)
            self.inline_text = None
            if self.is_unhashable(text):
                self.sources.unhashable.append(text)
                return
            if (source := sha256_source(text)) not in self.sources.script_hashes:
                self.sources.script_hashes.append(source)
            for url in URL_IN_SCRIPT.findall(text):
                self.sources.add_origin(url)


def script_sources(html, is_unhashable=lambda text: False):
    """The inline script hashes and loading origins of `html`."""
    collector = _ScriptCollector(is_unhashable)
    collector.feed(html)
    collector.close()
    return collector.sources
