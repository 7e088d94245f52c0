"""What every parser shares: its interface, its errors and the limits on what it reads."""

import html
import re
from datetime import UTC, datetime

import nh3
from django.conf import settings
from django.utils.dateparse import parse_datetime


class Rejected(Exception):
    """An item, or a whole file, that cannot be taken in; the message says why, to editors."""

    def __init__(self, reason, origin=""):
        super().__init__(reason)
        self.reason = reason
        self.origin = origin


class Parser:
    """Turns the bytes of one delivery (a file, a feed, a paste) into stories.

    ``parse`` yields a ``wire.story.Story`` for each item it understands and a ``Rejected``
    for each item it cannot take, so one bad item never stops the rest of a batch. It raises
    ``Rejected`` when the delivery as a whole cannot be read.
    """

    format = ""

    def parse(self, data):
        raise NotImplementedError


def check_size(data):
    limit = settings.WIRE_MAX_FILE_BYTES
    if len(data) > limit:
        raise Rejected(
            f"Too large: {len(data):,} bytes, over the limit of {limit:,} (WIRE_MAX_FILE_BYTES)."
        )


BOMS = [
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_text(data, declared=None):
    """Text in the encoding its bytes declare (byte-order mark, <meta charset> or the
    caller's), else UTF-8; anything that does not decode is rejected, never guessed at."""
    encoding = declared
    for bom, name in BOMS:
        if data.startswith(bom):
            encoding = name
            break
    if encoding is None:
        match = META_CHARSET.search(data[:2048])
        encoding = match.group(1).decode("ascii") if match else None
    try:
        return data.decode(encoding or "utf-8")
    except LookupError:
        raise Rejected(f"It declares an encoding we do not know: “{encoding}”.") from None
    except UnicodeDecodeError as error:
        if encoding:
            reason = f"The text is not valid {encoding.upper()}, the encoding it declares"
        else:
            reason = "The text is not valid UTF-8 and declares no other encoding"
        raise Rejected(f"{reason} (bad byte at position {error.start}).") from None


def parse_date(value):
    """A timezone-aware datetime from ISO 8601, NITF's compact form or RFC 822; else None."""
    if not value:
        return None
    value = value.strip()
    parsed = None
    try:
        parsed = parse_datetime(value)
    except ValueError:
        parsed = None
    if parsed is None:
        parsed = parse_compact_date(value) or parse_rfc822_date(value)
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


COMPACT_DATE = re.compile(r"^(\d{8})T(\d{4,6})(Z|[+-]\d{4})?$")


def parse_compact_date(value):
    match = COMPACT_DATE.match(value)
    if not match:
        return None
    day, time, zone = match.groups()
    time = time.ljust(6, "0")
    zone = "+0000" if zone in (None, "Z") else zone
    return datetime.strptime(f"{day}{time}{zone}", "%Y%m%d%H%M%S%z")


def parse_rfc822_date(value):
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def parse_int(value):
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def clean_line(value):
    """One line of plain text: markup and scripts dropped, whitespace collapsed."""
    if not value:
        return ""
    text = str(value)
    if "<" in text:
        text = html.unescape(nh3.clean(text, tags=set()))
    return " ".join(text.split())
