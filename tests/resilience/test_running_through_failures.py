"""The real site (gunicorn, the production settings, PostgreSQL, Redis) with each of its
dependencies failing behind a fault proxy (bench/faults/): readers keep reading, and no
sign-up, consent record, revision or e-mail is lost.

These start a site of their own per test process (a database migrated for it, gunicorn
with two workers) and take about a minute and a half in all: select them with
`-m faults` (`make test-faults`). Time bounds are generous, as the machines are busy;
`make bench-faults` carries the real figures.
"""

import time

import pytest
import requests

from bench.faults import SITE_PORTS
from bench.faults.site import FaultySite

pytestmark = pytest.mark.faults

CACHED = "/politics/story-1/"


@pytest.fixture(scope="module")
def site(worker_id, tmp_path_factory):
    """One site per test process, with its own database, cache keys and ports."""
    number = 0 if worker_id == "master" else int(worker_id.removeprefix("gw"))
    first = SITE_PORTS.start + 25 * number
    ports = range(first, first + 25)
    log = (tmp_path_factory.mktemp("gunicorn") / "gunicorn.log").open("w")
    with log, FaultySite(f"lp_faults_{worker_id}", ports, articles=12, log=log) as site:
        for _ in range(2):
            assert requests.get(site.url + CACHED, timeout=60).status_code == 200
        yield site


@pytest.fixture(autouse=True)
def _site_recovered(site):
    """Each test starts once the last one's fault is over in every worker."""
    site.wait_until_recovered()


def timed_get(site, path, **options):
    started = time.monotonic()
    response = requests.get(site.url + path, timeout=30, allow_redirects=False, **options)
    return response, time.monotonic() - started


def eventually(check, seconds=20):
    """Whether `check` comes true within `seconds`: each worker's breakers close on their
    own time, and a request may land on either worker."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.5)
    return False


def unique(path):
    """The path with a query string no reader asked for yet: never in the page cache."""
    return f"{path}?reader={time.monotonic_ns()}"


@pytest.mark.parametrize("mode", ["refuse", "hang"])
def test_readers_get_cached_pages_and_a_503_while_the_database_fails(site, mode):
    with site.fault("database", mode):
        cached, cached_seconds = timed_get(site, CACHED)
        uncached, uncached_seconds = timed_get(site, unique(CACHED))
    assert cached.status_code == 200
    assert cached.headers["X-Cache"] == "HIT"
    assert cached_seconds < 1
    assert uncached.status_code == 503
    assert uncached.headers["Retry-After"] == "30"
    # One connect timeout (2 s) or the query deadline, not a worker timeout (30 s).
    assert uncached_seconds < 5
    # And the site is itself again once the database is back and each worker's breaker
    # has closed.
    assert eventually(lambda: timed_get(site, unique(CACHED))[0].status_code == 200)


def test_an_editors_publish_while_the_database_is_refused_keeps_the_draft(site):
    from bench.scale import ask_to_publish, sign_in

    live_before, _ = site.story_titles()
    session = sign_in(site.server, "fault-editor", "fault-editor-password")
    site.draft("Harbour wall reopens after repairs")
    with site.fault("database", "refuse"):
        refused = ask_to_publish(site.server, session, site.story_id, timeout=30)
    assert refused.status_code == 503
    assert site.story_titles() == (live_before, "Harbour wall reopens after repairs")
    # Nothing half-done stands in the way of publishing once the database is back.
    assert eventually(
        lambda: ask_to_publish(site.server, session, site.story_id).status_code == 302
    )
    assert site.story_titles()[0] == "Harbour wall reopens after repairs"


def test_a_signup_while_the_mail_server_hangs_is_kept_and_mailed_later(site):
    email = "hung-mail@example.com"
    with site.fault("smtp", "hang"):
        response, seconds = timed_get(site, unique("/"))
        assert response.status_code == 200
        assert seconds < 3
        started = time.monotonic()
        signed_up = site.sign_up(email)
        assert time.monotonic() - started < 3
        assert signed_up.status_code == 302
        # The worker records the signup, then its e-mail times out and is queued again.
        site.run_tasks()
        assert site.query("SELECT status FROM subscriptions_subscriber WHERE email = %s", email)
        assert not [message for message in site.smtp.messages if email in message]
    time.sleep(1.5)  # TASK_RETRY_DELAY
    site.run_tasks()
    assert [message for message in site.smtp.messages if email in message]


def test_a_consent_decision_while_redis_hangs_is_stored(site):
    before = site.query("SELECT count(*) FROM consent_consentrecord")[0][0]
    reader = requests.Session()
    with site.fault("redis", "hang"):
        status, _ = timed_get(site, "/cookies/status/")
        answered = reader.get(f"{site.url}/cookies/status/", timeout=30)
        assert answered.status_code == 200, (answered.status_code, answered.text[:2000])
        token = answered.json()["csrfToken"]
        started = time.monotonic()
        decided = reader.post(
            f"{site.url}/cookies/decide/",
            data={"choice": "reject_all", "csrfmiddlewaretoken": token},
            headers={"Referer": f"{site.url}/", "X-Cookie-Consent-Fetch": "1"},
            timeout=30,
        )
        decided_seconds = time.monotonic() - started
    assert status.status_code == 200
    assert decided.status_code == 200, decided.text[:300]
    assert decided_seconds < 3
    assert site.query("SELECT count(*) FROM consent_consentrecord")[0][0] == before + 1


def test_pages_answer_within_a_second_while_redis_hangs(site):
    with site.fault("redis", "hang"):
        # The first requests in each worker meet Redis's socket timeout and open the breaker.
        for _ in range(4):
            first, _ = timed_get(site, unique("/"))
            assert first.status_code == 200
        for path in ("/", CACHED, unique("/politics/"), "/search/?q=harbour"):
            response, seconds = timed_get(site, path)
            assert response.status_code == 200
            assert seconds < 2


def test_a_hung_weather_provider_costs_readers_nothing(site):
    from bench.scale import manage

    with site.fault("weather", "hang"):
        started = time.monotonic()
        manage(site.direct, "refresh_weather", capture=True)
        refresh_seconds = time.monotonic() - started
        response, seconds = timed_get(site, unique("/"))
    # WEATHER_TIMEOUT is 1 s a call, two calls' worth at most, plus the command's start.
    assert refresh_seconds < 15
    assert response.status_code == 200
    assert seconds < 3
