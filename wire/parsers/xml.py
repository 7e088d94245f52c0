"""XML read defensively: no entity expansion, no external references, bounded size and depth.

defusedxml refuses any document that declares entities (the "billion laughs" and external
entity attacks both need one) and never fetches a DTD or anything else. A DOCTYPE that only
names its DTD, as NITF files often do, is allowed and ignored.
"""

import re
from io import BytesIO
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from django.conf import settings

from wire.parsers.base import Rejected, check_size

XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")


def check_encoding(data):
    """Reject bytes that are not valid in the encoding the document declares (or UTF-8)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding, declared = "utf-16", True
    else:
        match = XML_DECLARATION.match(data[:200])
        encoding, declared = (match.group(1).decode("ascii"), True) if match else ("utf-8", False)
    try:
        data.decode(encoding)
    except LookupError:
        raise Rejected(f"The XML declares an encoding we do not know: “{encoding}”.") from None
    except UnicodeDecodeError as error:
        what = f"{encoding.upper()}, the encoding it declares" if declared else "UTF-8"
        raise Rejected(
            f"The XML is not valid {what} (bad byte at position {error.start})."
        ) from None


def parse_xml(data):
    """The root element of `data`, or ``Rejected`` saying what is wrong with it."""
    check_size(data)
    check_encoding(data)
    max_depth = settings.WIRE_MAX_DEPTH
    depth = 0
    root = None
    try:
        for event, element in iterparse(
            BytesIO(data), events=("start", "end"), forbid_dtd=False, forbid_entities=True
        ):
            if event == "start":
                depth += 1
                if root is None:
                    root = element
                if depth > max_depth:
                    raise Rejected(
                        f"The XML is nested more than {max_depth} levels deep (WIRE_MAX_DEPTH)."
                    )
            else:
                depth -= 1
    except DefusedXmlException:
        raise Rejected(
            "The XML declares entities or fetches external content, which wire files may "
            "not do: refused unread."
        ) from None
    except ParseError as error:
        raise Rejected(f"Not well-formed XML: {error}.") from None
    return root


def local(tag):
    """An element's name without its namespace."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def children(element, name):
    return [child for child in element if local(child.tag) == name]


def child(element, name):
    for candidate in element:
        if local(candidate.tag) == name:
            return candidate
    return None


def descendants(element, name):
    return [node for node in element.iter() if local(node.tag) == name]


def descendant(element, name):
    for node in element.iter():
        if local(node.tag) == name:
            return node
    return None


def text_of(element):
    """All the text in an element, whitespace collapsed."""
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())
