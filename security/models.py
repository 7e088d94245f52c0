from django.db import models


class AnalyticsTagSources(models.Model):
    """What the Content-Security-Policy allows for one site's analytics tag.

    Derived from the tag each time an administrator saves it (security.signals), so the
    policy follows the tag without anyone copying hashes or addresses by hand.
    """

    site = models.OneToOneField(
        "wagtailcore.Site", on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    script_hashes = models.JSONField(
        default=list, help_text="A 'sha256-…' source for each inline script in the tag."
    )
    origins = models.JSONField(
        default=list,
        help_text="Origins the tag loads scripts from or names in its scripts; allowed for "
        "scripts, connections and images.",
    )
    derived_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "analytics tag sources"
        verbose_name_plural = "analytics tag sources"

    def __str__(self):
        return f"Sources of the analytics tag of {self.site}"
