"""Purging a CDN or caching proxy, each request bounded by FRONTEND_CACHE_TIMEOUT.

Wagtail's own ``HTTPBackend`` sends its PURGE with ``urlopen`` and no timeout, and the
CloudFront backend keeps boto3's (60 s to connect, 60 s to read, retried): a CDN that
hangs would hold the task worker, and every e-mail queued behind the purge, indefinitely.
These are the same purges through backends of our own (Wagtail documents
``WAGTAILFRONTENDCACHE`` backends as any ``BaseBackend`` subclass). Cloudflare's backend
already gives each call 30 s and is used as it comes.
"""

import logging
from urllib.parse import urlsplit, urlunsplit

import boto3
import requests
from botocore.config import Config
from django.conf import settings
from wagtail.contrib.frontend_cache.backends import BaseBackend, CloudfrontBackend

logger = logging.getLogger(__name__)


class HTTPPurgeBackend(BaseBackend):
    """A PURGE for each address, sent to LOCATION with the address's own Host."""

    def __init__(self, params):
        super().__init__(params)
        location = urlsplit(params["LOCATION"])
        self.scheme, self.netloc = location.scheme, location.netloc

    def purge(self, url):
        address = urlsplit(url)
        try:
            response = requests.request(
                "PURGE",
                urlunsplit((self.scheme, self.netloc, address.path, address.query, "")),
                headers={"Host": address.netloc},
                timeout=settings.FRONTEND_CACHE_TIMEOUT,
                allow_redirects=False,
            )
            response.raise_for_status()
        except requests.RequestException as error:
            # The CDN's copy then lives out its max-age; the purge is not worth a retry
            # that would hold the queue behind a cache that is down.
            logger.error("Could not purge %s from the CDN: %s", url, error)


class TimedCloudfrontBackend(CloudfrontBackend):
    def __init__(self, params):
        super().__init__(params)
        timeout = settings.FRONTEND_CACHE_TIMEOUT
        self.client = boto3.client(
            "cloudfront",
            aws_access_key_id=params.get("AWS_ACCESS_KEY_ID"),
            aws_secret_access_key=params.get("AWS_SECRET_ACCESS_KEY"),
            aws_session_token=params.get("AWS_SESSION_TOKEN"),
            config=Config(
                connect_timeout=timeout, read_timeout=timeout, retries={"total_max_attempts": 2}
            ),
        )
