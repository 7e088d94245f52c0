"""What the wire desk costs: parsing and storing 1,000 mixed items in the queue (every
format, each delivered as its own file), then making draft articles from 100 of them.

Targets (issue 17): at most 20 ms an item, memory flat across the batch; at most 100 ms a
draft. Photos are not fetched (the source does not allow them), so no time goes on the
network. Run with `make bench-wire` or `.venv/bin/python bench/wire.py [items] [drafts]`;
it builds a throwaway test database, so it needs nothing running. The figures also go to
bench/results/wire.json.
"""

import gc
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import override_settings, setup_test_environment  # noqa: E402

from tests.factories import (  # noqa: E402
    AuthorIndexPageFactory,
    AuthorPageFactory,
    SectionFactory,
    UserFactory,
    build_site,
)
from wire import drafts, ingest  # noqa: E402
from wire.models import WireItem, WireSource  # noqa: E402

ITEMS = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
DRAFTS = int(sys.argv[2]) if len(sys.argv) > 2 else 100
RESULTS = Path(__file__).resolve().parent / "results" / "wire.json"
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")

WORDS = [
    "harbour",
    "council",
    "ferry",
    "pilots",
    "river",
    "bridge",
    "market",
    "school",
    "budget",
    "vote",
    "quay",
    "tide",
    "storm",
    "museum",
    "library",
    "county",
    "fares",
    "rota",
    "union",
    "board",
    "plan",
    "wall",
    "engineers",
    "yard",
    "gallery",
]


def paragraph(number, length=45):
    words = [WORDS[(number * 7 + index * 3) % len(WORDS)] for index in range(length)]
    return " ".join(words).capitalize() + "."


def body_html(number):
    parts = [f"<p>ARDMERE (VVNA) — {paragraph(number)}</p>"]
    for index in range(1, 9):
        parts.append(f"<p>{paragraph(number + index)} <b>{WORDS[index]}</b> "
                     f'<a href="https://vvna.example/{number}/{index}">more</a>.</p>')  # fmt: skip
        if index == 3:
            parts.append(f"<h2>{WORDS[number % len(WORDS)].title()} and after</h2>")
        if index == 5:
            parts.append(f"<blockquote><p>{paragraph(number, 20)}</p>"
                         "<footer>Mara Lind, union secretary</footer></blockquote>")  # fmt: skip
        if index == 6:
            parts.append("<ul><li>Eleven ships delayed</li><li>Two ferries cancelled</li></ul>")
    parts.append("<p>Tomas Berg and Ana Ruiz contributed to this report.</p>")
    return "".join(parts)


def ninjs1(number):
    return "ninjs", json.dumps({
        "uri": f"urn:bench:{number}", "version": "1", "headline": f"Story {number} for the desk",
        "description_text": paragraph(number, 20), "byline": "Esther Ward", "urgency": 4,
        "keywords": ["harbour", "bench"], "body_html": body_html(number),
    }).encode()  # fmt: skip


def ninjs2(number):
    return "ninjs", json.dumps({
        "uri": f"urn:bench:{number}", "version": "1",
        "headlines": [{"role": "main", "value": f"Story {number} for the desk"}],
        "descriptions": [{"role": "summary", "value": paragraph(number, 20)}],
        "by": "Esther Ward", "bodies": [{"contenttype": "text/html", "value": body_html(number)}],
    }).encode()  # fmt: skip


def nitf(number):
    body = body_html(number).replace("<h2>", "<hl2>").replace("</h2>", "</hl2>")
    body = body.replace("<blockquote>", "<bq><block>").replace("<footer>", "</block><credit>")
    body = body.replace("</footer></blockquote>", "</credit></bq>").replace("b>", "em>")
    body = body.replace("<a ", '<a rel="x" ').replace("—", "-")
    return "nitf", (
        f'<?xml version="1.0" encoding="UTF-8"?><nitf><head><docdata>'
        f'<doc-id id-string="bench-{number}"/><du-key version="1"/></docdata></head><body>'
        f"<body.head><hedline><hl1>Story {number} for the desk</hl1></hedline>"
        f"<byline>By <person>Esther Ward</person></byline></body.head>"
        f"<body.content>{body}</body.content></body></nitf>"
    ).encode()


def newsml(number):
    return "newsml", (
        f'<?xml version="1.0" encoding="UTF-8"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"'
        f' guid="urn:bench:{number}" version="1"><itemMeta><itemClass qcode="ninat:text"/>'
        f'<pubStatus qcode="stat:usable"/></itemMeta><contentMeta><headline>Story {number} for '
        f"the desk</headline><creator><name>Esther Ward</name></creator></contentMeta>"
        f'<contentSet><inlineXML contenttype="application/xhtml+xml"><html '
        f'xmlns="http://www.w3.org/1999/xhtml"><body>{body_html(number).replace("—", "-")}'
        f"</body></html></inlineXML></contentSet></newsItem>"
    ).encode()


def feed(number):
    return "feed", (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Courier</title>'
        f"<item><title>Story {number} for the desk</title><guid>urn:bench:{number}</guid>"
        f"<link>https://courier.example/{number}</link><description>{paragraph(number, 20)}"
        f"</description><content:encoded><![CDATA[{body_html(number)}]]></content:encoded>"
        f"</item></channel></rss>"
    ).encode()


def pasted_html(number):
    return "html", (
        f"<html><body><nav><a href='/'>Home</a></nav><div class='ad'>Advert</div><article>"
        f"<h1>Story {number} for the desk</h1><p class='byline'>By Esther Ward</p>"
        f"{body_html(number)}<div class='share'>Share</div></article><script>x()</script>"
        f"</body></html>"
    ).encode()


def pasted_text(number):
    paragraphs = [
        f"Story {number} for the desk",
        "By Esther Ward",
        f"ARDMERE — {paragraph(number)}",
    ]
    paragraphs += [paragraph(number + index) for index in range(1, 9)]
    paragraphs.insert(5, "Ships wait offshore")
    paragraphs.append("Tomas Berg contributed to this report.")
    return "text", "\n\n".join(paragraphs).encode()


FORMATS = [ninjs1, ninjs2, nitf, newsml, feed, pasted_html, pasted_text]


def resident_mb():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE_BYTES / 1024 / 1024


def summary(timings):
    return {
        "mean_ms": round(statistics.fmean(timings), 2),
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(statistics.quantiles(timings, n=20)[18], 2),
        "max_ms": round(max(timings), 2),
    }


# As in production: Wagtail's search and reference index updates are queued for the task
# worker rather than run while the editor waits (the test settings run them at once).
QUEUED_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def main():
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)
    home = build_site()
    section = SectionFactory(parent=home, title="Politics", slug="politics")
    AuthorPageFactory(parent=AuthorIndexPageFactory(parent=home), title="Esther Ward")
    editor = UserFactory(username="bench-editor", groups=["Editors"])
    source = WireSource.objects.create(
        name="Bench agency", slug="bench", default_section=section, photos_allowed=False
    )
    load_before = os.getloadavg()
    with override_settings(TASKS=QUEUED_TASKS):
        results = measure(source, section, editor)
    results["load_average_before"] = [round(load, 2) for load in load_before]
    results["load_average_after"] = [round(load, 2) for load in os.getloadavg()]
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))
    connection.creation.destroy_test_db(":memory:", verbosity=0)


def measure(source, section, editor):

    timings, memory = [], []
    gc.collect()
    for number in range(ITEMS):
        format_name, data = FORMATS[number % len(FORMATS)](number)
        start = time.perf_counter()
        report = ingest.receive(source, data, f"item-{number}", format_name=format_name)
        timings.append((time.perf_counter() - start) * 1000)
        if report.rejected:
            raise SystemExit(f"item {number} ({format_name}) rejected: {report.rejected[0].reason}")
        if (number + 1) % (ITEMS // 10) == 0:
            memory.append(round(resident_mb(), 1))
    stored = WireItem.objects.count()

    draft_timings = []
    for item in WireItem.objects.order_by("pk")[:DRAFTS]:
        start = time.perf_counter()
        drafts.create_draft(item.pk, editor, section)
        draft_timings.append((time.perf_counter() - start) * 1000)

    return {
        "items": stored,
        "item": summary(timings),
        "resident_memory_mb_every_tenth": memory,
        "drafts": len(draft_timings),
        "draft": summary(draft_timings),
        "database": connection.vendor,
    }


if __name__ == "__main__":
    main()
