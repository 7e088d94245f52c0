"""Purge cached pages whenever what readers see changes."""

from urllib.parse import urlsplit

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.sitewide import shapes_every_page
from pagecache.purge import page_urls, purge_everything_after_commit, purge_urls_after_commit


@receiver(page_published)
@receiver(page_unpublished)
def purge_changed_page(sender, instance, **kwargs):
    purge_page(instance)


@receiver(pre_delete)
def purge_deleted_page(sender, instance, **kwargs):
    # URLs must be worked out before the row, and its place in the tree, are gone.
    if isinstance(instance, Page) and instance.live:
        purge_page(instance)


@receiver(post_page_move)
def purge_moved_page(sender, instance, url_path_before, url_path_after, **kwargs):
    if url_path_before == url_path_after or not instance.live:
        return
    purge_page(instance)
    # url_path is the page's place in the tree ("/home/politics/story/"); readers' URLs are
    # relative to the site's root page ("/politics/story/").
    site_root = instance.get_site().root_page.url_path
    if url_path_before.startswith(site_root):
        old_path = "/" + url_path_before.removeprefix(site_root)
        new_url = urlsplit(instance.get_full_url())
        purge_urls_after_commit([new_url._replace(path=old_path).geturl()])


def purge_page(page):
    # Navigation shows menu pages on every page of the site.
    if page.show_in_menus:
        purge_everything_after_commit()
    else:
        purge_urls_after_commit(page_urls(page))


@receiver(post_save)
@receiver(post_delete)
def purge_site_wide_content(sender, instance, **kwargs):
    if shapes_every_page(sender, instance):
        purge_everything_after_commit()
