from django.core.management.base import BaseCommand
from wagtail.models import Site

from core.models import SiteSettings
from dateline.weather import get_provider, refresh_weather


class Command(BaseCommand):
    help = (
        "Ask the weather provider for each site's dateline place whose reading is due for "
        "renewal. Run it every minute, like publish_scheduled."
    )

    def handle(self, *args, **options):
        provider = get_provider()
        if provider is None:
            return
        # A site's settings come into being with their first read, defaults and all.
        places = {
            (site_settings.latitude, site_settings.longitude)
            for site_settings in map(SiteSettings.for_site, Site.objects.all())
            if site_settings.latitude is not None and site_settings.longitude is not None
        }
        for latitude, longitude in sorted(places):
            reading = refresh_weather(latitude, longitude, provider)
            if reading is None:
                self.stderr.write(f"No weather for {latitude}, {longitude}.")
