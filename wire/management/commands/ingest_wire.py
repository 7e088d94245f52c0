from django.core.management.base import BaseCommand

from wire.models import WireSource
from wire.polling import poll


class Command(BaseCommand):
    help = (
        "Take in wire copy: the files in each inbox source's folder and each polled feed. "
        "Run it every minute from cron or a systemd timer."
    )

    def add_arguments(self, parser):
        parser.add_argument("--source", help="Only the source with this slug.")

    def handle(self, *args, **options):
        sources = WireSource.objects.filter(active=True)
        if options["source"]:
            sources = sources.filter(slug=options["source"])
        for source, report in poll(sources):
            self.stdout.write(f"{source.name}: {report.summary()}")
            for rejection in report.rejected:
                self.stderr.write(f"  rejected {rejection.origin}: {rejection.reason}")
