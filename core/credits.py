"""How a picture's credit reads under it: as the newsroom wrote it.

Newsrooms write credits in many forms ("Ana Ruiz/Lord's Press", "Pool photo by Tom Lind",
"Illustration: Mira Holt"); forcing a prefix onto each doubles those that already say what
kind of credit they are. A house prefix is a setting (IMAGE_CREDIT_PREFIX, none by
default), added only to credits that name no kind of their own.
"""

import re

from django.conf import settings

NAMES_ITS_KIND = re.compile(
    r"\b(photo|photos|photograph|photography|picture|image|illustration|graphic|video|"
    r"still|courtesy|handout|file|archive)\b",
    re.IGNORECASE,
)


def credit_line(credit):
    credit = (credit or "").strip()
    prefix = settings.IMAGE_CREDIT_PREFIX.strip()
    if not credit or not prefix or NAMES_ITS_KIND.search(credit):
        return credit
    return f"{prefix} {credit}"
