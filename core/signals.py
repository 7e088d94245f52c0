"""Keep the cached restricted paths true to the tree."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move

from core.querysets import forget_restricted_paths


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_page_move)
def restrictions_changed(**kwargs):
    forget_restricted_paths()


@receiver(post_save)
def alias_created(sender, instance, created, **kwargs):
    # An alias is restricted wherever its original is.
    if created and isinstance(instance, Page) and instance.alias_of_id:
        forget_restricted_paths()
