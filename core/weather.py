"""Current weather for the masthead dateline, from a provider that may be slow, wrong or gone.

A page never depends on the provider: answers are cached, the last good answer stands in
when a call fails, only one request at a time asks the provider, and after repeated
failures a circuit breaker stops asking for a while. Every call has a hard deadline.
"""

import json
import logging
import math
import time
from abc import ABC, abstractmethod
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeoutError
from dataclasses import dataclass

import requests
from django.conf import settings
from django.core.cache import cache
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

# A thread of our own lets a call be abandoned at its deadline even where a socket
# timeout does not apply, such as a hanging DNS lookup.
_executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="weather")


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


class WeatherService:
    """The cache, last good value and circuit breaker in front of one place's weather.

    All state lives in the shared cache, so every worker process honours the same breaker.
    """

    def __init__(self, latitude, longitude, provider=None):
        self.latitude = round(float(latitude), 4)
        self.longitude = round(float(longitude), 4)
        self.provider = provider or get_provider()
        place = f"{self.latitude}:{self.longitude}"
        self.fresh_key = f"weather:fresh:{place}"
        self.last_good_key = f"weather:last-good:{place}"
        self.failures_key = f"weather:failures:{place}"
        self.breaker_key = f"weather:breaker-open:{place}"
        self.lock_key = f"weather:fetching:{place}"

    def current(self):
        """Fresh weather, else the last good value, else None; never raises."""
        if self.provider is None:
            return None
        state = cache.get_many([self.fresh_key, self.last_good_key, self.breaker_key])
        if self.fresh_key in state:
            return state[self.fresh_key]
        last_good = state.get(self.last_good_key)
        if state.get(self.breaker_key):
            return last_good
        # Someone else is already asking; the last good value is better than waiting.
        if not cache.add(self.lock_key, True, timeout=math.ceil(3 * self.provider.timeout)):
            return last_good
        try:
            weather = self.fetch_within_deadline()
        except WeatherUnavailable as error:
            self.record_failure(error)
            return last_good
        finally:
            cache.delete(self.lock_key)
        cache.set_many({self.fresh_key: weather}, timeout=settings.WEATHER_CACHE_SECONDS)
        cache.set_many({self.last_good_key: weather}, timeout=settings.WEATHER_LAST_GOOD_SECONDS)
        cache.delete(self.failures_key)
        return weather

    def fetch_within_deadline(self):
        future = _executor.submit(self.provider.fetch, self.latitude, self.longitude)
        try:
            return future.result(timeout=3 * self.provider.timeout)
        except FutureTimeoutError as error:
            future.cancel()
            raise WeatherUnavailable("no answer before the deadline") from error
        except WeatherUnavailable:
            raise
        except Exception as error:
            # A provider bug must cost the reader the weather, not the page.
            logger.exception("Weather provider failed unexpectedly")
            raise WeatherUnavailable(repr(error)) from error

    def record_failure(self, error):
        # The count outlives an open breaker, so the first failure after it closes
        # opens it again at once (the "half-open" trial call).
        cache.add(self.failures_key, 0, timeout=settings.WEATHER_BREAKER_SECONDS * 4)
        try:
            failures = cache.incr(self.failures_key)
        except ValueError:
            failures = 1
        if failures >= settings.WEATHER_BREAKER_THRESHOLD:
            cache.set(self.breaker_key, True, timeout=settings.WEATHER_BREAKER_SECONDS)
            logger.warning("Weather provider circuit opened after %s failures: %s", failures, error)
        else:
            logger.info("Weather provider failed (%s): %s", failures, error)


def current_weather(latitude, longitude):
    """The weather at a place for the dateline, or None when it cannot be known right now."""
    if latitude is None or longitude is None:
        return None
    return WeatherService(latitude, longitude).current()
