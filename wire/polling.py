"""The unattended ways in: each inbox source's folder, and each polled feed."""

from pathlib import Path

from django.conf import settings
from django.utils import timezone

from wire import ingest
from wire.fetch import FetchError, fetch
from wire.models import WireSource

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/json, application/xml;q=0.9, */*;q=0.1"
)
# Files still being written by the sender, by the usual conventions.
UNFINISHED_SUFFIXES = (".tmp", ".part", ".partial", ".filepart")


def inbox_of(source):
    return Path(settings.WIRE_INBOX_ROOT) / source.slug


def poll_inbox(source):
    """Take in every finished file in the source's folder, then move it to done/ or, if
    nothing in it could be taken in, to rejected/."""
    folder = inbox_of(source)
    folder.mkdir(parents=True, exist_ok=True)
    report = ingest.Report()
    for path in sorted(folder.iterdir()):
        if (
            path.is_symlink()
            or not path.is_file()
            or path.name.startswith(".")
            or path.name.endswith(UNFINISHED_SUFFIXES)
        ):
            continue
        with path.open("rb") as delivery:
            data = delivery.read(settings.WIRE_MAX_FILE_BYTES + 1)
        received = ingest.receive(source, data, path.name)
        report.extend(received)
        taken = received.new or received.updated or received.killed or received.unchanged
        archive(path, "done" if taken or not received.rejected else "rejected")
    return report


def archive(path, folder_name):
    folder = path.parent / folder_name
    folder.mkdir(exist_ok=True)
    path.rename(folder / f"{timezone.now():%Y%m%dT%H%M%S}-{path.name}")


def poll_feed(source):
    """Fetch the source's feed if it has changed (conditional GET) and take it in."""
    headers = {"Accept": FEED_ACCEPT}
    if source.feed_etag:
        headers["If-None-Match"] = source.feed_etag
    if source.feed_last_modified:
        headers["If-Modified-Since"] = source.feed_last_modified
    report = ingest.Report()
    try:
        fetched = fetch(
            source.feed_url, source, max_bytes=settings.WIRE_MAX_FILE_BYTES, headers=headers
        )
    except FetchError as error:
        report.rejected.append(ingest.reject(source, source.feed_url, str(error)))
    else:
        if fetched.status == 200:
            report = ingest.receive(source, fetched.content, source.feed_url[:200])
            source.feed_etag = fetched.headers.get("ETag", "")[:255]
            source.feed_last_modified = fetched.headers.get("Last-Modified", "")[:64]
        elif fetched.status != 304:
            report.rejected.append(
                ingest.reject(source, source.feed_url, f"The feed answered {fetched.status}.")
            )
    source.last_polled_at = timezone.now()
    source.save(update_fields=["feed_etag", "feed_last_modified", "last_polled_at"])
    return report


def poll(sources=None):
    """Poll every active inbox and feed source; (source, report) for each."""
    sources = sources if sources is not None else WireSource.objects.filter(active=True)
    results = []
    for source in sources:
        if source.delivery == WireSource.Delivery.INBOX:
            results.append((source, poll_inbox(source)))
        elif source.delivery == WireSource.Delivery.FEED and source.feed_url:
            results.append((source, poll_feed(source)))
    return results
