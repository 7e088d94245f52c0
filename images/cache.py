"""The renditions cache: Wagtail's, without writing back what it has just read.

Wagtail writes every rendition it hands out to the cache, including those it has just read
from that cache (``get_rendition`` always, ``get_renditions`` for anything not prefetched),
so each picture on a page cost two Redis round trips where one does. This cache remembers
which rendition each key held when it was last read, and skips a write that would store
the same rendition again. A key read as missing is forgotten, so a rendition that expired
or was purged is written again as before. Django keeps one cache instance per thread, so
each thread remembers its own reads.
"""

from collections import OrderedDict

from resilience.cache import BreakerRedisCache

# Keys remembered per instance: about a hundred bytes each.
REMEMBERED_KEYS = 50_000
# Renditions Wagtail creates in bulk have no primary key until read from the database.
NOT_READ = object()


class RenditionCache(BreakerRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self.read_renditions = OrderedDict()

    def get_many(self, keys, version=None):
        found = super().get_many(keys, version=version)
        for key in keys:
            if key in found:
                self.read_renditions[key] = found[key].pk
                self.read_renditions.move_to_end(key)
            else:
                self.read_renditions.pop(key, None)
        while len(self.read_renditions) > REMEMBERED_KEYS:
            self.read_renditions.popitem(last=False)
        return found

    def unread(self, mapping):
        return {
            key: rendition
            for key, rendition in mapping.items()
            if self.read_renditions.get(key, NOT_READ) != rendition.pk
        }

    def set(self, key, value, timeout=None, version=None, **kwargs):
        if self.unread({key: value}):
            return super().set(key, value, timeout=timeout, version=version, **kwargs)
        return True

    def set_many(self, data, timeout=None, version=None, **kwargs):
        unread = self.unread(data)
        if unread:
            return super().set_many(unread, timeout=timeout, version=version, **kwargs)
        return []

    def delete(self, key, version=None, **kwargs):
        self.read_renditions.pop(key, None)
        return super().delete(key, version=version, **kwargs)
