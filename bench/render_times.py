"""How long each benchmark page takes to render in process, with no server or load
generator in between: the steadiest measure of how rendering scales with the archive.

Run by ``bench.pages`` in the environment of one database and mode; prints the median
milliseconds per target as JSON.
"""

import json
import statistics
import time

import django

WARM_UP_ROUNDS = 5
ROUNDS = 40


def median_render_ms(client, path):
    for _ in range(WARM_UP_ROUNDS):
        client.get(path)
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        response = client.get(path)
        times.append(time.perf_counter() - started)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")
    return round(statistics.median(times) * 1000, 2)


def main():
    django.setup()
    from django.test import Client

    from bench.pages import TARGETS

    client = Client(HTTP_HOST="127.0.0.1")
    print(json.dumps({name: median_render_ms(client, path) for name, path in TARGETS.items()}))


if __name__ == "__main__":
    main()
