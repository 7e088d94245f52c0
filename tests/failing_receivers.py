"""A page_published receiver that fails the way a real side effect can (a cache is down)."""


class CachePurgeFailed(ConnectionError):
    pass


def purge_cache(sender, instance, **kwargs):
    raise CachePurgeFailed(f"could not purge {instance.url}")
