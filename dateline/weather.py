"""Current weather for the masthead dateline, fetched by a scheduled job, never by a reader.

`manage.py refresh_weather` (from cron every minute, like `publish_scheduled`; `make run`
runs it) asks the provider for each site's place once its reading is older than
WEATHER_CACHE_SECONDS, and keeps the answer in the shared cache for
WEATHER_LAST_GOOD_SECONDS. Pages only read that reading, so a slow or failing provider
costs readers nothing; after WEATHER_LAST_GOOD_SECONDS without a good answer the dateline
shows no weather rather than an old one.
"""

import json
import logging
import math
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import datetime

import requests
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

# Descriptions of the WMO weather interpretation codes Open-Meteo reports.
WMO_DESCRIPTIONS = {
    0: "Clear sky",
    1: "Mainly clear",
    2: "Partly cloudy",
    3: "Overcast",
    45: "Fog",
    48: "Freezing fog",
    51: "Light drizzle",
    53: "Drizzle",
    55: "Heavy drizzle",
    56: "Freezing drizzle",
    57: "Heavy freezing drizzle",
    61: "Light rain",
    63: "Rain",
    65: "Heavy rain",
    66: "Freezing rain",
    67: "Heavy freezing rain",
    71: "Light snow",
    73: "Snow",
    75: "Heavy snow",
    77: "Snow grains",
    80: "Light showers",
    81: "Showers",
    82: "Violent showers",
    85: "Snow showers",
    86: "Heavy snow showers",
    95: "Thunderstorm",
    96: "Thunderstorm with hail",
    99: "Thunderstorm with heavy hail",
}
MAX_RESPONSE_BYTES = 64 * 1024


class WeatherUnavailable(Exception):
    """The provider gave no usable answer in time."""


@dataclass(frozen=True)
class Weather:
    description: str
    temperature: float
    humidity: float | None = None
    wind_speed: float | None = None

    def summary_parts(self):
        """What the dateline shows, e.g. ["Clear sky 3.2°C", "Humidity 93%", "Wind 3.7 km/h"]."""
        parts = [f"{self.description} {self.temperature:.1f}°C".strip()]
        if self.humidity is not None:
            parts.append(f"Humidity {self.humidity:.0f}%")
        if self.wind_speed is not None:
            parts.append(f"Wind {self.wind_speed:.1f} km/h")
        return parts


class WeatherProvider(ABC):
    """Turns a place into current weather. Subclasses implement `fetch` and may raise only
    WeatherUnavailable."""

    def __init__(self, url, timeout):
        self.url = url
        self.timeout = timeout

    @abstractmethod
    def fetch(self, latitude, longitude):
        """The current weather at these coordinates."""

    def get_json(self, params):
        """The provider's JSON answer, read within the timeout and a size limit."""
        deadline = time.monotonic() + 2 * self.timeout
        try:
            with requests.get(
                self.url, params=params, timeout=(self.timeout, self.timeout), stream=True
            ) as response:
                response.raise_for_status()
                body = bytearray()
                for chunk in response.iter_content(chunk_size=8192):
                    body.extend(chunk)
                    if len(body) > MAX_RESPONSE_BYTES or time.monotonic() > deadline:
                        raise WeatherUnavailable("answer too large or too slow")
            return json.loads(body)
        except (requests.RequestException, ValueError) as error:
            raise WeatherUnavailable(str(error)) from error


class OpenMeteoProvider(WeatherProvider):
    """Open-Meteo's forecast API (https://open-meteo.com): free, no key needed."""

    def fetch(self, latitude, longitude):
        data = self.get_json(
            {
                "latitude": latitude,
                "longitude": longitude,
                "current": "temperature_2m,relative_humidity_2m,weather_code,wind_speed_10m",
                "wind_speed_unit": "kmh",
                "timezone": "UTC",
            }
        )
        try:
            current = data["current"]
            code = current.get("weather_code")
            return Weather(
                description=WMO_DESCRIPTIONS.get(code, ""),
                temperature=_finite(current["temperature_2m"]),
                humidity=_finite(current.get("relative_humidity_2m"), optional=True),
                wind_speed=_finite(current.get("wind_speed_10m"), optional=True),
            )
        except (KeyError, TypeError, AttributeError, ValueError) as error:
            raise WeatherUnavailable(f"unexpected answer: {error!r}") from error


def _finite(value, optional=False):
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"not a number: {value!r}")
    if not math.isfinite(value):
        raise ValueError(f"not finite: {value!r}")
    return float(value)


def get_provider():
    """The configured provider, or None when weather is switched off."""
    if not settings.WEATHER_PROVIDER:
        return None
    provider_class = import_string(settings.WEATHER_PROVIDER)
    return provider_class(url=settings.WEATHER_URL, timeout=settings.WEATHER_TIMEOUT)


@dataclass(frozen=True)
class Reading:
    """The weather at a place, and when the provider said so."""

    weather: Weather
    fetched_at: datetime


def reading_key(latitude, longitude):
    return f"weather:{round(float(latitude), 4)}:{round(float(longitude), 4)}"


def current_weather(latitude, longitude):
    """The weather at a place for the dateline, or None when there is no recent reading."""
    if latitude is None or longitude is None or not settings.WEATHER_PROVIDER:
        return None
    try:
        reading = cache.get(reading_key(latitude, longitude))
    except Exception:
        logger.warning("Weather reading unavailable", exc_info=True)
        return None
    return reading.weather if isinstance(reading, Reading) else None


def refresh_weather(latitude, longitude, provider=None):
    """Ask the provider for a place's weather if the reading held is due for renewal.

    Returns the reading held afterwards, or None. Never raises for the provider's sake: a
    failure leaves the last good reading in place until it expires.
    """
    provider = provider or get_provider()
    if provider is None or latitude is None or longitude is None:
        return None
    key = reading_key(latitude, longitude)
    held = cache.get(key)
    if (
        isinstance(held, Reading)
        and (timezone.now() - held.fetched_at).total_seconds() < settings.WEATHER_CACHE_SECONDS
    ):
        return held
    try:
        weather = provider.fetch(round(float(latitude), 4), round(float(longitude), 4))
    except WeatherUnavailable as error:
        logger.warning("Weather provider gave no answer: %s", error)
        return held
    except Exception:
        # A provider bug must cost the dateline its weather, not the job its other places.
        logger.exception("Weather provider failed unexpectedly")
        return held
    reading = Reading(weather=weather, fetched_at=timezone.now())
    cache.set(key, reading, timeout=settings.WEATHER_LAST_GOOD_SECONDS)
    return reading
