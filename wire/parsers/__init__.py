"""One parser per format, behind one interface (``wire.parsers.base.Parser``).

To add a format: write a module here with a ``Parser`` subclass whose ``parse(data)``
yields ``wire.story.Story`` objects (and ``Rejected`` for items it cannot take), add it to
``PARSERS`` under a new ``WireSource.Format`` value, and add sample files and tests.
"""

from wire.parsers.base import Rejected
from wire.parsers.feeds import FeedParser
from wire.parsers.newsml import NewsmlParser
from wire.parsers.ninjs import NinjsParser
from wire.parsers.nitf import NitfParser
from wire.parsers.pasted import PastedHtmlParser, PlainTextParser

PARSERS = {
    "ninjs": NinjsParser(),
    "newsml": NewsmlParser(),
    "nitf": NitfParser(),
    "feed": FeedParser(),
    "html": PastedHtmlParser(),
    "text": PlainTextParser(),
}


def parser_for(format_name):
    try:
        return PARSERS[format_name]
    except KeyError:
        raise Rejected(f"No parser for the format “{format_name}”.") from None


__all__ = ["PARSERS", "Rejected", "parser_for"]
