"""The cookie groups the site's code relies on, the cookies it sets itself, the first consent
text, and the Legal group's access to all of it. Legal staff edit the words afterwards.

The Legal group may already exist (the editorial workflow creates it too): get_or_create
lets either migration run first.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.utils import timezone

GROUPS = [
    {
        "varname": "necessary",
        "name": "Necessary",
        "description": (
            "Cookies that keep the site working and secure, and remember the choice you make "
            "here. They record nothing about what you read."
        ),
        "is_required": True,
        "is_deletable": False,
        "ordering": 0,
    },
    {
        "varname": "analytics",
        "name": "Analytics",
        "description": (
            "Count visits and see which stories are read, so we know which reporting matters "
            "to readers. We only ever look at the totals, never at one reader's visits."
        ),
        "is_required": False,
        "is_deletable": True,
        "ordering": 10,
    },
    {
        "varname": "embeds",
        "name": "Embeds and social media",
        "description": (
            "Let videos and posts from sites such as YouTube appear inside our stories. "
            "Those sites may set their own cookies and learn that you read the story."
        ),
        "is_required": False,
        "is_deletable": True,
        "ordering": 20,
    },
    {
        "varname": "marketing",
        "name": "Marketing",
        "description": (
            "Tell us whether our promotions on other sites bring readers to us, and let "
            "advertising partners choose what they show you. We use none at present."
        ),
        "is_required": False,
        "is_deletable": True,
        "ordering": 30,
    },
]

NECESSARY_COOKIES = [
    {
        "name": "cookie_consent",
        "description": (
            "Remembers which optional cookie groups you allowed or refused, so we do not ask "
            "on every page."
        ),
        "duration": "6 months",
    },
    {
        "name": "consent_receipt",
        "description": (
            "Holds the version of this notice you answered and your random consent ID, so we "
            "ask again when the notice changes and can find the record of your choice."
        ),
        "duration": "6 months",
    },
    {
        "name": "csrftoken",
        "description": (
            "Stops other websites from sending forms on this site in your name, such as your "
            "cookie choices."
        ),
        "duration": "1 year",
    },
    {
        "name": "sessionid",
        "description": (
            "Keeps our journalists signed in to the editing tools. Readers never receive it."
        ),
        "duration": "2 weeks",
    },
]

LEGAL_PERMISSIONS = {
    "cookie_consent": [
        f"{action}_{model}"
        for model in ("cookiegroup", "cookie")
        for action in ("add", "change", "delete", "view")
    ],
    "consent": [
        *(f"{action}_cookiedeclaration" for action in ("add", "change", "delete", "view")),
        *(f"{action}_consentpolicy" for action in ("add", "change", "delete", "view", "publish")),
        "view_consentrecord",
    ],
    "wagtailadmin": ["access_admin"],
}


def create_groups_cookies_and_first_text(apps, schema_editor):
    CookieGroup = apps.get_model("cookie_consent", "CookieGroup")
    CookieDeclaration = apps.get_model("consent", "CookieDeclaration")
    ConsentPolicy = apps.get_model("consent", "ConsentPolicy")

    groups = {}
    for spec in GROUPS:
        groups[spec["varname"]], _ = CookieGroup.objects.get_or_create(
            varname=spec["varname"], defaults=spec
        )
    for spec in NECESSARY_COOKIES:
        if not CookieDeclaration.objects.filter(name=spec["name"]).exists():
            CookieDeclaration.objects.create(
                cookiegroup=groups["necessary"], path="/", domain="", **spec
            )
    if not ConsentPolicy.objects.filter(version__isnull=False).exists():
        ConsentPolicy.objects.create(
            version=1,
            published_at=timezone.now(),
            change_note="The first version, installed with the site.",
        )


def grant_legal_access(apps, schema_editor):
    # Permissions are normally created after all migrations; this migration needs them now.
    for app_label in ("cookie_consent", "consent"):
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    legal, _ = Group.objects.get_or_create(name="Legal")
    for app_label, codenames in LEGAL_PERMISSIONS.items():
        legal.permissions.add(
            *Permission.objects.filter(
                content_type__app_label=app_label, codename__in=codenames
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("consent", "0001_cookie_declarations_consent_text_and_records"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [
        migrations.RunPython(create_groups_cookies_and_first_text, migrations.RunPython.noop),
        migrations.RunPython(grant_legal_access, migrations.RunPython.noop),
    ]
