import nh3
from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

register = template.Library()

LABELS = {
    "paragraph": ("paragraph", "paragraphs"),
    "subheading": ("subhead", "subheads"),
    "pull_quote": ("pull quote", "pull quotes"),
    "block_quote": ("block quote", "block quotes"),
    "image": ("photo", "photos"),
    "contributor_note": ("contributor note", "contributor notes"),
    "divider": ("divider", "dividers"),
}
PREVIEW_TAGS = {"p", "a", "b", "i", "br", "ul", "ol", "li"}


@register.simple_tag
def structure_summary(story):
    """e.g. "6 paragraphs · 2 subheads · 1 block quote · 2 photos"."""
    parts = []
    for block_type, count in story.outline().items():
        one, many = LABELS.get(block_type, (block_type, block_type))
        parts.append(f"{count} {one if count == 1 else many}")
    return " · ".join(parts) or "no body"


class PreviewBlock:
    def __init__(self, block):
        self.type = block.type
        self.value = block.value
        self.label = LABELS.get(block.type, (block.type,))[0].capitalize()

    def html(self):
        # Sanitised when parsed; cleaned again because this is shown inside the admin.
        return mark_safe(nh3.clean(self.value, tags=PREVIEW_TAGS, attributes={"a": {"href"}}))  # noqa: S308


@register.simple_tag
def structure_preview(story):
    blocks = [PreviewBlock(block) for block in story.body]
    return render_to_string("wire/includes/structure.html", {"story": {"body": blocks}})
