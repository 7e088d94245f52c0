"""Start a new sitewide version whenever something every page shows may have changed."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import sitewide


def forget_sitewide():
    # Now, for the rest of this transaction; and again after it commits, in case a
    # reader cached the old state while the change was still uncommitted.
    sitewide.forget()
    transaction.on_commit(sitewide.forget)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def tree_changed(**kwargs):
    forget_sitewide()


@receiver(post_save)
def saved(sender, instance, created, **kwargs):
    if created and isinstance(instance, BaseSiteSetting):
        # Site settings are created by their first read (``for_site`` gets or creates), so
        # no cached value can predate the row.
        return
    # A new alias shares its original's restrictions.
    new_alias = created and isinstance(instance, Page) and instance.alias_of_id
    if new_alias or sitewide.shapes_every_page(sender, instance):
        forget_sitewide()


@receiver(post_delete)
def deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) or sitewide.shapes_every_page(sender, instance):
        forget_sitewide()
