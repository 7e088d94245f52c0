"""The dashboard shows each person what is on their desk."""

from datetime import timedelta

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from editorial.dashboard import AwaitingMyReviewPanel, MyDraftsPanel, ScheduledSoonPanel
from tests.editorial.newsroom import submit
from tests.factories import ArticlePageFactory


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def panel_html(panel, user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return panel.render_html({"request": request})


def story(newsroom, title, **kwargs):
    kwargs.setdefault("owner", newsroom.staff["writer"])
    return ArticlePageFactory(
        parent=newsroom.section, title=title, authors=[newsroom.author], publish=False, **kwargs
    )


def test_awaiting_my_review_shows_each_reviewer_their_own_step(newsroom, client):
    writer, editor = newsroom.staff["writer"], newsroom.staff["editor"]
    submit(story(newsroom, "Harbour board minutes leaked"), writer)
    flagged = story(newsroom, "Contracts went to chairman's relative", needs_legal_review=True)
    submit(flagged, writer).current_task_state.approve(user=editor)

    editor_view = panel_html(AwaitingMyReviewPanel(), editor)
    assert "Harbour board minutes leaked" in editor_view
    assert "relative" not in editor_view
    legal_view = panel_html(AwaitingMyReviewPanel(), newsroom.staff["legal"])
    assert "Contracts went to chairman" in legal_view
    assert "Harbour board minutes leaked" not in legal_view
    assert "Nothing is waiting for your review" in panel_html(AwaitingMyReviewPanel(), writer)

    html = dashboard(client, editor)
    assert "Awaiting my review" in html
    # Wagtail's own "Awaiting your review" panel would list the same stories twice.
    assert "Awaiting your review" not in html


def test_my_drafts_lists_unsent_work_and_what_came_back(newsroom, client):
    writer = newsroom.staff["writer"]
    submit(story(newsroom, "With the editor now"), writer)
    returned = story(newsroom, "Sent back for a second source")
    submit(returned, writer).current_task_state.reject(user=newsroom.staff["editor"])

    html = panel_html(MyDraftsPanel(), writer)
    assert newsroom.draft_story.title in html
    assert "Sent back for a second source" in html
    assert "Changes requested" in html
    assert "With the editor now" not in html
    assert newsroom.live_story.title not in html
    assert "You have no unpublished drafts" in panel_html(MyDraftsPanel(), newsroom.staff["legal"])
    assert "My drafts" in dashboard(client, writer)


def test_scheduled_soon_shows_the_week_ahead_of_pages_you_can_edit(newsroom, client):
    writer, editor = newsroom.staff["writer"], newsroom.staff["editor"]
    soon = story(newsroom, "Out on Thursday", go_live_at=timezone.now() + timedelta(days=3))
    soon.save_revision().publish()
    later = story(newsroom, "Out next month", go_live_at=timezone.now() + timedelta(days=30))
    later.save_revision().publish()
    colleague = story(
        newsroom,
        "A colleague's piece",
        owner=editor,
        go_live_at=timezone.now() + timedelta(days=2),
    )
    colleague.save_revision().publish()

    editor_view = panel_html(ScheduledSoonPanel(), editor)
    assert "Out on Thursday" in editor_view
    assert "A colleague&#x27;s piece" in editor_view
    assert "Out next month" not in editor_view
    writer_view = panel_html(ScheduledSoonPanel(), writer)
    assert "Out on Thursday" in writer_view
    assert "colleague" not in writer_view
    assert "Scheduled in the next 7 days" in dashboard(client, editor)


def test_panels_do_not_query_more_for_more_stories(newsroom):
    writer, editor = newsroom.staff["writer"], newsroom.staff["editor"]

    def add_stories(count):
        for number in range(count):
            submit(story(newsroom, f"In review {number}"), writer)
            story(newsroom, f"Draft {number}")
            scheduled = story(
                newsroom, f"Scheduled {number}", go_live_at=timezone.now() + timedelta(days=1)
            )
            scheduled.save_revision().publish()

    def queries(panel, user):
        with CaptureQueriesContext(connection) as captured:
            panel_html(panel, user)
        return len(captured)

    panels = [
        (AwaitingMyReviewPanel(), editor),
        (MyDraftsPanel(), writer),
        (ScheduledSoonPanel(), editor),
    ]
    add_stories(1)
    for panel, user in panels:  # content types and the like are cached after a first look
        panel_html(panel, user)
    few = [queries(panel, user) for panel, user in panels]
    add_stories(4)
    many = [queries(panel, user) for panel, user in panels]
    assert many == few
