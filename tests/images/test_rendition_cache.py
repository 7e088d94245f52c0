"""Renditions read from Redis are not written back to it; anything not read is."""

import uuid

import pytest
from django.core.cache import caches
from django.test import override_settings
from django_redis.cache import RedisCache
from wagtail.images import get_image_model

from tests.factories import ImageFactory

SPECS = ("fill-640x360", "fill-1280x720")


@pytest.fixture
def rendition_cache():
    alias = {
        "BACKEND": "images.cache.RenditionCache",
        "LOCATION": "redis://127.0.0.1:6379/8",
        "KEY_PREFIX": f"renditions-{uuid.uuid4().hex}",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
    }
    with override_settings(CACHES={"default": alias, "renditions": alias}):
        yield caches["renditions"]
        caches["renditions"].clear()


@pytest.fixture
def writes(monkeypatch):
    """The keys written to Redis, however the cache writes them."""
    written = []
    set_one, set_many = RedisCache.set, RedisCache.set_many

    def counted_set(cache, key, *args, **kwargs):
        written.append(key)
        return set_one(cache, key, *args, **kwargs)

    def counted_set_many(cache, data, *args, **kwargs):
        written.extend(data)
        return set_many(cache, data, *args, **kwargs)

    monkeypatch.setattr(RedisCache, "set", counted_set)
    monkeypatch.setattr(RedisCache, "set_many", counted_set_many)
    return written


def as_a_page_loads_it(image):
    """A fresh instance, as each render loads the image, with nothing prefetched."""
    return get_image_model().objects.get(pk=image.pk)


def test_renditions_read_from_the_cache_are_not_written_back(db, rendition_cache, writes):
    image = ImageFactory()
    first = as_a_page_loads_it(image).get_renditions(*SPECS)
    assert len(writes) == 2
    again = as_a_page_loads_it(image).get_renditions(*SPECS)
    single = as_a_page_loads_it(image).get_rendition(SPECS[0])
    assert len(writes) == 2
    assert {spec: r.pk for spec, r in again.items()} == {spec: r.pk for spec, r in first.items()}
    assert single.pk == first[SPECS[0]].pk


def test_a_rendition_gone_from_the_cache_is_written_again(db, rendition_cache, writes):
    image = ImageFactory()
    as_a_page_loads_it(image).get_renditions(*SPECS)
    as_a_page_loads_it(image).get_renditions(*SPECS)
    rendition_cache.clear()  # expired, or evicted
    as_a_page_loads_it(image).get_renditions(*SPECS)
    assert len(writes) == 4
    written_back = as_a_page_loads_it(image).get_renditions(*SPECS)
    assert len(writes) == 4
    assert all(rendition.pk for rendition in written_back.values())


def test_a_purged_rendition_is_looked_up_afresh(db, rendition_cache, writes):
    image = ImageFactory()
    old = as_a_page_loads_it(image).get_rendition(SPECS[0])
    as_a_page_loads_it(image).get_rendition(SPECS[0])
    old.delete()  # Wagtail purges it from the cache
    new = as_a_page_loads_it(image).get_rendition(SPECS[0])
    assert new.pk != old.pk
    assert as_a_page_loads_it(image).get_rendition(SPECS[0]).pk == new.pk
