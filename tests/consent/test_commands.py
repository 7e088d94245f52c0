import uuid
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone

from consent.models import ConsentPolicy, ConsentRecord

pytestmark = pytest.mark.django_db


def record_aged(days):
    return ConsentRecord.objects.create(
        consent_id=uuid.uuid4(),
        created_at=timezone.now() - timedelta(days=days),
        policy=ConsentPolicy.objects.current(),
        choice="reject_all",
        decisions={"analytics": "declined"},
    )


def test_prunes_records_older_than_two_years_by_default(capsys):
    kept = [record_aged(1), record_aged(729)]
    record_aged(731)
    record_aged(2000)

    call_command("prune_consent_records")

    assert set(ConsentRecord.objects.all()) == set(kept)
    assert "Deleted 2 consent records older than" in capsys.readouterr().out


@override_settings(CONSENT_RECORD_RETENTION_DAYS=30)
def test_retention_period_comes_from_the_setting():
    kept = record_aged(29)
    record_aged(31)

    call_command("prune_consent_records")

    assert list(ConsentRecord.objects.all()) == [kept]


def test_days_option_overrides_the_setting():
    record_aged(10)

    call_command("prune_consent_records", days=5)

    assert not ConsentRecord.objects.exists()


def test_dry_run_deletes_nothing(capsys):
    record_aged(900)

    call_command("prune_consent_records", dry_run=True)

    assert ConsentRecord.objects.count() == 1
    assert "1 consent records are older than" in capsys.readouterr().out


@pytest.mark.parametrize("days", ["0", "-3"])
def test_retention_must_be_positive(days):
    record_aged(1)

    with pytest.raises(CommandError, match="at least 1"):
        call_command("prune_consent_records", "--days", days)
    assert ConsentRecord.objects.count() == 1
