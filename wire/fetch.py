"""Fetching a source's feed and photos: only from its own hosts, only public addresses unless
the source is on our network, with timeouts and a size limit.

Each address a host name resolves to is checked before connecting, and each redirect is
checked as a new request. (A host whose DNS answer changes between the check and the
connection could still slip through; the host list is the first line of defence.)
"""

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from django.conf import settings

MAX_REDIRECTS = 3
CHUNK_BYTES = 64 * 1024


class FetchError(Exception):
    """A fetch refused or failed; the message says why, to editors."""


@dataclass
class Fetched:
    status: int
    content: bytes
    headers: dict
    url: str


def check_url(url, source):
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise FetchError(f"Not a web address: “{url[:200]}”.")
    host = parts.hostname.lower()
    if host not in source.host_names():
        raise FetchError(f"{host} is not one of {source.name}'s hosts (its “allowed hosts”).")
    if not source.allow_private_addresses:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            addresses = {info[4][0] for info in socket.getaddrinfo(host, port)}
        except (socket.gaierror, UnicodeError):
            raise FetchError(f"{host} could not be found.") from None
        for address in addresses:
            if not ipaddress.ip_address(address.split("%")[0]).is_global:
                raise FetchError(
                    f"{host} is on a private or loopback address ({address}), which "
                    f"{source.name} is not allowed to reach."
                )


def fetch(url, source, *, max_bytes, headers=None):
    """GET `url` for `source`; the response is read whole, up to `max_bytes`."""
    timeout = settings.WIRE_FETCH_TIMEOUT
    deadline = time.monotonic() + 3 * timeout
    for _ in range(MAX_REDIRECTS + 1):
        check_url(url, source)
        try:
            response = requests.get(
                url,
                headers=headers or {},
                timeout=(timeout, timeout),
                stream=True,
                allow_redirects=False,
            )
        except requests.RequestException as error:
            raise FetchError(f"Could not fetch {url[:200]}: {type(error).__name__}.") from None
        with response:
            if response.is_redirect and response.headers.get("Location"):
                url = requests.compat.urljoin(url, response.headers["Location"])
                continue
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(too_large(url, max_bytes))
            content = bytearray()
            try:
                for chunk in response.iter_content(CHUNK_BYTES):
                    content += chunk
                    if len(content) > max_bytes:
                        raise FetchError(too_large(url, max_bytes))
                    if time.monotonic() > deadline:
                        raise FetchError(f"Fetching {url[:200]} took too long.")
            except requests.RequestException as error:
                raise FetchError(f"Could not fetch {url[:200]}: {type(error).__name__}.") from None
            return Fetched(response.status_code, bytes(content), dict(response.headers), url)
    raise FetchError(f"{url[:200]} redirects too many times.")


def too_large(url, max_bytes):
    return f"{url[:200]} is larger than the limit of {max_bytes:,} bytes."
