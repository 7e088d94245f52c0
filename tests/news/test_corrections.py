"""Corrections and updates: on the story, on the corrections page, and kept on the record."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from freshness.changes import renew_page
from home.models import HomePage
from news.models import ArticleCorrection, ArticlePage, CorrectionsPage
from tests.factories import ArticlePageFactory


def story(section, title, published_days_ago=3, **kwargs):
    return ArticlePageFactory(
        parent=section,
        title=title,
        publication_date=timezone.now() - timedelta(days=published_days_ago),
        **kwargs,
    )


def correct(article, text, hours_after=1, kind="correction"):
    """Put a note on the story's record, as the editors' view does, and renew its pages."""
    article = ArticlePage.objects.get(pk=article.pk)
    ArticleCorrection.objects.create(
        page=article,
        kind=kind,
        text=f"<p>{text}</p>",
        date=(article.publication_date or timezone.now()) + timedelta(hours=hours_after),
    )
    renew_page(article)
    return article


def test_published_notes_show_at_the_foot_oldest_first_with_the_update_time(
    client, section, corrections_page
):
    article = story(section, "Ferry fares to rise")
    correct(article, "An earlier version gave the new fare as €3.20. It is €3.40.", hours_after=2)
    article = correct(article, "The council has confirmed the date.", hours_after=30, kind="update")
    html = client.get(article.url).content.decode()

    foot = html[html.index('class="corrections"') :]
    assert foot.index("€3.40") < foot.index("confirmed the date")
    assert "Correction" in foot
    assert "Update" in foot
    latest = (article.publication_date + timedelta(hours=30)).isoformat()
    assert f'Updated <time datetime="{latest}"' in html
    assert f'href="{corrections_page.url}"' in foot


def test_republishing_without_a_note_claims_no_update(client, section, time_machine):
    article = story(section, "Ferry fares to rise", published_days_ago=0)
    time_machine.move_to(timezone.now() + timedelta(hours=5))
    article.standfirst = "Fares rise in April."
    article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert "Updated" not in html
    assert 'class="corrections"' not in html


def test_corrections_page_lists_every_published_note_newest_first(
    client, home, section, corrections_page
):
    correct(story(section, "Ferry fares to rise"), "Oldest note.", hours_after=1)
    correct(story(section, "Bridge to close", published_days_ago=2), "Newest note.")
    correct(story(section, "Unpublished story", publish=False), "Hidden note.")
    private = story(section, "Members-only story")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    correct(private, "Private note.")

    response = client.get(corrections_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Newest note.") < html.index("Oldest note.")
    assert "Bridge to close" in html
    assert "Hidden note." not in html
    assert "Private note." not in html


def test_corrections_page_paginates_and_shrugs_off_odd_page_numbers(
    client, section, corrections_page
):
    article = story(section, "Ferry fares to rise", published_days_ago=40)
    for number in range(31):
        article = correct(article, f"Note {number}.", hours_after=number + 1)
    first = client.get(corrections_page.url).content.decode()
    assert "Note 30." in first
    assert "Note 0." not in first
    assert "Page 1 of 2" in first
    for page in ["2", "999", "abc", "-1", "%00"]:
        response = client.get(f"{corrections_page.url}?page={page}")
        assert response.status_code == 200
    assert "Note 0." in client.get(f"{corrections_page.url}?page=2").content.decode()


def test_corrections_page_queries_do_not_grow_with_the_notes(client, section, corrections_page):
    correct(story(section, "Story 0"), "Note.")
    client.get(corrections_page.url)
    with CaptureQueriesContext(connection) as few:
        client.get(corrections_page.url)
    for number in range(1, 8):
        correct(story(section, f"Story {number}"), "Note.")
    client.get(corrections_page.url)  # publishing starts a new sitewide cache version
    with CaptureQueriesContext(connection) as many:
        client.get(corrections_page.url)
    assert len(many) == len(few)


def test_there_is_one_corrections_page_under_the_front_page(home, corrections_page):
    assert CorrectionsPage.allowed_parent_page_models() == [HomePage]
    assert not CorrectionsPage.can_create_at(home)
