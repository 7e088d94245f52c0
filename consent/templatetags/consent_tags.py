from django import template

from consent.configuration import get_configuration

register = template.Library()


@register.simple_tag
def consent_configuration():
    """The current consent text and cookie groups: the same for every reader."""
    return get_configuration()
