import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.scaling.postgres import Cluster, require_server_binaries

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def replicated_postgres():
    """A migrated primary with a streaming standby; shared by the session's replica tests."""
    cluster = Cluster(require_server_binaries()).start()
    try:
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": cluster.primary_url,
        }
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--no-input", "-v0"],
            cwd=ROOT, env=environment, check=True, timeout=600,
        )  # fmt: skip
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def s3_server():
    """moto's S3-compatible server on 127.0.0.1, standing in for the object storage."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def media_bucket(s3_server, settings, monkeypatch):
    """Uploads go to a fresh bucket on the S3 server, configured as MEDIA_STORAGE_URL would."""
    import boto3

    from scaling.storage import object_storage

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "lordspress-test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "lordspress-test")
    bucket = f"media-{uuid.uuid4().hex[:12]}"
    client = boto3.client("s3", endpoint_url=s3_server, region_name="eu-west-2")
    client.create_bucket(
        Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"}
    )
    # As a newsroom would set it up: images readable by anyone, nothing else.
    public_images = {
        "Effect": "Allow",
        "Principal": "*",
        "Action": "s3:GetObject",
        "Resource": [
            f"arn:aws:s3:::{bucket}/uploads/original_images/*",
            f"arn:aws:s3:::{bucket}/uploads/images/*",
        ],
    }
    client.put_bucket_policy(
        Bucket=bucket, Policy=json.dumps({"Version": "2012-10-17", "Statement": [public_images]})
    )
    address = f"s3://{bucket}/uploads?endpoint_url={s3_server}&region_name=eu-west-2"
    storage, _ = object_storage(address, timeout=2.0)
    settings.STORAGES = {**settings.STORAGES, "default": storage}
    return client, bucket
