"""Every change that alters what search may find refreshes the entries it touched, once
the change is committed, before the editor's request returns (no task worker involved).

Deleting an article deletes its entry with it (a cascade), and its full text below.
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from taggit.models import Tag
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from authors.models import AuthorPage
from core.publishing import after_commit
from news.models import ArticlePage
from search import fulltext
from search.indexing import refresh


@receiver(page_published, sender=ArticlePage, weak=False, dispatch_uid="search_published")
@receiver(page_unpublished, sender=ArticlePage, weak=False, dispatch_uid="search_unpublished")
@after_commit
def refresh_article(sender, instance, **kwargs):
    refresh(ArticlePage.objects.filter(pk=instance.pk))


@receiver(post_delete, sender=ArticlePage, dispatch_uid="search_article_deleted")
def forget_deleted_article(sender, instance, **kwargs):
    fulltext.forget([instance.pk])


@receiver(post_page_move, weak=False, dispatch_uid="search_moved")
@after_commit
def refresh_moved(sender, instance, **kwargs):
    """A moved article has a new section; a moved branch may have come under, or out
    of, a view restriction."""
    refresh_branch(instance.pk)


@receiver(post_save, sender=PageViewRestriction, weak=False, dispatch_uid="search_restricted")
@receiver(post_delete, sender=PageViewRestriction, weak=False, dispatch_uid="search_opened")
@after_commit
def refresh_restricted(sender, instance, **kwargs):
    refresh_branch(instance.page_id)


def refresh_branch(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        refresh(ArticlePage.objects.descendant_of(page, inclusive=True))


@receiver(page_published, sender=AuthorPage, weak=False, dispatch_uid="search_author")
@after_commit
def refresh_bylines(sender, instance, **kwargs):
    """Entries hold their bylines' names, which an author page's title gives."""
    refresh(ArticlePage.objects.filter(author_links__author=instance.pk))


@receiver(post_save, sender=Tag, weak=False, dispatch_uid="search_tag_saved")
@after_commit
def refresh_tagged(sender, instance, **kwargs):
    refresh(ArticlePage.objects.filter(tagged_items__tag=instance.pk))


@receiver(pre_delete, sender=Tag, dispatch_uid="search_tag_deleted")
def refresh_untagged(sender, instance, **kwargs):
    # The tag's links to articles go with it, so they are read before the deletion.
    article_ids = list(
        ArticlePage.objects.filter(tagged_items__tag=instance.pk).values_list("pk", flat=True)
    )
    refresh_listed(sender=sender, article_ids=article_ids)


@after_commit
def refresh_listed(sender, article_ids, **kwargs):
    refresh(ArticlePage.objects.filter(pk__in=article_ids))
