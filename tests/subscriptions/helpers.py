import re

from django.core import mail


def emailed_path(prefix, message=None):
    """The site-relative address of the link starting with `prefix` in an email."""
    message = message or mail.outbox[-1]
    return re.search(rf"http://testserver({re.escape(prefix)}[^\s\"<]+)", message.body).group(1)
