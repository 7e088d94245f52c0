from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from tests.factories import UserFactory
from wire.models import WireSource

SAMPLES = Path(__file__).parent / "samples"


def sample(name, photo_base=None):
    """A sample file's bytes; its photo addresses pointed at `photo_base` if given."""
    data = (SAMPLES / name).read_bytes()
    if photo_base:
        data = data.replace(b"http://127.0.0.1/", photo_base.encode())
    return data


def jpeg_bytes(colour="navy", size=(64, 40)):
    buffer = BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return buffer.getvalue()


def png_bytes(colour="teal", size=(48, 48)):
    buffer = BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def agency(db, section, author):
    """An agency on our own network (the test server), whose photos we may use."""
    return WireSource.objects.create(
        name="Vell Valley News Agency",
        slug="vvna",
        format=WireSource.Format.NINJS,
        delivery=WireSource.Delivery.UPLOAD,
        default_section=section,
        attribution_name="Vell Valley News Agency",
        attribution_url="https://vvna.example/",
        usage_terms="Members may republish within 30 days.",
        photos_allowed=True,
        allowed_hosts="127.0.0.1 localhost",
        allow_private_addresses=True,
    )


@pytest.fixture
def partner(db, section):
    return WireSource.objects.create(
        name="The Ardmere Courier",
        slug="courier",
        format=WireSource.Format.PASTED,
        delivery=WireSource.Delivery.PASTE,
        default_section=section,
        attribution_name="The Ardmere Courier",
        attribution_url="https://courier.example/",
    )


@pytest.fixture
def photo_server(httpserver):
    """Serves the samples' photos; returns the base address to point them at."""
    httpserver.expect_request("/photos/ships.jpg").respond_with_data(
        jpeg_bytes(), content_type="image/jpeg"
    )
    httpserver.expect_request("/photos/ferry.png").respond_with_data(
        png_bytes(), content_type="image/png"
    )
    httpserver.expect_request("/photos/wall.jpg").respond_with_data(
        jpeg_bytes("grey"), content_type="image/jpeg"
    )
    httpserver.expect_request("/photos/gallery.jpg").respond_with_data(
        jpeg_bytes("olive"), content_type="image/jpeg"
    )
    httpserver.expect_request("/photos/lighthouse.jpg").respond_with_data(
        jpeg_bytes("white"), content_type="image/jpeg"
    )
    return httpserver.url_for("/")


@pytest.fixture
def editor(db):
    return UserFactory(username="desk-editor", groups=["Editors"])


@pytest.fixture
def writer(db):
    return UserFactory(username="desk-writer", groups=["Writers"])
