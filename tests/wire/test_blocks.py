"""The blocks the wire desk added to the body: block quotes, and lists in paragraphs."""

import pytest
from bs4 import BeautifulSoup

from news.blocks import BodyBlock
from news.models import block_text

pytestmark = pytest.mark.django_db


def render(block_type, raw_value):
    block = BodyBlock().child_blocks[block_type]
    return BeautifulSoup(block.render(block.to_python(raw_value)), "html.parser")


def test_block_quote_keeps_its_paragraphs_and_cites_its_source():
    soup = render(
        "block_quote",
        {
            "quote": "The board regrets the delay.\n\nIt will publish a timetable.",
            "attribution": "Harbour board",
        },
    )

    figure = soup.select_one("figure.block-quote")
    assert [p.text for p in figure.select("blockquote p")] == [
        "The board regrets the delay.",
        "It will publish a timetable.",
    ]
    assert figure.select_one("figcaption cite").text == "Harbour board"


def test_block_quote_escapes_its_text():
    soup = render("block_quote", {"quote": "<script>alert(1)</script>", "attribution": ""})

    assert soup.find("script") is None
    assert soup.select_one("figcaption") is None


def test_block_quote_has_a_full_meta_for_the_editor():
    meta = BodyBlock().child_blocks["block_quote"].meta

    assert (meta.icon, meta.template) == ("openquote", "blocks/block_quote.html")
    assert meta.description
    assert meta.preview_value["attribution"]


def test_paragraphs_may_hold_lists():
    features = BodyBlock().child_blocks["paragraph"].features

    assert {"ol", "ul"} <= set(features)
    soup = render("paragraph", "<ul><li>New gears</li><li>New cabin</li></ul>")
    assert [item.text for item in soup.select("ul li")] == ["New gears", "New cabin"]


def test_block_quotes_count_as_words_readers_read():
    assert block_text(
        {"type": "block_quote", "value": {"quote": "We regret it.", "attribution": "x"}}
    ) == ("We regret it.")
