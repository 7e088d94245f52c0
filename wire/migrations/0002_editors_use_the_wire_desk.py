"""Editors use the wire desk and manage its sources; writers do not (see README, Wire desk).

The permissions are created here because Django only creates them after all migrations
have run.
"""

from django.db import migrations

EDITOR_PERMISSIONS = [
    ("wireitem", "use_wire_desk", "Can use the wire desk: receive copy and create drafts from it"),
    ("wiresource", "add_wiresource", "Can add wire source"),
    ("wiresource", "change_wiresource", "Can change wire source"),
    ("wiresource", "delete_wiresource", "Can delete wire source"),
    ("wiresource", "view_wiresource", "Can view wire source"),
]


def grant_editors_the_wire_desk(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    editors, _ = Group.objects.get_or_create(name="Editors")
    for model, codename, name in EDITOR_PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label="wire", model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        editors.permissions.add(permission)


def revoke_editors_the_wire_desk(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    permissions = Permission.objects.filter(
        content_type__app_label="wire",
        codename__in=[codename for _, codename, _ in EDITOR_PERMISSIONS],
    )
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("wire", "0001_wire_sources_items_and_provenance"),
        ("editorial", "0002_newsroom_roles_and_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(grant_editors_the_wire_desk, revoke_editors_the_wire_desk)
    ]
