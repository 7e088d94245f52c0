"""Consent versions hold everything readers are told: rich-text wording and, captured on
publishing, the cookie groups and cookies.

Versions published before this hold no groups; the groups as they stand now are the best
record of what those readers saw, so they are captured into them. The banner's old closing
sentence ("Nothing optional is switched on until you choose") stayed on screen after readers
had chosen; if the live version says it, a new version says what readers can do instead, and
readers are asked again under it.
"""

import html

import wagtail.fields
from django.db import migrations, models
from django.db.models import Max
from django.utils import timezone

OLD_SENTENCE = "Nothing optional is switched on until you choose."
NEW_SENTENCE = (
    "Choose below, or open the cookie settings to decide group by group. "
    "You can change your mind there at any time."
)


def paragraphs(text):
    """Plain text, where a blank line started a paragraph, as the rich text it displayed as."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(
        "<p>" + "<br/>".join(html.escape(line) for line in block.split("\n")) + "</p>"
        for block in blocks
        if block
    )


def capture_groups(apps):
    CookieGroup = apps.get_model("cookie_consent", "CookieGroup")
    CookieDeclaration = apps.get_model("consent", "CookieDeclaration")
    declarations = {declaration.pk: declaration for declaration in CookieDeclaration.objects.all()}
    snapshot = []
    for group in CookieGroup.objects.order_by("ordering", "pk"):
        cookies = []
        for cookie in group.cookie_set.order_by("name"):
            declaration = declarations.get(cookie.pk)
            cookies.append(
                {
                    "name": cookie.name,
                    "description": cookie.description,
                    "duration": declaration.duration if declaration else "",
                    "recipients": declaration.recipients if declaration else "",
                    "path": cookie.path,
                    "domain": cookie.domain,
                }
            )
        snapshot.append(
            {
                "varname": group.varname,
                "name": group.name,
                "description": group.description,
                "is_required": group.is_required,
                "is_deletable": group.is_deletable,
                "ordering": group.ordering,
                "cookies": cookies,
            }
        )
    return snapshot


def versions_hold_everything(apps, schema_editor):
    ConsentPolicy = apps.get_model("consent", "ConsentPolicy")
    groups = capture_groups(apps)
    for policy in ConsentPolicy.objects.all():
        policy.body = paragraphs(policy.body)
        if policy.version is not None:
            policy.groups = groups
        policy.save(update_fields=["body", "groups"])
    current = ConsentPolicy.objects.filter(version__isnull=False).order_by("-version").first()
    if current is not None and OLD_SENTENCE in current.body:
        latest = ConsentPolicy.objects.aggregate(latest=Max("version"))["latest"]
        ConsentPolicy.objects.create(
            heading=current.heading,
            body=current.body.replace(OLD_SENTENCE, NEW_SENTENCE),
            accept_all_label=current.accept_all_label,
            reject_all_label=current.reject_all_label,
            customise_label=current.customise_label,
            save_label=current.save_label,
            privacy_page_id=current.privacy_page_id,
            privacy_page_revision_id=current.privacy_page_revision_id,
            change_note="The banner says what readers can do, before and after choosing.",
            what_changed="The notice now says how to change your choice later.",
            version=latest + 1,
            published_at=timezone.now(),
            groups=groups,
            changes=[
                {
                    "item": "body",
                    "before": OLD_SENTENCE,
                    "after": NEW_SENTENCE,
                    "summary": "Changed: body",
                }
            ],
        )


class Migration(migrations.Migration):

    dependencies = [
        ("consent", "0002_default_cookie_groups_and_legal_access"),
    ]

    operations = [
        migrations.AddField(
            model_name='consentpolicy',
            name='changes',
            field=models.JSONField(default=list, editable=False, help_text='What differs from the version before, worked out on publishing.'),
        ),
        migrations.AddField(
            model_name='consentpolicy',
            name='groups',
            field=models.JSONField(default=list, editable=False, help_text='The cookie groups and cookies as readers were told about them in this version.'),
        ),
        migrations.AddField(
            model_name='consentpolicy',
            name='what_changed',
            field=models.TextField(blank=True, help_text='Shown to readers who chose under an earlier version when we ask them again, e.g. “Analytics now also measures how far you scroll.” Left blank, readers see the list of changes worked out on publishing.', max_length=400, verbose_name='what changed, for readers'),
        ),
        migrations.AlterField(
            model_name='consentpolicy',
            name='body',
            field=wagtail.fields.RichTextField(default='<p>We use a few cookies to make the site work. With your permission we would also like to count visits and show videos and posts from other sites.</p><p>Choose below, or open the cookie settings to decide group by group. You can change your mind there at any time.</p>', help_text='What we ask and why, in plain words. You may link to the privacy policy and add a second heading.'),
        ),
        migrations.RunPython(versions_hold_everything, migrations.RunPython.noop),
    ]
