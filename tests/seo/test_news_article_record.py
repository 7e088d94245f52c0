"""What NewsArticle data and feeds put on the record: corrections, never locked text."""

import json
import re

import pytest

from tests.factories import ArticlePageFactory

SECRET = "The harbour board's sealed minutes name the buyer"


@pytest.fixture
def locked_story(section, author):
    body = [("paragraph", f"<p>Opening paragraph {n} of the report.</p>") for n in range(3)]
    body.append(("paragraph", f"<p>{SECRET}.</p>"))
    return ArticlePageFactory(
        parent=section,
        title="Inside the harbour sale",
        authors=[author],
        subscribers_only=True,
        body=body,
    )


def test_full_content_feeds_carry_only_the_opening(client, settings, section, locked_story):
    settings.FEEDS_FULL_CONTENT = True
    for url in ("/feeds/rss/", f"/feeds/sections/{section.slug}/atom/"):
        content = client.get(url).content.decode()
        assert "Opening paragraph 0 of the report." in content, url
        assert SECRET not in content, url


def test_json_ld_marks_the_story_as_not_free(client, locked_story):
    html = client.get(locked_story.url).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    articles = [
        item
        for data in map(json.loads, blocks)
        for item in (data if isinstance(data, list) else [data])
        if item.get("@type") == "NewsArticle"
    ]
    assert articles
    assert articles[0]["isAccessibleForFree"] is False
    assert articles[0]["hasPart"]["cssSelector"] == ".subscriber-only"
    assert SECRET not in json.dumps(articles)


def test_json_ld_lists_the_corrections(client, section, author):
    story = ArticlePageFactory(parent=section, title="Ferry timetable", authors=[author])
    story.corrections.create(kind="correction", text="<p>The ferry leaves at 7.10, not 7.40.</p>")
    story.save_revision().publish()
    html = client.get(story.url).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    article = next(
        item
        for data in map(json.loads, blocks)
        for item in (data if isinstance(data, list) else [data])
        if item.get("@type") == "NewsArticle"
    )
    assert article["correction"][0]["@type"] == "CorrectionComment"
    assert article["correction"][0]["text"] == "The ferry leaves at 7.10, not 7.40."
