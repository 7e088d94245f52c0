import django.db.models.deletion
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def fill_listing_columns(apps, schema_editor):
    """File every existing article under its parent section, and date its bylines."""
    ArticlePage = apps.get_model("news", "ArticlePage")
    ArticlePageAuthor = apps.get_model("news", "ArticlePageAuthor")
    CategoryIndexPage = apps.get_model("news", "CategoryIndexPage")
    for section in CategoryIndexPage.objects.only("pk", "path", "depth"):
        ArticlePage.objects.filter(
            path__startswith=section.path, depth=section.depth + 1
        ).update(section=section.pk)
    ArticlePageAuthor.objects.update(
        publication_date=Subquery(
            ArticlePage.objects.filter(pk=OuterRef("page")).values("publication_date")[:1]
        )
    )


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0004_corrections_and_legal_review'),
    ]

    operations = [
        migrations.AddField(
            model_name='articlepage',
            name='section',
            field=models.ForeignKey(editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='articles', to='news.categoryindexpage'),
        ),
        migrations.AddField(
            model_name='articlepageauthor',
            name='publication_date',
            field=models.DateTimeField(editable=False, null=True),
        ),
        migrations.RunPython(fill_listing_columns, migrations.RunPython.noop, elidable=True),
        migrations.AddIndex(
            model_name='articlepage',
            index=models.Index(fields=['section', 'publication_date', 'page_ptr'], name='article_section_date_idx'),
        ),
        migrations.AddIndex(
            model_name='articlepageauthor',
            index=models.Index(fields=['author', 'publication_date', 'page'], name='byline_author_date_idx'),
        ),
    ]
