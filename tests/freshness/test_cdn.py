"""The CDN purges: each request within FRONTEND_CACHE_TIMEOUT, a failure logged, not raised."""

import logging
import time

from wagtail.contrib.frontend_cache.utils import get_backends

from freshness.cdn import HTTPPurgeBackend
from tests.resilience.faults import hung_server, refused_port


def purger(location):
    return HTTPPurgeBackend({"LOCATION": location})


def test_a_purge_goes_to_the_cache_with_the_pages_own_host(httpserver):
    httpserver.expect_request(
        "/politics/tide/", method="PURGE", query_string="page=2"
    ).respond_with_data("")
    purger(httpserver.url_for("/")).purge("https://news.example/politics/tide/?page=2")
    ((request, response),) = httpserver.log
    assert request.headers["Host"] == "news.example"
    assert response.status_code == 200


def test_a_cdn_that_never_answers_costs_one_timeout(settings, caplog):
    settings.FRONTEND_CACHE_TIMEOUT = 0.5
    with hung_server() as port, caplog.at_level(logging.ERROR, logger="freshness.cdn"):
        started = time.monotonic()
        purger(f"http://127.0.0.1:{port}").purge("https://news.example/")
        waited = time.monotonic() - started
    assert waited < 3
    assert "Could not purge https://news.example/ from the CDN" in caplog.text


def test_a_refused_or_failing_purge_is_logged_not_raised(httpserver, caplog):
    httpserver.expect_request("/", method="PURGE").respond_with_data("", status=503)
    with caplog.at_level(logging.ERROR, logger="freshness.cdn"):
        purger(httpserver.url_for("/")).purge("https://news.example/")
        with refused_port() as port:
            purger(f"http://127.0.0.1:{port}").purge("https://news.example/politics/")
    assert "news.example/ from the CDN: 503" in caplog.text
    assert "news.example/politics/ from the CDN" in caplog.text


def test_cloudfront_is_asked_within_the_timeout(settings):
    settings.FRONTEND_CACHE_TIMEOUT = 3
    backends = get_backends(
        {
            "cloudfront": {
                "BACKEND": "freshness.cdn.TimedCloudfrontBackend",
                "DISTRIBUTION_ID": "E2EXAMPLE",
                "AWS_ACCESS_KEY_ID": "testing",
                "AWS_SECRET_ACCESS_KEY": "testing",
            }
        }
    )
    config = backends["cloudfront"].client.meta.config
    assert (config.connect_timeout, config.read_timeout) == (3, 3)
    assert config.retries["total_max_attempts"] == 2
