from django.db import migrations

# (app label, model, codename, name): created here because Django only adds permissions
# after all migrations have run, and the groups need them now.
READER_PERMISSIONS = [
    ("news", "articlepage", "read_subscriber_only", "Can read subscribers-only articles in full"),
]
EDITOR_PERMISSIONS = [
    *READER_PERMISSIONS,
    ("subscriptions", "subscriber", "view_subscriber", "Can view subscriber"),
    ("subscriptions", "subscriber", "delete_subscriber", "Can delete subscriber"),
    ("subscriptions", "newsletter", "add_newsletter", "Can add newsletter"),
    ("subscriptions", "newsletter", "change_newsletter", "Can change newsletter"),
    ("subscriptions", "newsletter", "delete_newsletter", "Can delete newsletter"),
    ("subscriptions", "newsletter", "view_newsletter", "Can view newsletter"),
    ("subscriptions", "newsletter", "send_newsletter", "Can send a newsletter to all subscribers"),
]


def permissions(apps, specs):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for app_label, model, codename, name in specs:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        yield Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )[0]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(*permissions(apps, EDITOR_PERMISSIONS))
    readers, _ = Group.objects.get_or_create(name="Subscribers")
    readers.permissions.add(*permissions(apps, READER_PERMISSIONS))


def remove_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name="Subscribers").delete()
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors:
        editors.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label__in=["subscriptions", "news"],
                codename__in=[codename for _, _, codename, _ in EDITOR_PERMISSIONS],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("news", "0003_article_subscribers_only"),
        ("subscriptions", "0001_subscribers_and_newsletters"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
