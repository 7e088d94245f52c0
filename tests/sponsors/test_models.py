"""Sponsors: their active window, the footer block and the "Sponsored by" label."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import SiteSettings
from sponsors.models import Sponsor, SponsorTier, sponsors_by_tier
from tests.factories import ArticlePageFactory, ImageFactory, SponsorFactory

TODAY = date(2026, 3, 10)


@pytest.fixture
def frozen_today(time_machine):
    time_machine.move_to(datetime(2026, 3, 10, 12, 0, tzinfo=UTC), tick=False)
    return TODAY


@pytest.mark.django_db
class TestActiveWindow:
    def test_window_includes_its_first_and_last_day(self, frozen_today):
        starts_today = SponsorFactory(active_from=TODAY)
        ends_today = SponsorFactory(active_until=TODAY)
        open_ended = SponsorFactory()
        SponsorFactory(active_from=TODAY + timedelta(days=1))
        SponsorFactory(active_until=TODAY - timedelta(days=1))
        assert set(Sponsor.objects.active()) == {starts_today, ends_today, open_ended}

    def test_window_on_a_given_day(self):
        spring = SponsorFactory(active_from=date(2026, 3, 1), active_until=date(2026, 5, 31))
        assert list(Sponsor.objects.active(on=date(2026, 4, 1))) == [spring]
        assert list(Sponsor.objects.active(on=date(2026, 6, 1))) == []
        assert list(Sponsor.objects.active(on=date(2026, 2, 28))) == []

    def test_window_cannot_end_before_it_starts(self):
        sponsor = SponsorFactory.build(active_from=TODAY, active_until=TODAY - timedelta(days=1))
        with pytest.raises(ValidationError) as error:
            sponsor.full_clean()
        assert "active_until" in error.value.message_dict

    def test_grouped_by_tier_in_tier_order(self):
        supporter = SponsorFactory(name="Corner Bakery", tier=SponsorTier.SUPPORTER)
        principal_b = SponsorFactory(name="B Shipping", tier=SponsorTier.PRINCIPAL, sort_order=2)
        principal_a = SponsorFactory(name="Z Bank", tier=SponsorTier.PRINCIPAL, sort_order=1)
        assert sponsors_by_tier(Sponsor.objects.all()) == [
            ("Principal sponsors", [principal_a, principal_b]),
            ("Supporters", [supporter]),
        ]


@pytest.mark.django_db
class TestFooter:
    def test_footer_lists_active_sponsors_by_tier(self, client, home, frozen_today):
        SponsorFactory(
            name="Vell River Ferries", tier=SponsorTier.PRINCIPAL, url="https://ferries.example/"
        )
        SponsorFactory(name="Old Town Books", tier=SponsorTier.SUPPORTER)
        SponsorFactory(name="Lapsed Logistics", active_until=TODAY - timedelta(days=1))
        html = client.get("/").content.decode()
        footer = html[html.index('<footer class="site-footer">') :]
        assert "Lord&#x27;s Press is free thanks to our sponsors" in footer
        assert (
            '<a href="https://ferries.example/" rel="sponsored noopener">Vell River Ferries</a>'
            in footer
        )
        assert footer.index("Principal sponsors") < footer.index("Supporters")
        assert footer.index("Vell River Ferries") < footer.index("Old Town Books")
        assert "Lapsed Logistics" not in html
        assert "Partners" not in footer

    def test_logo_stands_for_the_name_with_alt_text(self, client, home):
        SponsorFactory(name="Ardmere Mutual", logo=ImageFactory())
        html = client.get("/").content.decode()
        assert 'alt="Ardmere Mutual"' in html
        assert 'rel="sponsored noopener"' in html

    def test_no_sponsors_no_block(self, client, home):
        assert "thanks to our sponsors" not in client.get("/").content.decode()

    def test_today_is_the_newsroom_day(self, client, home, time_machine):
        site_settings = SiteSettings.for_site(home.get_site())
        site_settings.time_zone = "Pacific/Auckland"
        site_settings.save()
        SponsorFactory(name="New Year Sponsor", active_from=date(2026, 1, 1))
        # Already 1 January in Auckland while it is still 31 December in London.
        time_machine.move_to(datetime(2025, 12, 31, 12, 0, tzinfo=UTC), tick=False)
        assert "New Year Sponsor" in client.get("/").content.decode()
        time_machine.move_to(datetime(2025, 12, 31, 10, 0, tzinfo=UTC), tick=False)
        assert "New Year Sponsor" not in client.get("/").content.decode()

    def test_footer_queries_do_not_grow_with_sponsors(self, client, home):
        SponsorFactory(logo=ImageFactory())
        client.get("/")  # renditions are made on the first view
        with CaptureQueriesContext(connection) as few:
            client.get("/")
        for tier in SponsorTier:
            SponsorFactory.create_batch(3, tier=tier, logo=ImageFactory())
        client.get("/")
        with CaptureQueriesContext(connection) as many:
            client.get("/")
        assert len(many) == len(few)


@pytest.mark.django_db
class TestSponsoredArticles:
    def test_article_carries_the_sponsored_label(self, client, section, author):
        sponsor = SponsorFactory(name="Vell River Ferries", url="https://ferries.example/")
        article = ArticlePageFactory(parent=section, authors=[author], sponsor=sponsor)
        html = client.get(article.url).content.decode()
        assert (
            '<p class="sponsored-label">Sponsored by <a href="https://ferries.example/" '
            'rel="sponsored noopener">Vell River Ferries</a></p>'
        ) in html

    def test_teasers_carry_the_label_without_extra_queries(self, client, section, author):
        ArticlePageFactory(parent=section, authors=[author])
        client.get(section.url)
        with CaptureQueriesContext(connection) as unsponsored:
            client.get(section.url)
        sponsors = SponsorFactory.create_batch(3)
        for sponsor in sponsors:
            ArticlePageFactory(parent=section, authors=[author], sponsor=sponsor)
        client.get(section.url)  # publishing starts a new sitewide cache version
        with CaptureQueriesContext(connection) as sponsored:
            html = client.get(section.url).content.decode()
        assert html.count('class="sponsored-label"') == 3
        assert len(sponsored) == len(unsponsored)

    def test_independent_article_has_no_label(self, client, section, author):
        article = ArticlePageFactory(parent=section, authors=[author])
        assert "Sponsored by" not in client.get(article.url).content.decode()

    def test_sponsor_with_articles_cannot_be_deleted(self, section, author):
        from django.db.models import ProtectedError

        sponsor = SponsorFactory()
        ArticlePageFactory(parent=section, authors=[author], sponsor=sponsor)
        with pytest.raises(ProtectedError):
            sponsor.delete()


@pytest.mark.django_db
class TestAdmin:
    def test_editors_may_manage_sponsors(self):
        codenames = set(
            Group.objects.get(name="Editors")
            .permissions.filter(content_type__app_label="sponsors")
            .values_list("codename", flat=True)
        )
        assert codenames == {"add_sponsor", "change_sponsor", "delete_sponsor", "view_sponsor"}

    def test_snippet_listing_and_form_open(self, client, django_user_model):
        SponsorFactory(name="Vell River Ferries")
        admin = django_user_model.objects.create_superuser("chief", password="x")
        client.force_login(admin)
        listing = client.get("/admin/snippets/sponsors/sponsor/")
        assert listing.status_code == 200
        assert "Vell River Ferries" in listing.content.decode()
        assert client.get("/admin/snippets/sponsors/sponsor/add/").status_code == 200

    def test_editor_form_rejects_backwards_window(self, client, django_user_model):
        admin = django_user_model.objects.create_superuser("chief", password="x")
        client.force_login(admin)
        response = client.post(
            "/admin/snippets/sponsors/sponsor/add/",
            {
                "name": "Backwards Ltd",
                "url": "https://backwards.example/",
                "tier": SponsorTier.PARTNER,
                "active_from": "2026-05-01",
                "active_until": "2026-04-01",
                "sort_order": 0,
            },
        )
        assert response.status_code == 200
        assert not Sponsor.objects.filter(name="Backwards Ltd").exists()
        assert "The last day cannot come before the first." in response.content.decode()
