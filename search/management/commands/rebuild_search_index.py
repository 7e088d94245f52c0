from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = (
        "Write reader search's entry of every live, public article afresh. Publishing keeps "
        "them current; run this after upgrading or restoring a database."
    )

    def handle(self, *args, **options):
        def progress(written, total):
            if written == total or written % 5000 == 0:
                self.stdout.write(f"{written} of {total} articles indexed")

        if not options["verbosity"]:
            indexing.rebuild()
            return
        written = indexing.rebuild(progress)
        self.stdout.write(self.style.SUCCESS(f"Reader search holds {written} articles."))
