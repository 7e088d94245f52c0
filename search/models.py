"""Reader search's own index: one entry per article that readers may find."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils import timezone


class SearchEntryQuerySet(models.QuerySet):
    def visible(self):
        """Entries of stories still up: an expired story leaves before the unpublish job."""
        return self.filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))

    def newest_first(self):
        return self.order_by("-publication_date", "-page")


class SearchEntry(models.Model):
    """What search knows of one live, public article, kept by search/indexing.py.

    The text lives apart by audience: `public_text` is what anyone may read (headline,
    standfirst, the teaser, bylines, tags), `full_text` adds the subscribers-only rest.
    The vectors are PostgreSQL's; on SQLite they stay empty and the same texts go to two
    FTS5 tables of the same shape (search/fulltext.py), so a search for readers without
    a subscription never touches anything made from locked text.
    """

    page = models.OneToOneField(
        "news.ArticlePage", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    section = models.ForeignKey(
        "news.CategoryIndexPage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,  # search_entry_section_date_idx starts with it
    )
    publication_date = models.DateTimeField()
    expire_at = models.DateTimeField(null=True)
    headline = SearchVectorField(null=True)
    public_text = SearchVectorField(null=True)
    full_text = SearchVectorField(null=True)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "search entries"
        # A search walks the newest entries, in all sections or in one, and stops at the
        # window's end; the full-text indexes (GIN on PostgreSQL, FTS5 on SQLite) are made
        # by this app's migrations for the database in use.
        indexes = [
            models.Index(fields=["publication_date", "page"], name="search_entry_date_idx"),
            models.Index(
                fields=["section", "publication_date", "page"],
                name="search_entry_section_date_idx",
            ),
        ]

    def __str__(self):
        return f"Search entry of page {self.page_id}"
