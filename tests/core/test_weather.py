"""The masthead weather against a real HTTP server on 127.0.0.1 that misbehaves on cue."""

import json
import socket
import threading
import time

import pytest
from django.core.cache import cache
from werkzeug import Response

from core.weather import OpenMeteoProvider, Weather, WeatherService, WeatherUnavailable

TIMEOUT = 0.5
# Bounds are what the weather may add to the page's own render time on this machine:
# a failing call costs at most its hard deadline, a refused or broken one next to nothing.
SLOW_ALLOWANCE = 3 * TIMEOUT + 1.0
FAST_ALLOWANCE = 1.0
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
    settings.WEATHER_PROVIDER = "core.weather.OpenMeteoProvider"
    settings.WEATHER_TIMEOUT = TIMEOUT
    settings.WEATHER_BREAKER_THRESHOLD = 3
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
def baseline(client, home, weather_settings):
    """The slower of two renders of the front page with weather switched off."""
    provider = weather_settings.WEATHER_PROVIDER
    weather_settings.WEATHER_PROVIDER = ""
    client.get("/")  # compile the templates
    elapsed = max(timed_get(client)[1] for _ in range(2))
    weather_settings.WEATHER_PROVIDER = provider
    return elapsed


def timed_get(client, url="/"):
    started = time.perf_counter()
    response = client.get(url)
    return response, time.perf_counter() - started


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


@pytest.mark.django_db
class TestMastheadScenarios:
    """Each scenario: the page answers 200 within its time bound, with or without weather."""

    def test_normal_answer_shows_weather(self, client, home, httpserver, provider_url, baseline):
        httpserver.expect_request("/v1/forecast").respond_with_json(OPEN_METEO_ANSWER)
        response, elapsed = timed_get(client)
        assert response.status_code == 200
        assert elapsed < baseline + SLOW_ALLOWANCE
        html = response.content.decode()
        assert "Clear sky 3.2°C" in html
        assert "Humidity 93%" in html
        assert "Wind 3.7 km/h" in html

    def test_answer_is_cached_for_following_pages(self, client, home, httpserver, provider_url):
        httpserver.expect_request("/v1/forecast").respond_with_json(OPEN_METEO_ANSWER)
        for _ in range(3):
            assert "Clear sky 3.2°C" in client.get("/").content.decode()
        assert len(httpserver.log) == 1

    def test_slow_answer_is_abandoned(
        self, client, home, httpserver, provider_url, slow_answer, baseline
    ):
        httpserver.expect_request("/v1/forecast").respond_with_handler(slow_answer)
        response, elapsed = timed_get(client)
        assert response.status_code == 200
        assert elapsed < baseline + SLOW_ALLOWANCE
        assert "London, UK" in response.content.decode()
        assert "°C" not in response.content.decode()

    def test_server_error_shows_dateline_without_weather(
        self, client, home, httpserver, provider_url, baseline
    ):
        httpserver.expect_request("/v1/forecast").respond_with_data("Oops", status=500)
        response, elapsed = timed_get(client)
        assert response.status_code == 200
        assert elapsed < baseline + FAST_ALLOWANCE
        html = response.content.decode()
        assert "London, UK" in html
        assert "dateline__weather" not in html

    def test_garbage_json_shows_dateline_without_weather(
        self, client, home, httpserver, provider_url, baseline
    ):
        httpserver.expect_request("/v1/forecast").respond_with_data(
            "{not json", content_type="application/json"
        )
        response, elapsed = timed_get(client)
        assert response.status_code == 200
        assert elapsed < baseline + FAST_ALLOWANCE
        assert "dateline__weather" not in response.content.decode()

    def test_connection_refused_shows_dateline_without_weather(
        self, client, home, refused_url, baseline
    ):
        response, elapsed = timed_get(client)
        assert response.status_code == 200
        assert elapsed < baseline + FAST_ALLOWANCE
        html = response.content.decode()
        assert "London, UK" in html
        assert "dateline__weather" not in html

    def test_last_good_value_stands_in_when_provider_fails(
        self, client, home, httpserver, provider_url
    ):
        httpserver.expect_request("/v1/forecast").respond_with_json(OPEN_METEO_ANSWER)
        client.get("/")
        service = WeatherService(51.5072, -0.1276)
        cache.delete(service.fresh_key)  # ten minutes later
        httpserver.clear()
        httpserver.expect_request("/v1/forecast").respond_with_data("Oops", status=500)
        response = client.get("/")
        assert response.status_code == 200
        assert "Clear sky 3.2°C" in response.content.decode()
        assert len(httpserver.log) == 1

    def test_repeated_failures_open_the_circuit(
        self, client, home, httpserver, provider_url, slow_answer, monkeypatch, baseline
    ):
        httpserver.expect_request("/v1/forecast").respond_with_handler(slow_answer)
        for _ in range(3):
            assert client.get("/").status_code == 200
        service = WeatherService(51.5072, -0.1276)
        assert cache.get(service.breaker_key) is True
        calls = []
        monkeypatch.setattr(OpenMeteoProvider, "fetch", lambda *args: calls.append(args))
        response, elapsed = timed_get(client)
        assert response.status_code == 200
        # The breaker is open: the page no longer waits for the provider at all.
        assert elapsed < baseline + TIMEOUT
        assert calls == []

    def test_one_failure_after_the_breaker_closes_reopens_it(
        self, home, httpserver, provider_url, weather_settings
    ):
        httpserver.expect_request("/v1/forecast").respond_with_data("Oops", status=500)
        service = WeatherService(51.5072, -0.1276)
        for _ in range(3):
            assert service.current() is None
        assert cache.get(service.breaker_key)
        cache.delete(service.breaker_key)  # the breaker's time has run out
        assert service.current() is None
        assert cache.get(service.breaker_key)
        assert len(httpserver.log) == 4

    def test_success_resets_the_failure_count(self, home, httpserver, provider_url):
        service = WeatherService(51.5072, -0.1276)
        httpserver.expect_ordered_request("/v1/forecast").respond_with_data("x", status=500)
        httpserver.expect_ordered_request("/v1/forecast").respond_with_data("x", status=500)
        httpserver.expect_ordered_request("/v1/forecast").respond_with_json(OPEN_METEO_ANSWER)
        assert service.current() is None
        assert service.current() is None
        assert service.current() == Weather("Clear sky", 3.2, 93.0, 3.7)
        assert cache.get(service.failures_key) is None
        assert cache.get(service.breaker_key) is None

    def test_a_fetch_in_progress_is_not_repeated(self, home, httpserver, provider_url):
        service = WeatherService(51.5072, -0.1276)
        cache.set(service.last_good_key, Weather("Fog", 1.0))
        cache.add(service.lock_key, True)
        assert service.current() == Weather("Fog", 1.0)
        assert len(httpserver.log) == 0

    def test_weather_switched_off_never_calls_out(self, client, home, settings, httpserver):
        settings.WEATHER_PROVIDER = ""
        settings.WEATHER_URL = httpserver.url_for("/v1/forecast")
        response = client.get("/")
        assert response.status_code == 200
        assert len(httpserver.log) == 0

    def test_site_without_coordinates_shows_no_weather(
        self, client, home, httpserver, provider_url
    ):
        from core.models import SiteSettings

        site_settings = SiteSettings.for_site(home.get_site())
        site_settings.latitude = site_settings.longitude = None
        site_settings.save()
        response = client.get("/")
        assert response.status_code == 200
        assert len(httpserver.log) == 0

    def test_fragment_endpoint_survives_every_failure(
        self, client, home, httpserver, provider_url, baseline
    ):
        httpserver.expect_request("/v1/forecast").respond_with_data("{", status=200)
        response, elapsed = timed_get(client, "/fragments/dateline/")
        assert response.status_code == 200
        assert elapsed < baseline + FAST_ALLOWANCE
        assert "London, UK" in response.content.decode()
