from django.db.models import Count, F, Prefetch, Window
from django.db.models.functions import RowNumber
from django.utils import timezone
from wagtail.query import PageQuerySet


class ArticlePageQuerySet(PageQuerySet):
    def published(self):
        """What readers may see, newest first; expired stories leave before the unpublish job."""
        return (
            self.live()
            .public()
            .exclude(expire_at__lte=timezone.now())
            .order_by("-publication_date", "-pk")
        )

    def credited_to(self, author):
        """Articles whose byline names `author`, newest first.

        Ordered by the byline's copy of the publication date, which the author's index
        holds in order; ordering by the article's own date would sort every credit.
        """
        return self.filter(author_links__author=author).order_by(
            "-author_links__publication_date", "-author_links__page"
        )

    def for_listing(self):
        """Everything a teaser shows, fetched in a fixed number of queries."""
        return (
            self.defer_streamfields()
            .select_related("hero_image", "sponsor", "section")
            .prefetch_related(bylines(self.model))
        )

    def latest_per_section(self, count):
        """The newest `count` articles of every section, in a single query.

        Each carries `ranked_among`: how many articles the ranking saw in all.
        """
        return self.annotate(
            section_rank=Window(
                RowNumber(),
                partition_by=[F("section")],
                order_by=[F("publication_date").desc(), F("pk").desc()],
            ),
            ranked_among=Window(Count("pk")),
        ).filter(section_rank__lte=count)


def bylines(article_model):
    """Prefetch articles' byline credits together with their authors, in one query."""
    credit_model = article_model._meta.get_field("author_links").related_model
    return Prefetch("author_links", queryset=credit_model.objects.select_related("author"))
