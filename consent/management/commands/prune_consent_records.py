"""Delete consent records older than the retention period. Run it daily, e.g. from cron."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from consent.models import ConsentRecord


class Command(BaseCommand):
    help = (
        "Delete consent records older than the retention period: "
        "CONSENT_RECORD_RETENTION_DAYS (two years unless set), or --days."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.CONSENT_RECORD_RETENTION_DAYS,
            help="Keep records from this many days back (default: %(default)s).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be deleted; delete nothing."
        )

    def handle(self, *args, days, dry_run, **options):
        if days < 1:
            raise CommandError("--days must be at least 1.")
        cutoff = timezone.now() - timedelta(days=days)
        expired = ConsentRecord.objects.filter(created_at__lt=cutoff)
        if dry_run:
            count = expired.count()
            self.stdout.write(f"{count} consent records are older than {cutoff:%Y-%m-%d %H:%M %Z}.")
            return
        count, _ = expired.delete()
        self.stdout.write(
            self.style.SUCCESS(
                f"Deleted {count} consent records older than {cutoff:%Y-%m-%d %H:%M %Z}."
            )
        )
