"""What the newsroom has in hand: drafts, stories awaiting review and scheduled changes.

Each function fetches its pages, their parents and their revisions in a fixed number of
queries, however many items it returns.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.text import capfirst
from wagtail.models import Page, Revision, TaskState, WorkflowState, get_default_page_content_type

DRAFTS_SHOWN = 10


def attach_parents(pages):
    """Give each page its parent (`parent`), with one query for the whole list."""
    pages = list(pages)
    parent_paths = {page.path[: -page.steplen] for page in pages}
    parents = {parent.path: parent for parent in Page.objects.filter(path__in=parent_paths)}
    for page in pages:
        page.parent = parents.get(page.path[: -page.steplen])
    return pages


def workflow_states_of_page(**filters):
    """Workflow states of the page in the outer query (Wagtail stores their ids as text)."""
    return WorkflowState.objects.filter(
        base_content_type=get_default_page_content_type(),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
        **filters,
    )


@dataclass(frozen=True)
class Draft:
    """A page with changes its author has not yet sent on."""

    page: Page

    @property
    def status(self):
        if self.page.changes_requested:
            return "Changes requested"
        return "Live, with unpublished changes" if self.page.live else "Draft"


def drafts_of(user, limit=DRAFTS_SHOWN):
    """Pages the user owns or last saved with unpublished changes that are neither with a
    reviewer nor scheduled, most recently saved first."""
    scheduled = Revision.page_revisions.filter(
        approved_go_live_at__isnull=False,
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )
    pages = (
        Page.objects.filter(Q(owner=user) | Q(latest_revision__user=user))
        .filter(has_unpublished_changes=True)
        .exclude(Exists(workflow_states_of_page(status=WorkflowState.STATUS_IN_PROGRESS)))
        .exclude(Exists(scheduled))
        .annotate(
            changes_requested=Exists(
                workflow_states_of_page(status=WorkflowState.STATUS_NEEDS_CHANGES)
            )
        )
        .order_by("-latest_revision_created_at", "-pk")
    )
    return [Draft(page) for page in attach_parents(pages[:limit])]


@dataclass(frozen=True)
class Review:
    """A story waiting at a workflow step the user may approve."""

    task_state: TaskState
    page: Page

    @property
    def title(self):
        return self.task_state.revision.object_str

    @property
    def submitted_by(self):
        user = self.task_state.workflow_state.requested_by
        return (user.get_full_name() or user.get_username()) if user else ""


def reviews_for(user):
    """Stories waiting for the user's approval, longest-waiting first."""
    task_states = list(
        TaskState.objects.reviewable_by(user)
        .filter(workflow_state__base_content_type=get_default_page_content_type())
        .select_related("task", "revision", "workflow_state__requested_by")
        .order_by("started_at", "pk")
    )
    page_ids = {int(state.workflow_state.object_id) for state in task_states}
    pages = {page.pk: page for page in attach_parents(Page.objects.filter(pk__in=page_ids))}
    return [
        Review(task_state=state, page=pages[int(state.workflow_state.object_id)])
        for state in task_states
        if int(state.workflow_state.object_id) in pages
    ]


@dataclass(frozen=True)
class ScheduledChange:
    """A page going live or coming down at a set time, as ``publish_scheduled`` will do it."""

    GO_LIVE = "go_live"
    EXPIRY = "expiry"

    at: datetime
    kind: str
    page: Page
    title: str

    @property
    def label(self):
        if self.kind == self.EXPIRY:
            return "Expires"
        return "New version goes live" if self.page.live else "Goes live"

    @property
    def page_type(self):
        return capfirst(self.page.specific_class._meta.verbose_name)

    @property
    def is_overdue(self):
        """Due, but ``publish_scheduled`` has not run since."""
        return self.at <= timezone.now()


def scheduled_changes(until, within=None):
    """Every go-live and expiry due before `until`, soonest first, overdue ones included.

    `within` narrows the pages to a queryset, such as those a user may edit.
    """
    revisions = list(
        Revision.page_revisions.filter(approved_go_live_at__lt=until).only(
            "object_id", "object_str", "approved_go_live_at"
        )
    )
    scheduled_ids = {int(revision.object_id) for revision in revisions}
    expiring = Q(expire_at__lt=until, expired=False) & (Q(live=True) | Q(pk__in=scheduled_ids))
    candidates = (within if within is not None else Page.objects.all()).filter(
        Q(pk__in=scheduled_ids) | expiring
    )
    pages = {page.pk: page for page in attach_parents(candidates)}
    changes = [
        ScheduledChange(
            at=revision.approved_go_live_at,
            kind=ScheduledChange.GO_LIVE,
            page=pages[int(revision.object_id)],
            title=revision.object_str,
        )
        for revision in revisions
        if int(revision.object_id) in pages
    ]
    changes += [
        ScheduledChange(at=page.expire_at, kind=ScheduledChange.EXPIRY, page=page, title=page.title)
        for page in pages.values()
        if page.expire_at and page.expire_at < until and (page.live or page.pk in scheduled_ids)
    ]
    return sorted(changes, key=lambda change: (change.at, change.page.title))
