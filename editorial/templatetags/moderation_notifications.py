from django import template

from editorial.notifications import approval_comments as comments_on_approval

register = template.Library()


@register.simple_tag
def approval_comments(obj):
    """The approvals with a comment that let ``obj`` through its workflow."""
    return comments_on_approval(obj)
