"""Once a generated column on Wagtail's search index table; see 0001. Kept, doing nothing,
so that every install's migration history agrees."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0001_index_searchable_text_on_postgresql")]

    operations = []
