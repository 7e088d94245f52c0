"""Search result snippets: a passage around the reader's words, with those words marked."""

import re
from html import escape

from django.utils.safestring import mark_safe

SNIPPET_WORDS = 40
WORD = re.compile(r"\w+")


def word_matches(word, terms):
    """A word matches a term it starts with, so "elections" is marked for "election"."""
    word = word.casefold()
    return any(word.startswith(term) for term in terms)


def highlighted_snippet(passages, terms, length=SNIPPET_WORDS):
    """About `length` words around the first match, HTML-escaped, matches in <mark>.

    `passages` is an iterable of plain text (the standfirst, then each paragraph), read
    only as far as the snippet needs: a result's whole body is turned from HTML into
    text only when the words searched for are not in it.
    """
    terms = [term.casefold() for term in terms]
    first_term_in = term_finder(terms)
    words, first_match = [], None
    for passage in passages:
        if first_match is None and (found := first_term_in(passage)) is not None:
            before = passage[:found]
            # A match inside a whitespace-delimited word ("(election") is that word's.
            inside_word = bool(before) and not before[-1].isspace()
            first_match = len(words) + len(before.split()) - inside_word
        words += passage.split()
        # One word beyond the passage is enough to know whether to show a trailing "…".
        if first_match is not None and len(words) > first_match + length:
            break
    first_match = first_match or 0
    start = max(0, min(first_match - length // 4, len(words) - length))
    marked = highlighted(" ".join(words[start : start + length]), terms)
    leading = "… " if start > 0 else ""
    trailing = " …" if start + length < len(words) else ""
    return mark_safe(f"{leading}{marked}{trailing}")  # noqa: S308 - every part is escaped


def term_finder(terms):
    """A function giving the offset of the first word in a text that starts with a term.

    One regular expression finds candidates; `word_matches` confirms each, so the
    snippet centres on a word it marks.
    """
    if not terms:
        return lambda text: None
    alternatives = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
    candidate = re.compile(rf"(?<!\w)(?:{alternatives})", re.IGNORECASE)

    def first_term_in(text):
        for match in candidate.finditer(text):
            word = WORD.match(text, match.start())
            if word and word_matches(word.group(), terms):
                return match.start()
        return None

    return first_term_in


def highlighted(text, terms):
    """`text` HTML-escaped, with the words that match a term in <mark>."""
    pieces, position = [], 0
    for word in WORD.finditer(text):
        if word_matches(word.group(), terms):
            pieces.append(escape(text[position : word.start()]))
            pieces.append(f"<mark>{escape(word.group())}</mark>")
            position = word.end()
    pieces.append(escape(text[position:]))
    return "".join(pieces)
