"""Resend confirmation emails that never went out or whose link has expired, e.g. after
a mail outage outlasted the task queue's retries. Safe to run from cron: readers get at
most one fresh link per run. The e-mails are queued for the task worker."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from subscriptions.models import Subscriber
from subscriptions.tasks import resend_confirmation
from subscriptions.tokens import confirmation_link


class Command(BaseCommand):
    help = "Send the confirmation email again to pending subscribers who lack a usable link."

    def add_arguments(self, parser):
        parser.add_argument(
            "--max-age-days",
            type=int,
            default=30,
            help="Leave signups older than this alone (default 30): they lost interest.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say how many would be sent."
        )

    def handle(self, *args, max_age_days, dry_run, **options):
        now = timezone.now()
        pending = Subscriber.objects.filter(
            Q(confirmation_sent_at__isnull=True)
            | Q(confirmation_sent_at__lt=now - confirmation_link.max_age),
            status=Subscriber.Status.PENDING,
            newsletter=True,
            created_at__gte=now - timedelta(days=max_age_days),
        ).order_by("pk")
        if dry_run:
            self.stdout.write(f"{pending.count()} confirmation(s) would be sent.")
            return
        queued = 0
        for subscriber_id in pending.values_list("pk", flat=True).iterator():
            resend_confirmation.enqueue(subscriber_id)
            queued += 1
        self.stdout.write(f"Queued {queued} confirmation(s).")
