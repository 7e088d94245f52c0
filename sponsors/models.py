"""The organisations whose money keeps the paper free to read."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.images import get_image_model, get_image_model_string


class SponsorTier(models.IntegerChoices):
    PRINCIPAL = 1, "Principal sponsors"
    PARTNER = 2, "Partners"
    SUPPORTER = 3, "Supporters"


class SponsorQuerySet(models.QuerySet):
    def active(self, on=None):
        """Sponsors whose agreement covers the day `on` (today by default)."""
        day = on or timezone.localdate()
        return self.filter(
            Q(active_from__isnull=True) | Q(active_from__lte=day),
            Q(active_until__isnull=True) | Q(active_until__gte=day),
        )

    def for_display(self):
        return self.select_related("logo").prefetch_related(
            models.Prefetch("logo", queryset=get_image_model().objects.prefetch_renditions())
        )


class Sponsor(models.Model):
    name = models.CharField(max_length=120, unique=True)
    logo = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown in the footer instead of the name. Its alt text is the sponsor's name.",
    )
    url = models.URLField("link", help_text="The sponsor's website, e.g. https://example.com/")
    tier = models.PositiveSmallIntegerField(
        choices=SponsorTier.choices, default=SponsorTier.SUPPORTER
    )
    active_from = models.DateField(
        null=True, blank=True, help_text="First day shown in the footer. Blank: from now on."
    )
    active_until = models.DateField(
        null=True, blank=True, help_text="Last day shown in the footer. Blank: until removed."
    )
    sort_order = models.PositiveSmallIntegerField(
        "order", default=0, help_text="Lower numbers come first within a tier."
    )

    objects = SponsorQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("logo"),
        FieldPanel("url"),
        MultiFieldPanel(
            [
                FieldPanel("tier"),
                FieldRowPanel([FieldPanel("active_from"), FieldPanel("active_until")]),
                FieldPanel("sort_order"),
            ],
            heading="Placement",
        ),
    ]

    class Meta:
        ordering = ["tier", "sort_order", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.active_from and self.active_until and self.active_until < self.active_from:
            raise ValidationError({"active_until": "The last day cannot come before the first."})


def sponsors_by_tier(sponsors):
    """[(tier label, [sponsors])] in tier order, leaving out empty tiers."""
    grouped = {tier: [] for tier in SponsorTier}
    for sponsor in sponsors:
        grouped[SponsorTier(sponsor.tier)].append(sponsor)
    return [(tier.label, members) for tier, members in grouped.items() if members]
