"""What cookie consent costs: page render time with the banner's fragment warm and cold, what
a cache of the consent configuration would save, the bytes the banner adds to every page, and
how long recording a decision takes.

The configuration is one published version's row; its two lines compare building it from the
database with reading it from its cache stamped with the SITE version, the saving that cache
brings to every consent endpoint (see consent/configuration.py).

Run with `make bench-consent` or `.venv/bin/python bench/consent.py [repetitions]`. It builds a
throwaway test database, so it needs nothing running.
"""

import gzip
import os
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.core.cache import cache, caches  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from consent.configuration import get_configuration, load_configuration  # noqa: E402
from tests.factories import (  # noqa: E402
    ArticlePageFactory,
    AuthorIndexPageFactory,
    AuthorPageFactory,
    EmbedFactory,
    SectionFactory,
    build_site,
)

REPETITIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 200
STATIC = Path(__file__).resolve().parent.parent / "static"


def build_article():
    home = build_site()
    section = SectionFactory(parent=home, title="Culture", slug="culture")
    author = AuthorPageFactory(parent=AuthorIndexPageFactory(parent=home), title="Mara Stein")
    embed = EmbedFactory()
    return ArticlePageFactory(
        parent=section,
        authors=[author],
        body=[
            ("paragraph", "<p>The gallery opens on Saturday.</p>"),
            ("embed", {"url": embed.url, "caption": "A walk through the gallery"}),
        ],
    )


def milliseconds(action, repetitions=REPETITIONS):
    timings = []
    for _ in range(repetitions):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), statistics.quantiles(timings, n=20)[18]


def sizes(text):
    data = text.encode()
    return len(data), len(gzip.compress(data, compresslevel=6))


def main():
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    article = build_article()
    reader = Client()
    reader.get(article.url)

    warm = milliseconds(lambda: reader.get(article.url))

    def cold_render():
        # Renewed fragments, as after a publish, and no whole-page copy to answer from.
        caches["template_fragments"].clear()
        cache.clear()
        reader.get(article.url)

    cold = milliseconds(cold_render)

    from_database = milliseconds(load_configuration, REPETITIONS * 5)
    get_configuration()
    from_cache = milliseconds(get_configuration, REPETITIONS * 5)

    page = reader.get(article.url).content.decode()
    banner = re.search(r'<section class="consent-banner".*?</section>', page, re.S).group(0)
    config = re.search(r'<script id="consent-config".*?</script>', page, re.S).group(0)

    chooser = Client()

    def decide():
        chooser.cookies.clear()
        chooser.post("/cookies/decide/", {"choice": "custom", "groups": ["embeds"]})

    decision = milliseconds(decide)
    status = milliseconds(lambda: chooser.get("/cookies/status/"))

    print(f"Cookie consent benchmark ({REPETITIONS} repetitions, median / 95th percentile)")
    print(f"  article, page and fragments warm     : {warm[0]:6.2f} / {warm[1]:6.2f} ms")
    print(f"  article, page and fragments cold     : {cold[0]:6.2f} / {cold[1]:6.2f} ms")
    print(
        f"  configuration from the database      : {from_database[0]:6.3f} / "
        f"{from_database[1]:6.3f} ms"
    )
    print(
        f"  configuration, cached under SITE     : {from_cache[0]:6.3f} / {from_cache[1]:6.3f} ms"
    )
    print(f"  record a decision (POST, one record) : {decision[0]:6.2f} / {decision[1]:6.2f} ms")
    print(f"  status endpoint (CSRF token, state)  : {status[0]:6.2f} / {status[1]:6.2f} ms")
    for label, text in (
        ("banner markup in every page", banner + config),
        ("whole article page", page),
        ("static/js/consent.js", (STATIC / "js" / "consent.js").read_text()),
        ("static/css/consent.css", (STATIC / "css" / "consent.css").read_text()),
    ):
        raw, compressed = sizes(text)
        print(f"  {label:<37}: {raw:6d} bytes, {compressed:5d} gzipped")


if __name__ == "__main__":
    main()
