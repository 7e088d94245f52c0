"""The masthead dateline in the site's own time zone, on pages and in the fragment."""

from datetime import UTC, datetime

import pytest

from core.models import SiteSettings

# 05:23 in London on a Wednesday is still Tuesday evening in California.
MOMENT = datetime(2026, 1, 28, 5, 23, tzinfo=UTC)


def set_time_zone(home, time_zone, city):
    site_settings = SiteSettings.for_site(home.get_site())
    site_settings.time_zone = time_zone
    site_settings.dateline_city = city
    site_settings.save()


@pytest.fixture(autouse=True)
def frozen_clock(time_machine):
    time_machine.move_to(MOMENT, tick=False)
    return time_machine


@pytest.mark.django_db
class TestDateline:
    def test_front_page_shows_date_city_and_time_in_london(self, client, home):
        html = client.get("/").content.decode()
        assert '<time datetime="2026-01-28">Wednesday, 28 January 2026</time>' in html
        assert "London, UK" in html
        assert '<time class="dateline__time" datetime="2026-01-28T05:23:00+00:00">5:23 AM' in html

    @pytest.mark.parametrize(
        ("time_zone", "city", "day", "clock", "offset"),
        [
            (
                "America/Los_Angeles",
                "Los Angeles, US",
                "Tuesday, 27 January 2026",
                "9:23 PM",
                "-08:00",
            ),
            ("Pacific/Auckland", "Auckland, NZ", "Wednesday, 28 January 2026", "6:23 PM", "+13:00"),
            ("Europe/Brussels", "Brussels, BE", "Wednesday, 28 January 2026", "6:23 AM", "+01:00"),
        ],
    )
    def test_dateline_follows_the_configured_time_zone(
        self, client, home, time_zone, city, day, clock, offset
    ):
        set_time_zone(home, time_zone, city)
        for url in ["/", "/fragments/dateline/"]:
            html = client.get(url).content.decode()
            assert f">{day}</time>" in html
            assert city in html
            assert f'{offset}">{clock}</time>' in html

    def test_summer_time_is_applied(self, client, home, frozen_clock):
        frozen_clock.move_to(datetime(2026, 7, 1, 11, 5, tzinfo=UTC), tick=False)
        html = client.get("/fragments/dateline/").content.decode()
        assert "Wednesday, 1 July 2026" in html
        assert ">12:05 PM</time>" in html

    def test_fragment_is_publicly_cacheable_and_sets_no_cookie(self, client, home):
        response = client.get("/fragments/dateline/")
        assert response.status_code == 200
        assert response["Cache-Control"] == "public, max-age=30"
        assert "Cookie" not in response.get("Vary", "")
        assert not response.cookies
        assert "<html" not in response.content.decode()

    def test_fragment_refuses_to_be_posted_to(self, client, home):
        assert client.post("/fragments/dateline/").status_code == 405

    def test_masthead_points_the_script_at_the_fragment(self, client, home):
        html = client.get("/").content.decode()
        assert 'data-dateline-url="/fragments/dateline/"' in html
        assert "/static/js/dateline.js" in html

    def test_masthead_does_not_vary_by_reader(self, client, home, django_user_model):
        anonymous = client.get("/").content
        client.force_login(django_user_model.objects.create_user("reader", password="x"))
        signed_in = client.get("/").content
        assert (
            anonymous.split(b"<header")[1].split(b"</header>")[0]
            == (signed_in.split(b"<header")[1].split(b"</header>")[0])
        )
