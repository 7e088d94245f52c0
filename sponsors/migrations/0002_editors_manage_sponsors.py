from django.db import migrations

SPONSOR_PERMISSIONS = ["add", "change", "delete", "view"]


def grant_editors_sponsor_permissions(apps, schema_editor):
    """Editors manage the sponsors list. The permissions are created here because Django
    only creates them after all migrations have run."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="sponsors", model="sponsor")
    editors, _ = Group.objects.get_or_create(name="Editors")
    for action in SPONSOR_PERMISSIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_sponsor",
            defaults={"name": f"Can {action} sponsor"},
        )
        editors.permissions.add(permission)


def revoke_editors_sponsor_permissions(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    permissions = Permission.objects.filter(
        content_type__app_label="sponsors",
        codename__in=[f"{action}_sponsor" for action in SPONSOR_PERMISSIONS],
    )
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("sponsors", "0001_sponsor_snippet"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(grant_editors_sponsor_permissions, revoke_editors_sponsor_permissions)
    ]
