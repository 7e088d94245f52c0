"""Search latency at archive scale: p50/p95 of 50 fixed queries through the search view.

    python bench/search.py --articles 10000 --database sqlite
    python bench/search.py --articles 50000 --database postgres

Builds N synthetic articles of realistic length (headline, standfirst, 600-1,200 words of
body, a byline, tags; a tenth of them subscribers-only) in a bench-only database (a SQLite
file under /tmp, or the PostgreSQL database lp_search_bench_N), indexes them with
`manage.py rebuild_search_index`, then requests each query through the view several
times, as an anonymous reader and as a subscriber. An archive already built for the same
N is reused. Pages are written in bulk rather than published one revision at a time,
which would take hours at 50,000; the search index is the real one.
"""

import argparse
import itertools
import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SQLITE_DIR = Path("/tmp/lp_search_bench")  # noqa: S108 - a scratch database, nothing secret
POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432"
POSTGRES_DATABASE = "lp_search_bench_{articles}"
SEED = 20260501
ROUNDS = 3

# Words a local paper uses all the time: the common terms.
NEWS_WORDS = [
    "council",
    "harbour",
    "election",
    "minister",
    "school",
    "hospital",
    "police",
    "court",
    "budget",
    "housing",
    "transport",
    "railway",
    "museum",
    "festival",
    "river",
    "bridge",
    "market",
    "farmers",
    "teachers",
    "nurses",
    "strike",
    "report",
    "inquiry",
    "parliament",
    "mayor",
    "station",
    "library",
    "theatre",
    "football",
    "weather",
    "flood",
    "energy",
    "prices",
    "wages",
    "rent",
    "tenants",
    "landlords",
    "planning",
    "vote",
    "campaign",
    "party",
    "government",
    "opposition",
    "committee",
    "hearing",
    "evidence",
    "witness",
    "judge",
    "verdict",
    "appeal",
    "contract",
    "funding",
    "grant",
    "charity",
    "volunteers",
    "residents",
    "neighbours",
    "village",
    "town",
    "city",
    "county",
    "coast",
    "island",
    "ferry",
    "airport",
    "road",
    "cyclists",
    "drivers",
    "buses",
    "trains",
    "tickets",
    "fares",
    "water",
    "sewage",
    "pollution",
    "climate",
    "storm",
    "winter",
    "summer",
    "spring",
    "autumn",
    "harvest",
    "fishing",
]
FILLER = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "that",
    "for",
    "on",
    "with",
    "as",
    "was",
    "at",
    "by",
    "from",
    "it",
    "its",
    "this",
    "which",
    "were",
    "has",
    "have",
    "had",
    "been",
    "said",
    "would",
    "will",
    "their",
    "they",
    "but",
    "not",
    "more",
    "after",
    "before",
    "over",
    "about",
    "into",
]
SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "da",
    "de",
    "di",
    "do",
    "du",
    "ka",
    "ke",
    "ki",
    "ko",
    "ku",
    "la",
    "le",
    "li",
    "lo",
    "lu",
    "ma",
    "me",
    "mi",
    "mo",
    "mu",
    "na",
    "ne",
    "ni",
    "no",
    "nu",
    "ra",
    "re",
    "ri",
    "ro",
    "ru",
    "sa",
    "se",
    "si",
    "so",
    "su",
    "ta",
    "te",
    "ti",
    "to",
    "tu",
    "va",
    "ve",
    "vi",
    "vo",
    "vu",
    "za",
    "ze",
    "zi",
    "zo",
    "zu",
    "bran",
    "cor",
    "dal",
    "fen",
    "gar",
    "hol",
    "mar",
    "nor",
    "pel",
    "quin",
    "ros",
    "sten",
    "tal",
    "ulm",
    "vor",
    "wen",
    "yar",
    "zel",
]
SECTIONS = ["Politics", "Business", "Culture", "Science", "Sport", "Opinion"]


def vocabulary(rng):
    """News words first, then invented words: ranks past ~2,000 are rare in the archive."""
    invented = set()
    while len(invented) < 6000:
        invented.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return NEWS_WORDS + sorted(invented)


class TextMaker:
    def __init__(self, rng):
        self.rng = rng
        self.words = vocabulary(rng)
        # Zipf-like: the k-th word is about 1/k as frequent as the first.
        self.cumulative_weights = list(
            itertools.accumulate(1 / (rank + 1) for rank in range(len(self.words)))
        )

    def sentence(self, length):
        content = self.rng.choices(self.words, cum_weights=self.cumulative_weights, k=length)
        words = [self.rng.choice(FILLER) if self.rng.random() < 0.4 else word for word in content]
        return " ".join(words).capitalize() + "."

    def paragraph(self):
        return " ".join(self.sentence(self.rng.randint(8, 20)) for _ in range(4))


def queries(words):
    """Fifty fixed queries: common words, rare words and multi-word phrases."""
    rng = random.Random(SEED + 1)
    common = words[:20]
    rare = rng.sample(words[2500:6000], 15)
    multi = [
        " ".join(rng.sample(words[:40], 2)) if index % 3 else " ".join(rng.sample(words[:300], 3))
        for index in range(15)
    ]
    return common + rare + multi


def configure(database, articles):
    if database == "sqlite":
        SQLITE_DIR.mkdir(exist_ok=True)
        url = f"sqlite:///{SQLITE_DIR / f'articles-{articles}.sqlite3'}"
    else:
        url = f"{POSTGRES_SERVER}/{POSTGRES_DATABASE.format(articles=articles)}"
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()


def recreate_postgres_database(articles):
    import psycopg

    name = POSTGRES_DATABASE.format(articles=articles)
    with psycopg.connect(f"{POSTGRES_SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name}")
        connection.execute(f"CREATE DATABASE {name}")


def build_archive(count):
    """The site, sections, authors and `count` articles, then Wagtail's index of them."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone
    from taggit.models import Tag
    from wagtail.models import Locale, Page, Site

    from authors.models import AuthorIndexPage, AuthorPage
    from home.models import HomePage
    from news.models import ArticlePage, ArticlePageAuthor, ArticlePageTag, CategoryIndexPage

    rng = random.Random(SEED)
    text = TextMaker(rng)
    root = Page.get_first_root_node()
    root.get_children().delete()
    home = root.add_child(instance=HomePage(title="Lord's Press", slug="home"))
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    sections = [
        home.add_child(instance=CategoryIndexPage(title=name, slug=name.lower()))
        for name in SECTIONS
    ]
    staff = home.add_child(instance=AuthorIndexPage(title="Our journalists", slug="authors"))
    authors = [
        staff.add_child(
            instance=AuthorPage(title=f"{first} {last}", slug=f"{first}-{last}".lower())
        )
        for first, last in zip(
            ["Esther", "Tomas", "Ines", "Kwame", "Mara", "Oskar", "Priya", "Lena"],
            ["Ward", "Berg", "Costa", "Mensah", "Stein", "Lund", "Rao", "Novak"],
            strict=True,
        )
    ]
    tags = [Tag.objects.create(name=word, slug=word) for word in NEWS_WORDS[:30]]
    article_type = ContentType.objects.get_for_model(ArticlePage)
    locale = Locale.get_default()
    now = timezone.now()

    started = time.perf_counter()
    with transaction.atomic():
        for section_index, section in enumerate(sections):
            share = range(section_index, count, len(sections))
            articles = []
            for position, number in enumerate(share, start=1):
                title = text.sentence(rng.randint(6, 12)).rstrip(".")
                slug = f"story-{number}"
                published = now - timedelta(minutes=37 * number)
                articles.append(
                    ArticlePage(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        path=child_path(section, position),
                        depth=section.depth + 1,
                        url_path=f"{section.url_path}{slug}/",
                        content_type=article_type,
                        locale=locale,
                        live=True,
                        first_published_at=published,
                        last_published_at=published,
                        publication_date=published,
                        standfirst=text.sentence(rng.randint(20, 35))[:300],
                        subscribers_only=number % 10 == 0,
                        body=[
                            ("paragraph", f"<p>{text.paragraph()}</p>")
                            for _ in range(rng.randint(8, 14))
                        ],
                    )
                )
            page_fields = [field.attname for field in Page._meta.concrete_fields]
            pages = Page.objects.bulk_create(
                [
                    Page(**{name: getattr(article, name) for name in page_fields})
                    for article in articles
                ],
                batch_size=1000,
            )
            for article, page in zip(articles, pages, strict=True):
                article.page_ptr_id = article.id = page.pk
                # raw=True writes only the article's own table: its page row exists already.
                article.save_base(raw=True, force_insert=True)
            ArticlePageAuthor.objects.bulk_create(
                ArticlePageAuthor(page_id=page.pk, author=rng.choice(authors), sort_order=0)
                for page in pages
            )
            ArticlePageTag.objects.bulk_create(
                ArticlePageTag(content_object_id=page.pk, tag=tag)
                for page in pages
                for tag in rng.sample(tags, 2)
            )
            Page.objects.filter(pk=section.pk).update(numchild=len(pages))
    print(f"wrote {count} articles in {time.perf_counter() - started:.0f} s")

    started = time.perf_counter()
    call_command("rebuild_search_index", verbosity=0)
    print(f"indexed them with rebuild_search_index in {time.perf_counter() - started:.0f} s")
    # Fresh planner statistics, as autovacuum (PostgreSQL) or a nightly job would keep them.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def child_path(parent, position):
    """The tree path of a parent's `position`-th child, as treebeard's materialised path
    spells it: the parent's path and the position in base 36, `steplen` digits wide."""
    digits = ""
    while position:
        position, digit = divmod(position, len(parent.alphabet))
        digits = parent.alphabet[digit] + digits
    return parent.path + digits.rjust(parent.steplen, parent.alphabet[0])


def archive_size():
    """How many articles reader search holds, or None for a database built otherwise."""
    from django.db.utils import DatabaseError

    from search.models import SearchEntry

    try:
        return SearchEntry.objects.count()
    except DatabaseError:
        return None


def readers():
    """Who searches: an anonymous reader, who searches what anyone may read, and a
    subscriber (a reader holding the permission, not staff), who searches the whole text.
    Each request gets the user afresh, so the subscriber's permissions are read each time,
    as they are for a signed-in reader."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import AnonymousUser, Permission

    subscriber, created = get_user_model().objects.get_or_create(username="bench-subscriber")
    if created:
        subscriber.user_permissions.add(Permission.objects.get(codename="read_subscriber_only"))
    return {
        "anonymous": AnonymousUser,
        "subscriber": lambda: get_user_model().objects.get(pk=subscriber.pk),
    }


def measure(search_queries, rounds, reader):
    """Per-request latency (the view and its rendering: what the reader waits for) and the
    part of it spent waiting for the database."""
    from django.db import connection
    from django.test import RequestFactory
    from django.test.utils import CaptureQueriesContext

    from search.views import search

    factory = RequestFactory()
    timings, database_timings = [], []
    for round_number in range(rounds + 1):
        for query in search_queries:
            request = factory.get("/search/", {"q": query})
            request.user = reader()
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = search(request)
                response.render()
                elapsed = time.perf_counter() - started
            if response.status_code != 200:
                raise RuntimeError(f"{query!r} answered {response.status_code}")
            # The popular-searches count happens here, after the reader has the page.
            response.close()
            if round_number:  # the first round only warms caches
                timings.append(elapsed * 1000)
                database_timings.append(sum(float(query["time"]) for query in queries) * 1000)
    return timings, database_timings


def percentiles(timings):
    cuts = statistics.quantiles(timings, n=100)
    return f"p50 {cuts[49]:.1f} ms, p95 {cuts[94]:.1f} ms, max {max(timings):.1f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    options = parser.parse_args()

    configure(options.database, options.articles)
    from django.core.management import call_command
    from django.db import connection

    if archive_size() != options.articles:
        if options.database == "postgres":
            connection.close()
            recreate_postgres_database(options.articles)
        elif connection.settings_dict["NAME"]:
            connection.close()
            Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)
        call_command("migrate", verbosity=0)
        build_archive(options.articles)

    search_queries = queries(TextMaker(random.Random(SEED)).words)
    for name, reader in readers().items():
        timings, database_timings = measure(search_queries, options.rounds, reader)
        print(
            f"{options.database}, {options.articles} articles, {name}, "
            f"{len(search_queries)} queries x {options.rounds} rounds "
            f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)"
        )
        print(f"  search view, rendered: {percentiles(timings)}")
        print(f"  of which database:     {percentiles(database_timings)}")


if __name__ == "__main__":
    main()
