"""Uploads in S3-compatible object storage (MEDIA_STORAGE_URL, scaling/storage.py), against
moto's S3 server on 127.0.0.1 standing in for S3."""

import requests
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from wagtail.documents import get_document_model

from config.settings import base
from scaling.storage import object_storage
from tests.factories import ArticlePageFactory, ImageFactory


def stored_keys(client, bucket):
    return {item["Key"] for item in client.list_objects_v2(Bucket=bucket).get("Contents", [])}


def test_local_disk_stays_the_default():
    assert base.MEDIA_STORAGE_URL == ""
    assert base.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def test_the_address_names_bucket_prefix_endpoint_region_and_timeouts():
    storage, origin = object_storage(
        "s3://newsroom-media/lordspress?endpoint_url=https://objects.example&region_name=eu-west-2",
        timeout=3.5,
    )
    options = storage["OPTIONS"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert (options["bucket_name"], options["location"]) == ("newsroom-media", "lordspress")
    assert options["endpoint_url"] == origin == "https://objects.example"
    assert options["region_name"] == "eu-west-2"
    assert options["client_config"].connect_timeout == 3.5
    assert options["client_config"].read_timeout == 3.5
    assert object_storage("s3://media?custom_domain=media.example", 1)[1] == "https://media.example"


def test_originals_and_renditions_live_in_the_bucket(client, media_bucket, section, author):
    s3, bucket = media_bucket
    image = ImageFactory(title="Harbour wall")
    story = ArticlePageFactory(parent=section, slug="harbour", authors=[author], hero_image=image)
    html = client.get(story.url).content.decode()

    keys = stored_keys(s3, bucket)
    assert f"uploads/{image.file.name}" in keys
    renditions = [key for key in keys if key.startswith("uploads/images/")]
    assert renditions, keys
    rendition = image.renditions.first()
    assert rendition.url.startswith(f"{s3.meta.endpoint_url}/{bucket}/uploads/images/")
    assert rendition.url in html
    stored = s3.get_object(Bucket=bucket, Key=f"uploads/{rendition.file.name}")["Body"].read()
    assert requests.get(rendition.url, timeout=5).content == stored


def test_documents_are_stored_in_the_bucket_and_streamed_by_the_app(client, db, media_bucket):
    s3, bucket = media_bucket
    document = get_document_model().objects.create(
        title="Budget", file=ContentFile(b"budget lines", name="budget.txt")
    )
    assert f"uploads/{document.file.name}" in stored_keys(s3, bucket)
    assert default_storage.exists(document.file.name)
    # The bucket does not hand documents to anyone who asks.
    assert requests.get(default_storage.url(document.file.name), timeout=5).status_code == 403

    response = client.get(document.url)
    # Never a redirect to the bucket, whose address would bypass the app's checks.
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"budget lines"
