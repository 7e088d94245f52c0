from django.db import migrations

from security.scripts import script_sources


def derive_sources_of_saved_tags(apps, schema_editor):
    AnalyticsSettings = apps.get_model("consent", "AnalyticsSettings")
    AnalyticsTagSources = apps.get_model("security", "AnalyticsTagSources")
    for setting in AnalyticsSettings.objects.all():
        sources = script_sources(setting.snippet)
        AnalyticsTagSources.objects.update_or_create(
            site_id=setting.site_id,
            defaults={"script_hashes": sources.script_hashes, "origins": sources.origins},
        )


class Migration(migrations.Migration):
    dependencies = [
        ("consent", "0002_default_cookie_groups_and_legal_access"),
        ("security", "0001_analytics_tag_sources"),
    ]

    operations = [
        migrations.RunPython(derive_sources_of_saved_tags, migrations.RunPython.noop),
    ]
