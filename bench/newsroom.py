"""Build a synthetic newsroom of any size for benchmarks: sections, authors, images and
articles with realistic lengths, through the page models (no revisions, for speed)."""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from authors.models import AuthorIndexPage, AuthorPage
from demo.images import image_file
from home.models import HomePage
from news.models import ArticlePage, ArticlePageAuthor, CategoryIndexPage

SECTIONS = ["World", "Politics", "Europe", "Business", "Culture", "Opinion"]
AUTHOR_COUNT = 24
IMAGE_COUNT = 40
VOCABULARY = [
    "harbour",
    "council",
    "budget",
    "ferry",
    "museum",
    "tariff",
    "election",
    "river",
    "embankment",
    "strike",
    "court",
    "minister",
    "treaty",
    "orchestra",
    "library",
    "fishery",
    "levy",
    "housing",
    "tram",
    "festival",
    "shipyard",
    "climate",
    "archive",
    "vote",
    "inquiry",
    "port",
    "trade",
    "summit",
    "novel",
    "gallery",
    "rail",
    "storm",
    "bridge",
    "market",
    "school",
    "hospital",
    "energy",
    "wind",
    "solar",
    "tide",
    "pension",
    "union",
    "mayor",
    "committee",
    "report",
    "audit",
    "theatre",
]
FILLER = [
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "for",
    "on",
    "with",
    "at",
    "by",
    "from",
    "that",
    "which",
    "as",
    "after",
    "before",
]


def sentence(rng, words):
    picked = [rng.choice(VOCABULARY if rng.random() < 0.45 else FILLER) for _ in range(words)]
    return " ".join(picked).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng, rng.randint(12, 24)) for _ in range(rng.randint(3, 5)))


@transaction.atomic
def build(article_count, seed=7):
    """Replace the site with `article_count` articles spread over sections and authors."""
    rng = random.Random(seed)
    root = Page.get_first_root_node()
    root.get_children().delete()
    home = root.add_child(instance=HomePage(title="Lord's Press", slug="home"))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    sections = [
        home.add_child(
            instance=CategoryIndexPage(title=name, slug=name.lower(), show_in_menus=True)
        )
        for name in SECTIONS
    ]
    index = home.add_child(instance=AuthorIndexPage(title="Our journalists", slug="authors"))
    authors = [
        index.add_child(instance=AuthorPage(title=f"Reporter {n}", slug=f"reporter-{n}"))
        for n in range(AUTHOR_COUNT)
    ]
    image_model = get_image_model()
    image_model.objects.all().delete()
    images = [
        image_model.objects.create(
            title=f"Bench picture {n}",
            credit="Bench/Lord's Press",
            file=image_file(f"bench {n}", f"bench-{n}.jpg"),
        )
        for n in range(IMAGE_COUNT)
    ]
    now = timezone.now()
    for n in range(article_count):
        body = [("paragraph", f"<p>{paragraph(rng)}</p>") for _ in range(rng.randint(6, 14))]
        body.insert(3, ("pull_quote", {"quote": sentence(rng, 14), "attribution": "A source"}))
        body.insert(5, ("image", {"image": rng.choice(images), "caption": sentence(rng, 8)}))
        published = now - timedelta(minutes=n * 37)
        article = ArticlePage(
            title=sentence(rng, rng.randint(7, 12)).rstrip("."),
            slug=f"story-{n}",
            standfirst=sentence(rng, 30),
            hero_image=rng.choice(images),
            publication_date=published,
            first_published_at=published,
            last_published_at=published,
            body=body,
        )
        for order, author in enumerate(rng.sample(authors, rng.choice([1, 1, 1, 2, 3]))):
            article.author_links.add(ArticlePageAuthor(author=author, sort_order=order))
        sections[n % len(sections)].add_child(instance=article)
    return home
