"""Publishing is all or nothing, and its side effects wait for the commit."""

import logging
from datetime import UTC, datetime

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import PageLogEntry, Revision
from wagtail.signals import page_published

from core.publishing import after_commit
from news.models import ArticlePage
from tests.factories import ArticlePageFactory
from tests.failing_receivers import CachePurgeFailed, purge_cache


def test_receiver_runs_only_after_the_commit(section, django_capture_on_commit_callbacks):
    story = ArticlePageFactory(parent=section, publish=False)
    published = []
    receiver = after_commit(lambda sender, instance, **kwargs: published.append(instance.pk))
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            receiver(sender=ArticlePage, instance=story)
        assert published == []
    assert published == [story.pk]


def test_failing_side_effect_is_logged_and_the_publish_stands(
    section, receivers, caplog, django_capture_on_commit_callbacks
):
    receivers(after_commit(purge_cache))
    story = ArticlePageFactory(parent=section, publish=False)
    with (
        caplog.at_level(logging.ERROR, logger="core.publishing"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        story.save_revision().publish()
    story.refresh_from_db()
    assert story.live
    assert PageLogEntry.objects.filter(page=story, action="wagtail.publish").exists()
    assert "purge_cache" in caplog.text
    assert "could not purge" in caplog.text


def test_failing_receiver_rolls_the_whole_publish_back(section, receivers):
    receivers(purge_cache)
    story = ArticlePageFactory(parent=section, publish=False)
    revision = story.save_revision()
    with pytest.raises(CachePurgeFailed):
        revision.publish()
    story.refresh_from_db()
    assert not story.live
    assert story.live_revision is None
    assert not PageLogEntry.objects.filter(page=story, action="wagtail.publish").exists()
    assert Revision.objects.filter(pk=revision.pk).exists()


def test_failed_scheduled_publish_is_retried_on_the_next_run(section, receivers, time_machine):
    time_machine.move_to(datetime(2031, 3, 2, 6, tzinfo=UTC), tick=False)
    story = ArticlePageFactory(parent=section, publish=False)
    story.go_live_at = datetime(2031, 3, 2, 7, tzinfo=UTC)
    revision = story.save_revision()
    revision.publish()
    receivers(purge_cache)
    time_machine.move_to(datetime(2031, 3, 2, 7, 1, tzinfo=UTC), tick=False)
    with pytest.raises(CachePurgeFailed):
        call_command("publish_scheduled")
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None
    assert not ArticlePage.objects.get(pk=story.pk).live

    page_published.disconnect(purge_cache)
    call_command("publish_scheduled")
    assert ArticlePage.objects.get(pk=story.pk).live
