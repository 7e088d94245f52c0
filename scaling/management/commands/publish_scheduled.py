"""Wagtail's publish_scheduled, run by one server at a time.

Every app server may run it from cron each minute; while one is publishing, the others
leave at once, so no scheduled page is published twice.
"""

from wagtail.management.commands import publish_scheduled

from scaling.locks import run_alone


class Command(publish_scheduled.Command):
    help = "Publish and unpublish what is due, on one server at a time."

    def handle(self, *args, **options):
        with run_alone("publish_scheduled") as acquired:
            if not acquired:
                self.stdout.write("Another server is publishing scheduled pages.")
                return
            super().handle(*args, **options)
