"""The demo loader's sponsors and publisher logo, and that running it twice changes nothing."""

import pytest
from django.core.management import call_command

from core.models import SiteSettings
from sponsors.models import Sponsor


@pytest.mark.django_db
def test_demo_sponsors_and_logo_are_loaded_once(client):
    call_command("load_demo", stdout=None)
    call_command("load_demo", stdout=None)
    assert Sponsor.objects.count() == 4
    assert Sponsor.objects.filter(logo__isnull=True).count() == 0
    site_settings = SiteSettings.objects.get()
    assert site_settings.logo.title == "Lord's Press logo"
    html = client.get("/", HTTP_HOST="localhost").content.decode()
    assert "Vell River Ferries" in html
    assert "NewsMediaOrganization" in html


def test_a_wordmark_sets_the_name_on_a_colour_of_its_own():
    """Sponsor and publication logos in the demo say whose they are: white lettering in the
    middle of a plain colour, different for each name."""
    from PIL import Image

    from demo.images import wordmark

    ferries = Image.open(wordmark("Vell River Ferries")).convert("RGB")
    books = Image.open(wordmark("Old Town Books")).convert("RGB")

    assert ferries.getpixel((2, 2)) != books.getpixel((2, 2))
    lettering = [pixel for pixel in pixels(ferries.crop((40, 50, 440, 110))) if min(pixel) > 200]
    assert len(lettering) > 300
    assert all(min(pixel) < 200 for pixel in pixels(ferries.crop((0, 0, 480, 20))))


def pixels(picture):
    """(r, g, b) of every pixel of an RGB picture."""
    data = picture.tobytes()
    return [tuple(data[i : i + 3]) for i in range(0, len(data), 3)]
