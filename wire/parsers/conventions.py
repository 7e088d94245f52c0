"""The newspaper conventions copy follows, however it arrives: datelines, photo credits,
contributor lines and notes of first publication."""

import re

# "BRUSSELS —", "ST. IVES, Cornwall (Vell Agency) —": the place in capitals, an optional
# region, an optional agency in brackets, then a dash.
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\u2019 -]{1,40}?)"
    r"(?:,\s*[A-Z][\w.'\u2019 -]{1,30}?)?"
    r"\s*(?:\((?P<agency>[^()]{1,40})\))?"
    r"\s*(?:\u2014|\u2013|--|-)\s+"
)
CONTRIBUTORS = re.compile(
    r"^[A-Z][^\n]{0,220}?\s+contributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article))?"
    r"(?:\s+from\s+[^\n.]{1,60})?\.?$"
)
FIRST_PUBLISHED = re.compile(
    r"^(?:Originally\s+published\s+(?:by|in|on)|This\s+(?:article|story|report)\s+"
    r"(?:first|originally)\s+(?:appeared|was\s+published)\s+(?:in|on|by))\s+"
    r"(?P<name>.+?)(?:[\s,:]+(?:at\s+)?(?P<url>https?://\S+?))?\s*\.?$",
    re.IGNORECASE,
)
CREDIT_PHRASE = re.compile(
    r"\s*[(\[]?\s*(?P<phrase>Pool\s+photo\s+by|Photographs?\s*:|Photos?\s*:|Photo\s+by|Picture\s*:)"
    r"\s*(?P<credit>[^()\[\]]+?)\s*[)\]]?\s*\.?\s*$",
    re.IGNORECASE,
)
CREDIT_SEPARATOR = re.compile(r"^(?P<caption>.+?)\s+[|•·]\s+(?P<credit>[^|•·]{2,120})$")


def split_dateline(text):
    """(place, rest of the text) if the text opens with a dateline, else ("", text)."""
    match = DATELINE.match(text)
    if not match or len(match.group("place").strip()) < 2:
        return "", text
    return match.group("place").strip(" .-"), text[match.end() :]


def contributor_line(text):
    text = text.strip()
    return text if CONTRIBUTORS.match(text) else ""


def first_published(text):
    """(name, address) of an "Originally published by …" line, or None."""
    match = FIRST_PUBLISHED.match(text.strip())
    if not match:
        return None
    return match.group("name").strip(" .,:"), match.group("url") or ""


def split_credit(caption):
    """(caption, credit): the credit after "Photo:", "Pool photo by", "Photograph:" or a
    separator such as " | "; ("caption", "") when there is none."""
    caption = caption.strip()
    match = CREDIT_PHRASE.search(caption)
    if match:
        credit = match.group("credit").strip(" .")
        if match.group("phrase").lower().startswith("pool"):
            credit = f"Pool photo by {credit}"
        return caption[: match.start()].strip(" |•·-\u2014\u2013"), credit
    match = CREDIT_SEPARATOR.match(caption)
    if match:
        return match.group("caption").strip(), match.group("credit").strip(" .")
    return caption, ""


def has_credit(text):
    return bool(CREDIT_PHRASE.search(text) or CREDIT_SEPARATOR.match(text.strip()))
