"""The POST data Wagtail's page editor sends, so tests can drive the real admin views.

The editor's HTML carries every field except the StreamField body, which its JavaScript
builds; the body is added here from the page itself, keeping block ids as the editor does.
"""

from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    rich_text,
)


def block_form_value(block):
    if block.block_type == "paragraph":
        return rich_text(block.value.source)
    if block.block_type == "pull_quote":
        return dict(block.value)
    return block.value


def stream_form_data(stream_value):
    blocks = {
        str(index): {
            "type": block.block_type,
            "value": block_form_value(block),
            "id": block.id,
            "deleted": "",
            "order": str(index),
        }
        for index, block in enumerate(stream_value)
    }
    blocks["count"] = str(len(stream_value))
    return blocks


def page_form_data(reader, page, url=None, body=None, **changes):
    """What the editor at `url` (the page's edit view) sends, with `changes` made.

    `reader` is a client allowed to open that view; `body` replaces the page's body.
    """
    url = url or reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = reader.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    html = response.content.decode()
    data = querydict_from_html(html, form_id="page-edit-form").dict()
    # A ticked box without a value attribute is sent as "on" by browsers, not as "".
    form = WagtailTestUtils.get_soup(html).find("form", id="page-edit-form")
    for checkbox in form.find_all("input", type="checkbox", checked=True, value=False):
        data[checkbox["name"]] = "on"
    if body is None:
        body = page.get_latest_revision_as_object().body
    data.update(nested_form_data({"body": stream_form_data(body), "comments": inline_formset([])}))
    data.update(changes)
    return data
