"""Publishes a story every few seconds, as a newsroom does all day, while `bench.pages`
measures cached pages: each publish renews what shows that story (its section, the front
page, its authors' pages, feeds), so the figures show what those renewals cost readers.

Run by ``bench.pages`` in the environment of one database; prints how many it published
when stopped with SIGTERM.
"""

import signal
import sys
import time

import django

INTERVAL_SECONDS = 3


def main():
    django.setup()
    from bench.pages import TARGETS
    from news.models import ArticlePage

    # Not the stories measured themselves: their own renewals are one render each, and
    # the point is what other stories' publishes cost the pages measured.
    measured = set(TARGETS.values())
    stories = [
        page for page in ArticlePage.objects.live().order_by("-pk")[:50] if page.url not in measured
    ]
    published = 0

    def stop(*args):
        print(published, flush=True)
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    while True:
        story = stories[published % len(stories)]
        story.save_revision().publish()
        published += 1
        time.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    main()
