"""Uploads in S3-compatible object storage, configured by one address (MEDIA_STORAGE_URL).

Read by the settings, so it imports nothing of Django's models.
"""

from urllib.parse import parse_qs, urlsplit

from botocore.config import Config


def object_storage(address, timeout):
    """The STORAGES entry for s3://bucket[/prefix][?endpoint_url=...&region_name=...
    &custom_domain=...], and the origin its files are linked at."""
    parts = urlsplit(address)
    options = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": parts.netloc,
            "location": parts.path.strip("/"),
            "endpoint_url": options.get("endpoint_url"),
            "region_name": options.get("region_name"),
            "custom_domain": options.get("custom_domain"),
            # Images are linked at plain addresses that cached pages can keep; documents
            # never are (they are streamed by the app), so no signature is needed.
            "querystring_auth": False,
            # Two uploads with one name keep both, as on the local disk.
            "file_overwrite": False,
            "client_config": Config(
                connect_timeout=timeout,
                read_timeout=timeout,
                retries={"max_attempts": 2, "mode": "standard"},
            ),
        },
    }
    origin = options.get("custom_domain") or options.get("endpoint_url") or "s3.amazonaws.com"
    if "://" not in origin:
        origin = f"https://{origin}"
    return storage, origin
