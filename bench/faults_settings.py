"""The production settings on loopback (bench/scale_settings.py) with the shared cache's
keys under CACHE_KEY_PREFIX, so that sites sharing one Redis database (the fault tests run
in parallel) never read each other's pages."""

from bench.scale_settings import *  # noqa: F403
from bench.scale_settings import CACHES
from config.settings.production import env

for alias in CACHES.values():
    if "KEY_PREFIX" in alias:
        alias["KEY_PREFIX"] = env.str("CACHE_KEY_PREFIX")
