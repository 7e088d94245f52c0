"""The masthead's dateline: today's date, the city, its local time and weather."""

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from core.models import SiteSettings
from dateline.weather import Weather, current_weather


@dataclass(frozen=True)
class Dateline:
    moment: datetime
    time_zone: str
    city: str
    weather: Weather | None

    @classmethod
    def for_site_settings(cls, site_settings):
        return cls(
            # To the minute, as shown: a page rendered twice in one minute is byte-identical,
            # which the page cache and its tests rely on.
            moment=timezone.localtime(timezone.now(), site_settings.tzinfo).replace(
                second=0, microsecond=0
            ),
            time_zone=site_settings.time_zone,
            city=site_settings.dateline_city,
            weather=current_weather(site_settings.latitude, site_settings.longitude),
        )

    @classmethod
    def for_request(cls, request):
        # for_request keeps the settings on the request, shared with the rest of the page.
        return cls.for_site_settings(SiteSettings.for_request(request))
