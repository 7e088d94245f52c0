import re

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

# A paragraph block renders as <div class="rich-text"><p …>…; the dateline goes inside that <p>.
FIRST_PARAGRAPH = re.compile(r"^\s*<div class=\"rich-text\">\s*<p\b[^>]*>")


@register.simple_tag(takes_context=True)
def story_opening(context, blocks, dateline):
    """The opening blocks of a story, with its dateline run into the first paragraph as
    newspapers print it ("BRUSSELS — The ministers …"), or on a line of its own when the
    story does not open with a paragraph."""
    # As {% include_block %} does: each block sees the page's context.
    flat = context.flatten()
    rendered = [block.render_as_block(flat) for block in blocks]
    if not dateline:
        return mark_safe("".join(rendered))  # noqa: S308 - blocks render escaped HTML
    run_in = format_html('<span class="story__dateline">{} —</span> ', dateline)
    if rendered and blocks[0].block_type == "paragraph":
        opening = FIRST_PARAGRAPH.match(rendered[0])
        if opening:
            end = opening.end()
            rendered[0] = f"{rendered[0][:end]}{run_in}{rendered[0][end:]}"
            return mark_safe("".join(rendered))  # noqa: S308
    own_line = format_html('<p class="story__dateline">{} —</p>', dateline)
    return format_html("{}{}", own_line, format_html_join("", "{}", ((r,) for r in rendered)))
