"""Every sample format becomes exactly the blocks and facts an article needs, and hostile
files are refused with a reason."""

from datetime import UTC, datetime

import pytest

from tests.wire.conftest import sample
from wire.parsers import PARSERS, Rejected
from wire.story import PICTURE, WITHDRAWN


def parse(format_name, name):
    return list(PARSERS[format_name].parse(sample(name)))


def blocks(story):
    return [(block.type, block.value) for block in story.body]


def test_ninjs_1_text_item_with_its_picture():
    [story] = parse("ninjs", "ninjs1-harbour-strike.json")

    assert story.guid == "urn:vvna:2026:harbour-strike"
    assert story.version == 1
    assert story.version_at == datetime(2026, 11, 30, 7, 15, tzinfo=UTC)
    assert story.headline == "Harbour pilots walk out over night-shift rota"
    assert story.standfirst == (
        "Ships queued off Ardmere for six hours as pilots refused the new rota."
    )
    assert story.bylines == ["Esther Ward", "Piotr Nowak"]
    assert story.dateline == "ARDMERE"
    assert story.keywords == ["harbour", "strike", "shipping"]
    assert story.urgency == 3
    assert story.copyright == "© 2026 Vell Valley News Agency"
    assert story.usage_terms == "Members may republish in print and online within 30 days."
    assert blocks(story) == [
        (
            "paragraph",
            "<p>Harbour pilots walked out at midnight on Sunday, leaving <b>eleven</b> ships "
            "waiting in the bay.</p>",
        ),
        ("subheading", "A rota nobody signed"),
        (
            "paragraph",
            "<p>The pilots' union said the rota was imposed "
            '<a href="https://union.example/statement">without a vote</a>.</p>',
        ),
        (
            "block_quote",
            {
                "quote": "We will guide ships in when the rota is withdrawn, not before.",
                "attribution": "Mara Lind, union secretary",
            },
        ),
        ("paragraph", "<ul><li>Eleven ships delayed</li><li>Two ferries cancelled</li></ul>"),
        ("contributor_note", "Tomas Berg and Ana Ruiz contributed to this report."),
        (
            "image",
            {
                "url": "http://127.0.0.1/photos/ships.jpg",
                "caption": "Container ships at anchor off Ardmere on Sunday night.",
                "credit": "Ana Ruiz/VVNA",
                "alt": "Three container ships at anchor under floodlights",
            },
        ),
    ]


def test_ninjs_2_item_with_embargo_and_picture():
    [story] = parse("ninjs", "ninjs2-ferry-timetable.json")

    assert story.headline == "Vell River ferries to run every twenty minutes from spring"
    assert story.standfirst == (
        "The new timetable doubles evening sailings between Ardmere and Kellsbridge."
    )
    assert story.embargo_until == datetime(2030, 1, 15, 6, 0, tzinfo=UTC)
    assert story.bylines == ["Vell Valley News Agency"]
    assert story.dateline == "KELLSBRIDGE"
    assert blocks(story) == [
        (
            "paragraph",
            "<p>The ferry company will publish a timetable on Monday that runs a boat every "
            "twenty minutes until 11 p.m.</p>",
        ),
        ("paragraph", "<p>Evening crossings will double, the company said.</p>"),
        (
            "image",
            {
                "url": "http://127.0.0.1/photos/ferry.png",
                "caption": "The evening ferry leaves Kellsbridge quay.",
                "credit": "Jonas Feld/VVNA",
                "alt": "A white ferry pulling away from a stone quay at dusk",
            },
        ),
    ]


def test_ninjs_kill_is_a_withdrawal_with_its_note():
    [story] = parse("ninjs", "ninjs1-harbour-strike-kill.json")

    assert story.status == WITHDRAWN
    assert story.version == 3
    assert story.editorial_note.startswith("Kill this story")


def test_ninjs_batch_rejects_the_bad_item_and_keeps_the_rest():
    first, rejected, third = parse("ninjs", "ninjs-batch.json")

    assert [first.guid, third.guid] == ["urn:vvna:2026:batch-1", "urn:vvna:2026:batch-3"]
    assert isinstance(rejected, Rejected)
    assert rejected.origin == "item 2"
    assert "uri" in rejected.reason
    assert blocks(first) == [
        ("paragraph", "<p>The central library will open on Sundays from January.</p>"),
        ("paragraph", "<p>Staff have agreed the new hours.</p>"),
    ]


def test_scripts_event_handlers_and_styles_never_reach_a_block():
    [story] = parse("ninjs", "ninjs-script-injection.json")

    assert story.headline == "Council publishes minutes"
    assert blocks(story) == [
        ("paragraph", "<p>The council published its minutes today.</p>"),
        ("paragraph", '<p>Read them <a href="https://council.example/minutes">online</a>.</p>'),
    ]


def test_nitf_story_with_every_kind_of_block():
    [story] = parse("nitf", "nitf-council-vote.xml")

    assert story.guid == "VVNA-2026-1204-council"
    assert story.version == 2
    assert story.headline == "Council backs £4m harbour wall plan by one vote"
    assert (
        story.standfirst == "The vote ends a year of argument over who pays for the harbour wall."
    )
    assert story.bylines == ["Esther Ward"]
    assert story.dateline == "ARDMERE"
    assert story.keywords == ["city council", "harbour"]
    assert story.urgency == 4
    assert story.copyright == "© 2026 Vell Valley News Agency"
    assert story.usage_terms == "Online use only; credit the agency."
    assert blocks(story) == [
        (
            "paragraph",
            "<p>Councillors voted 31 to 30 on Tuesday night to rebuild the harbour wall.</p>",
        ),
        ("subheading", "Who pays"),
        (
            "paragraph",
            "<p>The cost will be shared with the port authority, the <i>finance report</i> "
            "says.</p>",
        ),
        (
            "block_quote",
            {
                "quote": "This wall has kept the sea out of the old town for two hundred years.",
                "attribution": "Greta Vos, council leader",
            },
        ),
        (
            "pull_quote",
            {"quote": "Nobody wanted to be the one who let the sea in.", "attribution": ""},
        ),
        (
            "image",
            {
                "url": "http://127.0.0.1/photos/wall.jpg",
                "caption": "The harbour wall in last winter's storms.",
                "credit": "Ana Ruiz/VVNA",
                "alt": "Waves breaking over a stone harbour wall",
            },
        ),
        ("paragraph", "<ol><li>Design in spring</li><li>Work from autumn</li></ol>"),
        ("contributor_note", "Tomas Berg contributed to this report."),
    ]


def test_nitf_release_date_is_the_embargo():
    [story] = parse("nitf", "nitf-embargoed-budget.xml")

    assert story.embargo_until == datetime(2030, 3, 1, 12, 0, tzinfo=UTC)
    assert blocks(story) == [
        ("paragraph", "<p>The county will freeze bus fares, its budget will say.</p>")
    ]


def test_newsml_item_with_inline_xhtml():
    [story] = parse("newsml", "newsml-xhtml-museum.xml")

    assert story.guid == "urn:newsml:vvna.example:2026:museum"
    assert story.bylines == ["Piotr Nowak"]
    assert story.dateline == "Kellsbridge"
    assert story.keywords == ["museums", "culture"]
    assert story.usage_terms == "No archive use after 31 December 2027."
    assert blocks(story) == [
        ("paragraph", "<p>The harbour gallery reopened on <b>Saturday</b>.</p>"),
        ("subheading", "What is on show"),
        ("paragraph", "<p>Models of every ship built in the yard since 1860.</p>"),
        (
            "image",
            {
                "url": "http://127.0.0.1/photos/gallery.jpg",
                "caption": "The restored gallery.",
                "credit": "Jonas Feld/VVNA",
                "alt": "Ship models in glass cases",
            },
        ),
    ]


def test_newsml_item_with_inline_nitf():
    [story] = parse("newsml", "newsml-nitf-roadworks.xml")

    assert story.bylines == ["VVNA staff"]
    assert blocks(story) == [
        ("paragraph", "<p>Quay Road will close from Monday while a sewer is replaced.</p>"),
        ("subheading", "Diversions"),
        ("paragraph", "<p>Buses will run along Mill Street instead.</p>"),
    ]


def test_newsml_picture_item_takes_its_high_resolution_rendition():
    [story] = parse("newsml", "newsml-picture-lighthouse.xml")

    assert story.kind == PICTURE
    assert story.copyright == "© 2026 Jonas Feld/VVNA"
    assert blocks(story) == [
        (
            "image",
            {
                "url": "http://127.0.0.1/photos/lighthouse.jpg",
                "caption": "The Ardmere lighthouse shines again after fifty years dark.",
                "credit": "Jonas Feld/VVNA",
                "alt": "A white lighthouse with its lamp lit at dusk",
            },
        )
    ]


def test_newsml_message_batch_with_a_bad_item_and_a_cancellation():
    school, rejected, cancelled = parse("newsml", "newsml-message-batch.xml")

    assert blocks(school) == [
        ("paragraph", "<p>The school opened with 240 pupils.</p>"),
        ("paragraph", "<p>Parents queued from 8 a.m.</p>"),
    ]
    assert isinstance(rejected, Rejected)
    assert "guid" in rejected.reason
    assert cancelled.status == WITHDRAWN
    assert cancelled.version == 2
    assert cancelled.editorial_note == "Withdrawn: the reopening has been postponed."


def test_rss_takes_full_content_resolves_links_and_drops_share_buttons():
    allotments, summary_only, rejected = parse("feed", "rss-ardmere-courier.xml")

    assert allotments.guid == "courier-2026-allotments"
    assert allotments.bylines == ["Lena Brooks"]
    assert allotments.standfirst == "More than 400 people are waiting for a plot."
    assert allotments.original_url == "https://courier.example/2026/12/allotments"
    assert blocks(allotments) == [
        (
            "paragraph",
            "<p>More than 400 people are now waiting for an allotment in Ardmere, "
            '<a href="https://courier.example/data/allotments">council figures</a> show.</p>',
        ),
        ("subheading", "Longest wait"),
        ("paragraph", "<p>The longest wait is nine years.</p>"),
        (
            "image",
            {
                "url": "https://photos.courier.example/allotment.jpg",
                "caption": "Plots on Hill Road.",
                "credit": "Lena Brooks/Ardmere Courier",
                "alt": "",
            },
        ),
    ]
    assert blocks(summary_only) == [("paragraph", "<p>Only a summary is in the feed.</p>")]
    assert isinstance(rejected, Rejected)


def test_atom_xhtml_content():
    [story] = parse("feed", "atom-ardmere-courier.xml")

    assert story.guid == "tag:courier.example,2026:tide"
    assert story.version_at == datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    assert blocks(story) == [
        ("paragraph", "<p>The tide gauge at the pier read 6.4 metres on Thursday.</p>"),
        ("block_quote", {"quote": "It is the highest we have recorded.", "attribution": ""}),
    ]


def test_pasted_page_keeps_its_structure_and_drops_the_chrome():
    [story] = parse("html", "pasted-page.html")

    assert story.headline == "Swing bridge reopens after a year of repairs"
    assert story.standfirst == (
        "Traffic crossed the Vell at Ardmere for the first time since last December."
    )
    assert story.bylines == ["Lena Brooks"]
    assert story.dateline == "ARDMERE"
    assert story.originally_published_by == "The Ardmere Courier"
    assert story.original_url == "https://courier.example/2026/12/bridge"
    assert blocks(story) == [
        (
            "paragraph",
            "<p>The swing bridge <b>reopened</b> on Friday "
            '<a href="https://courier.example/2025/12/bridge-closes">'
            "a year after it jammed</a>.</p>",
        ),
        ("subheading", "What changed"),
        ("paragraph", "<p>Engineers replaced the gears and the control cabin.</p>"),
        (
            "block_quote",
            {
                "quote": "It swings as smoothly as the day it was built.",
                "attribution": "Nina Holt, bridge keeper",
            },
        ),
        ("paragraph", "<ul><li>New gears</li><li>New cabin</li></ul>"),
        (
            "image",
            {
                "url": "https://courier.example/images/bridge.jpg",
                "caption": "The bridge opens for the first yacht.",
                "credit": "Lena Brooks/Ardmere Courier",
                "alt": "The swing bridge open for a yacht",
            },
        ),
    ]


def test_pasted_plain_text_follows_newspaper_conventions():
    [story] = parse("text", "pasted-text.txt")

    assert story.headline == "Floodgates close as storm surge reaches Ardmere"
    assert story.bylines == ["Esther Ward"]
    assert story.dateline == "ARDMERE"
    assert story.originally_published_by == "Vell Valley News Agency"
    assert blocks(story) == [
        (
            "paragraph",
            "<p>The harbour floodgates were closed on Saturday night for the first time in four "
            "years as a storm surge pushed the tide a metre above its forecast.</p>",
        ),
        ("paragraph", "<p>Council officers said the old town stayed dry.</p>"),
        ("subheading", "Sandbags on Quay Road"),
        (
            "paragraph",
            "<p>Residents filled more than two thousand sandbags at the fire station before "
            "dark.</p>",
        ),
        (
            "image",
            {
                "url": "",
                "caption": "Volunteers stack sandbags outside the Ship Inn on Saturday.",
                "credit": "Ana Ruiz/VVNA",
                "alt": "",
            },
        ),
        ("paragraph", "<p>The surge is expected to ease by Monday morning.</p>"),
        ("contributor_note", "Tomas Berg and Nina Holt contributed to this report."),
    ]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Crowds on the quay. Photo: Ana Ruiz/VVNA", ("Crowds on the quay.", "Ana Ruiz/VVNA")),
        ("Crowds on the quay. | Ana Ruiz/VVNA", ("Crowds on the quay.", "Ana Ruiz/VVNA")),
        (
            "The minister arrives (Pool photo by Jonas Feld)",
            ("The minister arrives", "Pool photo by Jonas Feld"),
        ),
        ("The gallery. Photograph: Nina Holt", ("The gallery.", "Nina Holt")),
        ("A caption with no credit.", ("A caption with no credit.", "")),
    ],
)
def test_caption_credits(caption, expected):
    from wire.parsers.conventions import split_credit

    assert split_credit(caption) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("BRUSSELS — The talks", "BRUSSELS"),
        ("ST. IVES, Cornwall (VVNA) — The harbour", "ST. IVES"),
        ("NEW YORK (Vell Agency) -- The markets", "NEW YORK"),
        ("The mayor — who spoke first — said", ""),
    ],
)
def test_datelines(text, place):
    from wire.parsers.conventions import split_dateline

    assert split_dateline(text)[0] == place


def test_first_publication_lines():
    from wire.parsers.conventions import first_published

    assert first_published("Originally published by The Ardmere Courier.") == (
        "The Ardmere Courier",
        "",
    )
    assert first_published(
        "This article first appeared in The Ardmere Courier at https://courier.example/x"
    ) == ("The Ardmere Courier", "https://courier.example/x")


@pytest.mark.parametrize(
    ("format_name", "name", "reason"),
    [
        ("nitf", "hostile-billion-laughs.xml", "declares entities"),
        ("newsml", "hostile-external-entity.xml", "declares entities"),
        ("nitf", "hostile-deep-nesting.xml", "nested more than 64 levels"),
        ("nitf", "hostile-bad-encoding.xml", "not valid UTF-8, the encoding it declares"),
        ("ninjs", "ninjs-deep-nesting.json", "nested more than 64 levels"),
        ("ninjs", "ninjs-bad-encoding.json", "not UTF-8"),
    ],
)
def test_hostile_files_are_refused_with_a_reason(format_name, name, reason):
    with pytest.raises(Rejected) as refused:
        parse(format_name, name)

    assert reason in refused.value.reason


def test_oversized_files_are_refused_before_they_are_read(settings):
    settings.WIRE_MAX_FILE_BYTES = 1000

    with pytest.raises(Rejected, match="Too large: 1,001 bytes"):
        parse_bytes("nitf", b"<nitf>" + b" " * 988 + b"</nitf>")


def parse_bytes(format_name, data):
    return list(PARSERS[format_name].parse(data))


def test_declared_latin_1_is_decoded():
    data = (
        b'<?xml version="1.0" encoding="ISO-8859-1"?><nitf><head><docdata>'
        b'<doc-id id-string="latin"/></docdata></head><body><body.head><hedline>'
        b"<hl1>Caf\xe9 reopens</hl1></hedline></body.head></body></nitf>"
    )

    [story] = parse_bytes("nitf", data)

    assert story.headline == "Café reopens"


def test_html_declared_in_an_unknown_encoding_is_refused():
    with pytest.raises(Rejected, match="encoding we do not know"):
        parse_bytes("html", b'<meta charset="klingon"><h1>Hi</h1>')
