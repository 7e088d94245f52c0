"""When a source kills or withdraws an item the newsroom has used."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.log_actions import log
from wagtail.models import Revision

from news.models import ArticleCorrection
from wire.drafts import log_data


def withdrawal_text(item):
    source = escape(item.source.attribution_name or item.source.name)
    return (
        f"<p>This article has been withdrawn. It was based on a report by {source}, which "
        f"{source} has since withdrawn.</p>"
    )


def withdraw(item):
    """Alert the editors who used the item and, if WIRE_KILL_TAKES_DOWN, take its article
    down: unpublished, unscheduled, out of the workflow, with a public note (its address
    then answers 410 Gone). Every step goes in the article's history."""
    from wire.tasks import alert_editors_of_kill

    page = item.article.specific
    taken_down = settings.WIRE_KILL_TAKES_DOWN
    with transaction.atomic():
        if taken_down:
            Revision.page_revisions.filter(
                object_id=str(page.pk), approved_go_live_at__isnull=False
            ).update(approved_go_live_at=None)
            workflow_state = page.current_workflow_state
            if workflow_state is not None:
                workflow_state.cancel()
            if page.live:
                page.unpublish(log_action=True)
            if page.first_published_at:
                ArticleCorrection.objects.create(
                    page=page,
                    date=timezone.now(),
                    kind=ArticleCorrection.Kind.WITHDRAWAL,
                    text=withdrawal_text(item),
                )
        log(
            instance=page,
            action="wire.kill",
            data=log_data(item, note=item.kill_note, taken_down=taken_down),
        )
        transaction.on_commit(lambda: alert_editors_of_kill.enqueue(item.pk))
