"""Once a GIN index on Wagtail's search index table, when reader search ran on Wagtail's
database backend. Reader search now has its own index (search.SearchEntry), and
0003_restore_wagtail_search_index_table removes what this and 0002 made on installs that
applied them; kept, doing nothing, so that every install's migration history agrees.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = []
