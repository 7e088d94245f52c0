from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete
from django.dispatch import receiver

from subscriptions.models import Subscriber


@receiver(post_delete, sender=Subscriber)
def erase_reader_account(sender, instance, **kwargs):
    """Erasing a subscriber, from the admin or their own account page, erases the account."""
    if instance.user_id:
        get_user_model().objects.filter(pk=instance.user_id).delete()
