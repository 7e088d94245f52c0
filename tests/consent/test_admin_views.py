"""The acceptance report: how often readers accept each group, per consent text version."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from consent.models import ConsentPolicy

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/consent/acceptance-report/"


class TestAcceptanceReport:
    def test_rates_per_group_and_version_over_the_last_30_days(self, make_record, legal_client):
        first = ConsentPolicy.objects.current()
        make_record({"analytics": "accepted", "embeds": "accepted", "marketing": "declined"})
        make_record({"analytics": "declined", "embeds": "accepted", "marketing": "declined"})
        make_record(
            {"analytics": "accepted", "embeds": "accepted", "marketing": "accepted"}, days_ago=45
        )
        second = ConsentPolicy.objects.create(heading="Revised", body="Words.")
        second.publish()
        make_record({"analytics": "declined", "embeds": "declined", "marketing": "declined"})

        response = legal_client.get(REPORT_URL)

        versions = {row.policy_version: row for row in response.context["versions"]}
        assert set(versions) == {first.version, second.version}
        assert versions[first.version].decisions == 2
        rates = {rate.group_name: rate for rate in versions[first.version].groups}
        assert rates["Analytics"].summary() == "50% (1 of 2)"
        assert rates["Embeds and social media"].summary() == "100% (2 of 2)"
        assert rates["Marketing"].summary() == "0% (0 of 2)"
        content = response.content.decode()
        assert "50% (1 of 2)" in content
        assert f"Version {second.version}" in content

    def test_groups_missing_from_older_records_count_as_undecided(self, make_record, legal_client):
        make_record({"analytics": "accepted"})

        rates = legal_client.get(REPORT_URL).context["versions"][0].groups

        assert [rate.summary() for rate in rates] == [
            "100% (1 of 1)",
            "No decisions",
            "No decisions",
        ]

    def test_empty_period_says_so(self, make_record, legal_client):
        with time_machine.travel(timezone.now() - timedelta(days=60)):
            make_record({"analytics": "accepted"})

        assert (
            "No reader has decided in the last 30 days."
            in legal_client.get(REPORT_URL).content.decode()
        )
