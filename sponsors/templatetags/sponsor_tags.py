from django import template
from django.utils import timezone

from core.models import SiteSettings
from sponsors.models import Sponsor, sponsors_by_tier

register = template.Library()


@register.inclusion_tag("sponsors/footer.html", takes_context=True)
def sponsor_footer(context):
    """Today's sponsors by tier, "today" being the day in the newsroom's time zone."""
    request = context.get("request")
    if request is None:
        return {"tiers": []}
    site_settings = SiteSettings.for_request(request)
    today = timezone.localdate(timezone=site_settings.tzinfo)
    tiers = sponsors_by_tier(Sponsor.objects.active(on=today).for_display())
    heading = (
        site_settings.sponsors_heading
        or f"{site_settings.publication_name} is free thanks to our sponsors"
    )
    return {"tiers": tiers, "heading": heading}
