from django.db.models import Count, F, Prefetch, Window
from django.db.models.functions import Length, RowNumber, Substr
from django.utils import timezone

from core.querysets import NewsroomPageQuerySet
from core.sitewide import remembered


class ArticlePageQuerySet(NewsroomPageQuerySet):
    def published(self):
        """What readers may see, newest first; expired stories leave before the unpublish job."""
        return (
            self.live()
            .public()
            .exclude(expire_at__lte=timezone.now())
            .order_by("-publication_date", "-pk")
        )

    def for_listing(self):
        """Everything a teaser shows, fetched in a fixed number of queries."""
        return (
            self.defer_streamfields()
            .select_related("hero_image", "sponsor")
            # Renditions come with the images, so a cold rendition cache costs one query per
            # listing rather than one per teaser.
            .prefetch_related("hero_image__renditions", bylines())
        )

    def latest_per_section(self, count):
        """The newest `count` articles of every section, in a single query.

        Each carries `ranked_among`: how many articles the ranking saw in all.
        """
        section_path = Substr("path", 1, Length("path") - self.model.steplen)
        return self.annotate(
            section_rank=Window(
                RowNumber(),
                partition_by=[section_path],
                order_by=[F("publication_date").desc(), F("pk").desc()],
            ),
            ranked_among=Window(Count("pk")),
        ).filter(section_rank__lte=count)


def bylines():
    """Prefetch articles' byline credits together with their authors, in one query."""
    from news.models import ArticlePageAuthor

    return Prefetch("author_links", queryset=ArticlePageAuthor.objects.select_related("author"))


def attach_sections(articles):
    """Give each article its section (parent page), from the sitewide cache: no query."""
    from news.models import CategoryIndexPage

    sections = remembered(
        "sections-by-path",
        lambda: {section.path: section for section in CategoryIndexPage.objects.all()},
    )
    articles = list(articles)
    for article in articles:
        article.section = sections.get(article.path[: -article.steplen])
    return articles
