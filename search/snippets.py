"""Search result snippets: a passage around the reader's words, with those words marked."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

SNIPPET_WORDS = 40
WORD = re.compile(r"\w+")


def word_matches(word, terms):
    """A word matches a term it starts with, so "elections" is marked for "election"."""
    word = word.casefold()
    return any(word.startswith(term) for term in terms)


def highlighted_snippet(text, terms, length=SNIPPET_WORDS):
    """About `length` words of `text` around the first match, HTML-escaped, matches in <mark>."""
    terms = [term.casefold() for term in terms]
    words = text.split()
    first_match = next(
        (
            index
            for index, word in enumerate(words)
            if any(word_matches(part, terms) for part in WORD.findall(word))
        ),
        0,
    )
    start = max(0, min(first_match - length // 4, len(words) - length))
    passage = words[start : start + length]
    marked = " ".join(highlighted_word(word, terms) for word in passage)
    leading = "… " if start > 0 else ""
    trailing = " …" if start + length < len(words) else ""
    return mark_safe(f"{leading}{marked}{trailing}")  # noqa: S308 - every part is escaped


def highlighted_word(word, terms):
    """Escape a whitespace-delimited word, marking the parts of it that match."""
    pieces, position = [], 0
    for match in WORD.finditer(word):
        pieces.append(escape(word[position : match.start()]))
        part = escape(match.group())
        pieces.append(f"<mark>{part}</mark>" if word_matches(match.group(), terms) else part)
        position = match.end()
    pieces.append(escape(word[position:]))
    return "".join(pieces)
