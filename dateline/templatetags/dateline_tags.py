from django import template

from dateline.dateline import Dateline

register = template.Library()


@register.inclusion_tag("includes/dateline_content.html", takes_context=True)
def dateline(context):
    request = context.get("request")
    return {"dateline": Dateline.for_request(request) if request else None}
