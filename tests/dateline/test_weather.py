"""The masthead weather: fetched by a scheduled job from a real HTTP server on 127.0.0.1 that
misbehaves on cue, and only ever read by pages."""

import json
import socket
import threading
import time

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils.timezone import now as timezone_now
from werkzeug import Response

from core.models import SiteSettings
from dateline.weather import (
    OpenMeteoProvider,
    Reading,
    Weather,
    WeatherUnavailable,
    reading_key,
    refresh_weather,
)

TIMEOUT = 0.5
LONDON = (51.5072, -0.1276)
OPEN_METEO_ANSWER = {
    "latitude": 51.5,
    "longitude": -0.12,
    "current_units": {"temperature_2m": "°C", "wind_speed_10m": "km/h"},
    "current": {
        "time": "2026-01-28T05:15",
        "temperature_2m": 3.2,
        "relative_humidity_2m": 93,
        "weather_code": 0,
        "wind_speed_10m": 3.7,
    },
}


@pytest.fixture
def weather_settings(settings):
    settings.WEATHER_PROVIDER = "dateline.weather.OpenMeteoProvider"
    settings.WEATHER_TIMEOUT = TIMEOUT
    return settings


@pytest.fixture
def provider_url(httpserver, weather_settings):
    weather_settings.WEATHER_URL = httpserver.url_for("/v1/forecast")
    return weather_settings.WEATHER_URL


@pytest.fixture
def refused_url(weather_settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port once the probe is closed.
    weather_settings.WEATHER_URL = f"http://127.0.0.1:{port}/v1/forecast"
    return weather_settings.WEATHER_URL


@pytest.fixture
def slow_answer():
    """A handler that answers well after the timeout, released when the test ends so the
    single-threaded test server is free for the next test."""
    released = threading.Event()

    def handler(request):
        released.wait(TIMEOUT * 4)
        return Response(json.dumps(OPEN_METEO_ANSWER), content_type="application/json")

    yield handler
    released.set()
    time.sleep(0.2)


class TestOpenMeteoProvider:
    def test_reads_current_conditions_with_coordinates(self, httpserver, provider_url):
        httpserver.expect_request(
            "/v1/forecast",
            query_string={
                "latitude": "51.5072",
                "longitude": "-0.1276",
                "current": "temperature_2m,relative_humidity_2m,weather_code,wind_speed_10m",
                "wind_speed_unit": "kmh",
                "timezone": "UTC",
            },
        ).respond_with_json(OPEN_METEO_ANSWER)
        weather = OpenMeteoProvider(provider_url, TIMEOUT).fetch(51.5072, -0.1276)
        assert weather == Weather("Clear sky", 3.2, 93.0, 3.7)
        assert weather.summary_parts() == ["Clear sky 3.2°C", "Humidity 93%", "Wind 3.7 km/h"]

    @pytest.mark.parametrize(
        "body",
        [
            "not json at all",
            json.dumps({"current": {"temperature_2m": "warm"}}),
            json.dumps({"current": {"temperature_2m": None}}),
            json.dumps({"current": []}),
            json.dumps([1, 2, 3]),
            json.dumps({"hourly": {}}),
            '{"current": {"temperature_2m": NaN}}',
        ],
    )
    def test_garbage_is_unavailable_not_an_error(self, httpserver, provider_url, body):
        httpserver.expect_request("/v1/forecast").respond_with_data(
            body, content_type="application/json"
        )
        with pytest.raises(WeatherUnavailable):
            OpenMeteoProvider(provider_url, TIMEOUT).fetch(51.5, -0.1)

    def test_oversized_answer_is_refused(self, httpserver, provider_url):
        httpserver.expect_request("/v1/forecast").respond_with_data("[" + "1," * 40_000 + "1]")
        with pytest.raises(WeatherUnavailable, match="too large"):
            OpenMeteoProvider(provider_url, TIMEOUT).fetch(51.5, -0.1)

    def test_unknown_weather_code_shows_temperature_only(self, httpserver, provider_url):
        answer = {"current": {**OPEN_METEO_ANSWER["current"], "weather_code": 1234}}
        httpserver.expect_request("/v1/forecast").respond_with_json(answer)
        weather = OpenMeteoProvider(provider_url, TIMEOUT).fetch(51.5, -0.1)
        assert weather.summary_parts()[0] == "3.2°C"


CLEAR = Weather("Clear sky", 3.2, 93.0, 3.7)


@pytest.mark.django_db
class TestRefresh:
    def test_a_good_answer_is_kept_for_pages(self, client, home, httpserver, provider_url):
        httpserver.expect_request("/v1/forecast").respond_with_json(OPEN_METEO_ANSWER)

        call_command("refresh_weather")

        html = client.get("/").content.decode()
        assert "Clear sky 3.2°C" in html
        assert "Humidity 93%" in html
        assert "Wind 3.7 km/h" in html

    def test_a_reading_is_renewed_only_when_due(self, home, httpserver, provider_url, settings):
        httpserver.expect_request("/v1/forecast").respond_with_json(OPEN_METEO_ANSWER)
        refresh_weather(*LONDON)
        refresh_weather(*LONDON)
        assert len(httpserver.log) == 1

        settings.WEATHER_CACHE_SECONDS = 0
        refresh_weather(*LONDON)
        assert len(httpserver.log) == 2

    @pytest.mark.parametrize(
        "answer",
        [
            lambda server: server.respond_with_data("Oops", status=500),
            lambda server: server.respond_with_data("{not json", content_type="application/json"),
        ],
    )
    def test_a_failure_leaves_the_last_good_reading(
        self, client, home, httpserver, provider_url, settings, answer
    ):
        httpserver.expect_ordered_request("/v1/forecast").respond_with_json(OPEN_METEO_ANSWER)
        answer(httpserver.expect_ordered_request("/v1/forecast"))
        refresh_weather(*LONDON)
        settings.WEATHER_CACHE_SECONDS = 0

        assert refresh_weather(*LONDON).weather == CLEAR

        assert len(httpserver.log) == 2
        assert "Clear sky 3.2°C" in client.get("/").content.decode()

    def test_a_slow_provider_holds_up_only_the_job(
        self, home, httpserver, provider_url, slow_answer
    ):
        httpserver.expect_request("/v1/forecast").respond_with_handler(slow_answer)
        started = time.perf_counter()
        assert refresh_weather(*LONDON) is None
        # Cut at the read timeout; generous for a busy machine.
        assert time.perf_counter() - started < 4 * TIMEOUT + 1

    def test_a_refused_connection_is_no_weather(self, home, refused_url):
        assert refresh_weather(*LONDON) is None

    def test_a_provider_bug_does_not_stop_the_job(self, home, monkeypatch, provider_url):
        def broken(*args):
            raise RuntimeError("provider bug")

        monkeypatch.setattr(OpenMeteoProvider, "fetch", broken)
        call_command("refresh_weather")  # does not raise
        assert refresh_weather(*LONDON) is None

    def test_weather_switched_off_never_calls_out(self, home, settings, httpserver):
        settings.WEATHER_PROVIDER = ""
        settings.WEATHER_URL = httpserver.url_for("/v1/forecast")
        call_command("refresh_weather")
        assert len(httpserver.log) == 0

    def test_a_site_without_coordinates_is_not_asked_about(self, home, httpserver, provider_url):
        site_settings = SiteSettings.for_site(home.get_site())
        site_settings.latitude = site_settings.longitude = None
        site_settings.save()
        call_command("refresh_weather")
        assert len(httpserver.log) == 0


@pytest.mark.django_db
class TestPages:
    def test_pages_never_ask_the_provider(self, client, home, httpserver, provider_url):
        httpserver.expect_request("/v1/forecast").respond_with_json(OPEN_METEO_ANSWER)
        for url in ("/", "/fragments/dateline/"):
            response = client.get(url)
            assert response.status_code == 200
            assert "London, UK" in response.content.decode()
            assert "dateline__weather" not in response.content.decode()
        assert len(httpserver.log) == 0

    def test_an_expired_reading_is_not_shown(self, client, home, provider_url, time_machine):
        cache.set(reading_key(*LONDON), Reading(CLEAR, fetched_at=timezone_now()), timeout=60)
        assert "Clear sky" in client.get("/fragments/dateline/").content.decode()
        cache.delete(reading_key(*LONDON))  # WEATHER_LAST_GOOD_SECONDS later
        assert "Clear sky" not in client.get("/fragments/dateline/").content.decode()

    def test_an_unreadable_reading_shows_the_dateline_without_weather(
        self, client, home, provider_url
    ):
        cache.set(reading_key(*LONDON), "not a reading")
        response = client.get("/fragments/dateline/")
        assert response.status_code == 200
        assert "London, UK" in response.content.decode()
        assert "dateline__weather" not in response.content.decode()
