"""Taking copy in: parse a delivery, store each item in the queue, and carry each new version
through to whatever the newsroom has already made of the item.

One item is stored per transaction, so a bad item never takes the rest of its batch with
it, and nothing is half-stored: an item is in the queue whole or not at all.
"""

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.db import transaction
from django.utils import timezone

from wire.models import WireItem, WireRejection, WireSource
from wire.parsers import Rejected, parser_for

logger = logging.getLogger(__name__)

EARLIEST = datetime.min.replace(tzinfo=UTC)


@dataclass
class Report:
    """What one delivery brought: for the editor's message and the command's output."""

    new: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    killed: list = field(default_factory=list)
    unchanged: int = 0
    rejected: list = field(default_factory=list)

    def extend(self, other):
        self.new += other.new
        self.updated += other.updated
        self.killed += other.killed
        self.unchanged += other.unchanged
        self.rejected += other.rejected

    def summary(self):
        parts = [
            f"{len(self.new)} new",
            f"{len(self.updated)} updated",
            f"{len(self.killed)} killed",
            f"{self.unchanged} already in the queue",
            f"{len(self.rejected)} rejected",
        ]
        return ", ".join(parts)


def format_for(source, data, filename=""):
    """The parser name for a delivery: the source's format, or for pasted copy, HTML or
    plain text as the bytes show."""
    if source.format != WireSource.Format.PASTED:
        return source.format
    if filename.lower().endswith((".html", ".htm")):
        return "html"
    if filename.lower().endswith(".txt"):
        return "text"
    head = data[:512].lstrip().lower()
    return "html" if head.startswith(b"<") else "text"


def receive(source, data, origin, format_name=None):
    """Parse `data` (bytes, or text for a paste) from `source` and store every item it holds."""
    report = Report()
    if not source.active:
        report.rejected.append(reject(source, origin, f"{source.name} is not active."))
        return report
    try:
        parser = parser_for(format_name or format_for(source, data, origin))
        for result in parser.parse(data):
            if isinstance(result, Rejected):
                where = f"{origin}, {result.origin}" if result.origin else origin
                report.rejected.append(reject(source, where, result.reason))
                continue
            store_safely(source, result, origin, report)
    except Rejected as rejection:
        report.rejected.append(reject(source, origin, rejection.reason))
    follow_up(report)
    return report


def store_safely(source, story, origin, report):
    try:
        with transaction.atomic():
            store(source, story, report)
    except Exception:
        logger.exception("Storing wire item %r from %s failed", story.guid, source)
        report.rejected.append(
            reject(source, f"{origin}, {story.guid[:100]}", "It could not be stored (see the log).")
        )


def store(source, story, report):
    item = WireItem.objects.select_for_update().filter(source=source, guid=story.guid).first()
    if item is None:
        item = WireItem(source=source, guid=story.guid)
        fill(item, story)
        item.status = WireItem.Status.KILLED if story.is_kill else WireItem.Status.NEW
        item.save()
        (report.killed if story.is_kill else report.new).append(item)
        return
    if not is_newer(story, item):
        report.unchanged += 1
        return
    fill(item, story)
    item.received_at = timezone.now()
    if story.is_kill:
        item.status = WireItem.Status.KILLED
        report.killed.append(item)
    else:
        if item.status == WireItem.Status.KILLED:
            # A usable version after a kill: the source has reinstated the item.
            item.status = WireItem.Status.NEW if item.article_id is None else item.status
        if item.article_id:
            item.status = WireItem.Status.UPDATED
        report.updated.append(item)
    item.save()


def fill(item, story):
    item.version = story.version
    item.version_at = story.version_at
    item.headline = story.headline[:255]
    item.urgency = story.urgency
    item.embargo_until = story.embargo_until
    item.kill_note = story.editorial_note if story.is_kill else ""
    item.story = story.to_json()
    item.__dict__.pop("parsed", None)


def is_newer(story, item):
    if story.is_kill and item.status != WireItem.Status.KILLED:
        return (story.version, story.version_at or EARLIEST) >= (
            item.version,
            item.version_at or EARLIEST,
        )
    return (story.version, story.version_at or EARLIEST) > (
        item.version,
        item.version_at or EARLIEST,
    )


def follow_up(report):
    """Carry new versions and kills through to the articles built from them, each in its
    own transaction once the item itself is safely stored."""
    from wire import drafts, kills

    for item in report.updated:
        if item.article_id:
            try:
                drafts.update_article(item)
            except Exception:
                logger.exception("Updating the article of wire item %s failed", item.pk)
                report.rejected.append(
                    reject(
                        item.source,
                        item.guid[:200],
                        "The new version is in the queue, but its article could not be "
                        "updated (see the log).",
                    )
                )
    for item in report.killed:
        if item.article_id:
            kills.withdraw(item)


def reject(source, origin, reason):
    return WireRejection.objects.create(source=source, origin=origin[:255], reason=reason)
