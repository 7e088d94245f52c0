"""Background work of the wire desk."""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django_tasks import task

from wire.models import WireItem


def recipients_for(item):
    """Whoever used the item, owns its article or saved its latest version."""
    article = item.article
    people = [item.used_by, article.owner]
    latest = article.get_latest_revision()
    if latest is not None:
        people.append(latest.user)
    emails = [person.email for person in people if person and person.is_active and person.email]
    return list(dict.fromkeys(emails))


@task()
def alert_editors_of_kill(item_id):
    """E-mail the editors who used a killed item: what was killed, and what happened."""
    item = (
        WireItem.objects.select_related("source", "article", "used_by", "article__owner")
        .filter(pk=item_id, status=WireItem.Status.KILLED)
        .first()
    )
    if item is None or item.article is None:
        return 0
    recipients = recipients_for(item)
    if not recipients:
        return 0
    edit_url = settings.WAGTAILADMIN_BASE_URL + reverse(
        "wagtailadmin_pages:edit", args=[item.article_id]
    )
    outcome = (
        "The article has been taken down: its address now answers “410 Gone” with a note, "
        "which is listed on the corrections page."
        if settings.WIRE_KILL_TAKES_DOWN
        else "The article has not been changed: decide what to do with it now."
    )
    message = (
        f"{item.source.name} has killed “{item.headline}” ({item.guid}, version "
        f"{item.version}).\n\n"
        f"The source's note: {item.kill_note or '(none)'}\n\n"
        f"{outcome}\n\nThe article: {edit_url}\n"
    )
    return send_mail(
        f"Killed by {item.source.name}: {item.headline}",
        message,
        None,
        recipients,
    )
