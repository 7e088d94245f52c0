"""The changes that renew what readers see, wired to `freshness.changes`."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from django.test.signals import setting_changed
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from freshness.changes import renew_addresses, renew_everything, renew_page
from freshness.middleware import process_copies, settings_fingerprint


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    renew_page(instance.specific)


@receiver(pre_delete)
def page_deleted(sender, instance, **kwargs):
    # Addresses must be worked out while the page still has its place in the tree.
    if isinstance(instance, Page) and instance.live:
        renew_page(instance.specific)


@receiver(post_page_move)
def page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    if url_path_before == url_path_after or not instance.live:
        return
    page = instance.specific
    # url_path is the page's place in the tree ("/home/politics/story/"); readers'
    # addresses are relative to the site's root page ("/politics/story/").
    site = page.get_site()
    old_addresses = []
    if site and url_path_before.startswith(site.root_page.url_path):
        old_path = "/" + url_path_before.removeprefix(site.root_page.url_path)
        old_addresses.append(urlsplit(page.get_full_url())._replace(path=old_path).geturl())
    renew_page(page, also=old_addresses)


@receiver(post_save)
def saved(sender, instance, created, **kwargs):
    if created and isinstance(instance, BaseSiteSetting):
        # Site settings are created by their first read, so nothing cached shows them yet.
        return
    if shown_on_every_page(sender, instance):
        renew_everything()
    elif isinstance(instance, get_image_model()) and not created:
        # A new credit or picture shows wherever the image is used.
        renew_addresses(addresses_using(instance))


@receiver(post_delete)
def deleted(sender, instance, **kwargs):
    if shown_on_every_page(sender, instance):
        renew_everything()


def shown_on_every_page(sender, instance):
    """Whether an object shows on, or shapes, every page: settings, snippets (sponsors,
    tags), sites, and view restrictions (which take pages out of listings)."""
    return (
        isinstance(instance, BaseSiteSetting | BaseGenericSetting | PageViewRestriction | Site)
        or sender in get_snippet_models()
    )


def addresses_using(obj):
    """The addresses of the live pages that use `obj`, from Wagtail's reference index."""
    page_ids = (
        ReferenceIndex.get_references_to(obj)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    pages = Page.objects.live().filter(pk__in=[int(pk) for pk in page_ids]).specific()
    return [address for page in pages for address in page.addresses_showing_this()]


@receiver(setting_changed)
def keyed_setting_changed(sender, setting, **kwargs):
    """Settings change at run time only in tests; the fingerprint must follow them there,
    and no page kept under the settings before may outlive them."""
    process_copies.clear()
    if setting in settings.PAGE_CACHE_KEYED_ON_SETTINGS:
        settings_fingerprint.cache_clear()
