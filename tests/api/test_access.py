"""Keys, limits and bad input: what an attacker can try, and what the answers reveal."""

import hmac
from unittest import mock

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from api.models import ApiKey
from tests.factories import UserFactory

LISTING = "/api/v2/articles/"


@pytest.fixture
def issued(db):
    key = ApiKey(name="Morning app", requests_per_minute=3)
    secret = key.issue()
    key.save()
    return key, secret


def with_key(client, secret, url=LISTING):
    return client.get(url, HTTP_AUTHORIZATION=f"Api-Key {secret}")


def test_key_is_stored_as_a_hash_only(issued):
    key, secret = issued
    stored = ApiKey.objects.values_list(flat=True).get(pk=key.pk)
    assert all(secret.split(".")[2] not in str(value) for value in ApiKey.objects.values().get())
    assert stored == key.pk
    assert ApiKey.objects.find(secret) == key


@pytest.mark.parametrize(
    "presented",
    [
        "nonsense",
        "lp.00000000.secret",
        "lp.{prefix}.wrong-secret",
        "lp.{prefix}.{secret}x",
        "lp.{prefix}",
        "xx.{prefix}.{secret}",
        "lp.{prefix}.{secret}.extra",
    ],
)
def test_forged_and_unknown_keys_get_one_answer(client, home, issued, presented):
    _key, full = issued
    _, prefix, secret = full.split(".")
    response = with_key(client, presented.format(prefix=prefix, secret=secret))
    assert response.status_code == 401
    assert response.json() == {"detail": "Invalid API key."}
    assert response["WWW-Authenticate"] == "Api-Key"


def test_revoked_key_gets_the_answer_of_an_unknown_one(client, home, issued):
    key, secret = issued
    assert with_key(client, secret).status_code == 200
    key.revoked_at = timezone.now()
    key.save()
    response = with_key(client, secret)
    assert response.status_code == 401
    assert response.json() == {"detail": "Invalid API key."}


def test_secret_is_compared_in_constant_time_even_for_unknown_prefixes(issued):
    key, secret = issued
    with mock.patch("api.models.hmac.compare_digest", wraps=hmac.compare_digest) as compare:
        assert ApiKey.objects.find("lp.00000000.guess") is None
        assert ApiKey.objects.find(secret) == key
    assert compare.call_count == 2


@pytest.mark.parametrize("name", ["api_key", "key", "token", "apikey"])
def test_key_in_the_address_is_refused(client, home, issued, name):
    _key, secret = issued
    response = client.get(f"{LISTING}?{name}={secret}")
    assert response.status_code == 400
    assert "Authorization header" in response.json()["detail"]
    assert secret not in response.content.decode()


def test_malformed_authorization_header(client, home):
    response = client.get(LISTING, HTTP_AUTHORIZATION="Bearer abc")
    assert response.status_code == 401
    assert response.json() == {"detail": "The Authorization header must be: Api-Key <key>."}


def test_anonymous_access_can_be_switched_off(client, home, issued, settings):
    settings.API_ANONYMOUS_ACCESS = False
    response = client.get(LISTING)
    assert response.status_code == 401
    assert "needs a key" in response.json()["detail"]
    assert with_key(client, issued[1]).status_code == 200


def test_anonymous_readers_are_limited_per_address(home, settings):
    settings.API_ANONYMOUS_REQUESTS_PER_MINUTE = 2
    # Two web processes: the count is kept in the shared cache, not in either process.
    first, second = Client(REMOTE_ADDR="203.0.113.5"), Client(REMOTE_ADDR="203.0.113.5")
    assert first.get(LISTING).status_code == 200
    assert second.get(LISTING + "?limit=1").status_code == 200
    refused = first.get(LISTING + "?limit=2")
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert Client(REMOTE_ADDR="198.51.100.9").get(LISTING).status_code == 200
    assert any(key.startswith("ratelimit:api-ip:") for key in cache_keys())


def cache_keys():
    # The locmem and Redis caches both answer has_key for the limiter's hashed keys.
    from core.ratelimit import RateLimit

    limit = RateLimit("api-ip", 2, 60)
    import hashlib

    digest = hashlib.sha256(f"{limit.scope}:203.0.113.5".encode()).hexdigest()
    key = f"ratelimit:{limit.scope}:{digest}"
    return [key] if cache.get(key) == 3 else []


def test_each_key_has_its_own_limit(client, home, issued):
    _key, secret = issued
    for _ in range(3):
        assert with_key(client, secret).status_code == 200
    assert with_key(client, secret).status_code == 429
    # Readers without a key are counted apart.
    assert client.get(LISTING).status_code == 200


BAD_REQUESTS = [
    ("/api/v2/articles/?colour=red", "unknown query parameter: colour"),
    ("/api/v2/articles/?title=x", "unknown query parameter: title"),
    ("/api/v2/articles/?fields=owner", "unknown fields: owner"),
    ("/api/v2/articles/?fields=locked,owner", "unknown fields: locked, owner"),
    # The body is for one story at a time: a listing of bodies would grow with its length.
    ("/api/v2/articles/?fields=body", "unknown fields: body"),
    ("/api/v2/articles/?limit=100000", "limit cannot be higher than 50"),
    ("/api/v2/articles/?limit=abc", "limit must be a positive integer"),
    ("/api/v2/articles/?offset=-1", "offset must be a positive integer"),
    ("/api/v2/articles/?offset=99999999999999999999", "offset cannot be higher than"),
    ("/api/v2/articles/?section=politics", "section: Enter a whole number."),
    ("/api/v2/articles/?author=99999999999999999999", "author: Ensure this value is less"),
    ("/api/v2/articles/?tag=not a slug", "tag: Enter a valid"),
    ("/api/v2/articles/?from=2024-13-01", "from: Enter a valid date."),
    ("/api/v2/articles/?from=0001-01-01", "from: Choose a date after the year 1000."),
    ("/api/v2/articles/?from=2025-02-01&to=2025-01-01", "“from” must not be after “to”"),
    ("/api/v2/articles/?search=%22%29%28*%26%7C", "search: Search for at least one word."),
    ("/api/v2/articles/?search=" + "a" * 401, "search: Ensure this value has at most 400"),
    ("/api/v2/articles/?order=owner", "cannot order by 'owner' (unknown field)"),
    ("/api/v2/articles/?order=random&offset=1", "random ordering with offset"),
    ("/api/v2/pages/?type=users.User", "type doesn't exist"),
    ("/api/v2/pages/?type=nonsense", "type doesn't exist"),
    ("/api/v2/pages/?child_of=abc", "child_of must be a positive integer"),
    ("/api/v2/pages/?child_of=99999999999999999999", "parent page doesn't exist"),
    ("/api/v2/pages/?search=harbour", "unknown query parameter: search"),
    ("/api/v2/pages/find/?id=abc", "unknown query parameter: id"),
    ("/api/v2/front-page/?limit=5", "unknown query parameter: limit"),
    ("/api/v2/images/?fields=file", "unknown fields: file"),
    ("/api/v2/documents/?colour=red", "unknown query parameter: colour"),
]


@pytest.mark.parametrize(("url", "message"), BAD_REQUESTS)
def test_bad_input_is_a_400_that_says_what_was_wrong(client, newsroom, url, message):
    response = client.get(url)
    assert response.status_code == 400, response.content
    assert message in response.json()["message"]
    assert "Traceback" not in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/articles/abc/",
        "/api/v2/articles/99999999999999999999/",
        "/api/v2/articles/-1/",
        "/api/v2/pages/99999999999999999999/",
        "/api/v2/images/99999999999999999999/",
    ],
)
def test_bad_ids_are_not_found(client, newsroom, url):
    assert client.get(url).status_code == 404


def test_admin_issues_a_key_once_and_keeps_its_hash(client, home):
    admin = UserFactory(username="administrator", is_superuser=True)
    client.force_login(admin)
    response = client.post(
        "/admin/api_keys/new/",
        {"name": "Partner site", "requests_per_minute": "120", "revoked_at": ""},
        follow=True,
    )
    assert response.status_code == 200
    key = ApiKey.objects.get(name="Partner site")
    shown = [str(message) for message in response.context["messages"]]
    full = next(
        word
        for word in " ".join(shown).replace("<", " ").replace(">", " ").split()
        if word.startswith(f"lp.{key.prefix}.")
    )
    assert ApiKey.objects.find(full) == key
    assert full.split(".")[2] not in key.hashed_secret
    # The key's page never shows it again.
    edit = client.get(f"/admin/api_keys/edit/{key.pk}/")
    assert full not in edit.content.decode()


def test_editors_cannot_manage_keys(client, home):
    editor = UserFactory(username="editor", is_staff=True)
    editor.user_permissions.add(
        *__import__(
            "django.contrib.auth.models", fromlist=["Permission"]
        ).Permission.objects.filter(codename="access_admin")
    )
    client.force_login(editor)
    assert client.get("/admin/api_keys/").status_code in (302, 403)
    assert client.post(
        "/admin/api_keys/new/", {"name": "x", "requests_per_minute": "5"}
    ).status_code in (302, 403)
    assert not ApiKey.objects.exists()
