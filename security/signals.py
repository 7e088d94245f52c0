"""Derive the analytics tag's script sources whenever an administrator saves the tag.

Saving the tag, a site setting, renews what readers see (freshness.receivers), and with it
the shared copy of these sources (security.policy.analytics_sources).
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from consent.models import AnalyticsSettings
from security.models import AnalyticsTagSources
from security.policy import forget_process_copy
from security.scripts import script_sources


@receiver(post_save, sender=AnalyticsSettings)
def derive_analytics_tag_sources(sender, instance, **kwargs):
    sources = script_sources(instance.snippet)
    AnalyticsTagSources.objects.update_or_create(
        site_id=instance.site_id,
        defaults={"script_hashes": sources.script_hashes, "origins": sources.origins},
    )
    follow_at_once()


@receiver(post_delete, sender=AnalyticsSettings)
def forget_analytics_tag_sources(sender, instance, **kwargs):
    AnalyticsTagSources.objects.filter(site_id=instance.site_id).delete()
    follow_at_once()


def follow_at_once():
    # Now, for the rest of this transaction; and again after it commits, in case a request
    # in this process read the old sources while the change was still uncommitted.
    forget_process_copy()
    transaction.on_commit(forget_process_copy)
