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
