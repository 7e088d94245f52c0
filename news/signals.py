"""Keep each article's section column in step with the page tree."""

from django.dispatch import receiver
from wagtail.signals import post_page_move

from news.models import ArticlePage, CategoryIndexPage


@receiver(post_page_move, sender=ArticlePage)
def refile_moved_article(instance, parent_page_after, **kwargs):
    # Wagtail saves a moved page as a plain Page, so ArticlePage.save() does not see moves.
    moved_into_section = issubclass(parent_page_after.specific_class, CategoryIndexPage)
    ArticlePage.objects.filter(pk=instance.pk).update(
        section=parent_page_after.pk if moved_into_section else None
    )
