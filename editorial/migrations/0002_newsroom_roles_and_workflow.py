"""The newsroom's roles and its moderation workflow, on every installation.

Writers, Editors and Legal get their model, collection and page permissions; the
"Newsroom" workflow (Editor review, then Legal review for flagged stories) is assigned to
the root of the page tree, replacing Wagtail's starter "Moderators approval" workflow and
its Moderators group. Sections for writers and the privacy policy page for Legal are
content, granted where that content is made (the demo loader, or Settings → Groups).
"""

from django.db import migrations

ALL_ROLES = ["Writers", "Editors", "Legal"]

# (app_label, model, codename, name) of the model-level permissions each role holds.
MODEL_PERMISSIONS = {
    "Writers": [("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")],
    "Editors": [
        ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
        ("taggit", "tag", "add_tag", "Can add tag"),
        ("taggit", "tag", "change_tag", "Can change tag"),
        ("taggit", "tag", "delete_tag", "Can delete tag"),
        ("taggit", "tag", "view_tag", "Can view tag"),
        (
            "editorial",
            "editorialcalendar",
            "view_editorial_calendar",
            "Can view the editorial calendar",
        ),
    ],
    "Legal": [("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")],
}

# Permissions on the root collection, so on every image and document.
COLLECTION_PERMISSIONS = {
    "Writers": [
        ("wagtailimages", "image", "add_image", "Can add image"),
        ("wagtailimages", "image", "choose_image", "Can choose image"),
        ("wagtaildocs", "document", "choose_document", "Can choose document"),
    ],
    "Editors": [
        ("wagtailimages", "image", "add_image", "Can add image"),
        ("wagtailimages", "image", "change_image", "Can change image"),
        ("wagtailimages", "image", "choose_image", "Can choose image"),
        ("wagtailimages", "image", "delete_image", "Can delete image"),
        ("wagtaildocs", "document", "add_document", "Can add document"),
        ("wagtaildocs", "document", "change_document", "Can change document"),
        ("wagtaildocs", "document", "choose_document", "Can choose document"),
        ("wagtaildocs", "document", "delete_document", "Can delete document"),
    ],
    "Legal": [
        ("wagtailimages", "image", "choose_image", "Can choose image"),
        ("wagtaildocs", "document", "choose_document", "Can choose document"),
    ],
}

# Editors work on every page; writers and Legal only where they are given a page.
EDITOR_PAGE_PERMISSIONS = [
    ("wagtailcore", "page", "add_page", "Add/edit pages you own"),
    ("wagtailcore", "page", "change_page", "Edit any page"),
    ("wagtailcore", "page", "publish_page", "Publish any page"),
    ("wagtailcore", "page", "lock_page", "Lock/unlock pages you've locked"),
    ("wagtailcore", "page", "unlock_page", "Unlock any page"),
]


def get_permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    # Permissions of apps without migrations of their own appear only after migrate ends.
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ALL_ROLES}
    root_collection = Collection.objects.get(depth=1)
    for name, permissions in MODEL_PERMISSIONS.items():
        groups[name].permissions.add(*(get_permission(apps, *spec) for spec in permissions))
    for name, permissions in COLLECTION_PERMISSIONS.items():
        for spec in permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name],
                collection=root_collection,
                permission=get_permission(apps, *spec),
            )

    root_page = Page.objects.get(depth=1)
    for spec in EDITOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=groups["Editors"], page=root_page, permission=get_permission(apps, *spec)
        )

    # Wagtail's starter group publishes everywhere; an empty one only confuses the roles.
    Group.objects.filter(name="Moderators", user__isnull=True).delete()


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    LegalReviewTask = apps.get_model("editorial", "LegalReviewTask")
    Page = apps.get_model("wagtailcore", "Page")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    editor_review, _ = GroupApprovalTask.objects.get_or_create(
        name="Editor review",
        defaults={
            "active": True,
            "content_type": ContentType.objects.get_or_create(
                app_label="wagtailcore", model="groupapprovaltask"
            )[0],
        },
    )
    editor_review.groups.add(Group.objects.get(name="Editors"))
    legal_review, _ = LegalReviewTask.objects.get_or_create(
        name="Legal review",
        defaults={
            "active": True,
            "content_type": ContentType.objects.get_or_create(
                app_label="editorial", model="legalreviewtask"
            )[0],
        },
    )
    legal_review.groups.add(Group.objects.get(name="Legal"))

    newsroom, _ = Workflow.objects.get_or_create(name="Newsroom", defaults={"active": True})
    for sort_order, task in enumerate([editor_review, legal_review]):
        WorkflowTask.objects.get_or_create(
            workflow=newsroom, task_id=task.pk, defaults={"sort_order": sort_order}
        )
    WorkflowPage.objects.update_or_create(
        page=Page.objects.get(depth=1), defaults={"workflow": newsroom}
    )

    starter = Workflow.objects.filter(name="Moderators approval")
    Task.objects.filter(workflow_tasks__workflow__in=starter).update(active=False)
    starter.update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("editorial", "0001_legal_review_task_and_calendar_permission"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.RunPython(create_roles, migrations.RunPython.noop),
        migrations.RunPython(create_workflow, migrations.RunPython.noop),
    ]
