"""The demo's wire desk: an agency with a dozen items waiting, loaded once however often."""

import pytest
from django.utils import timezone
from wagtail.models import Revision

from demo.content.wire import load_wire_demo
from tests.factories import ImageFactory, UserFactory
from wire.models import WireItem

pytestmark = pytest.mark.django_db


def test_the_demo_queue_has_a_dozen_items_one_updated_embargoed_and_killed(section, author):
    UserFactory(username="editor", groups=["Editors"])
    ImageFactory()

    source = load_wire_demo(section)
    first = list(WireItem.objects.order_by("pk").values_list("pk", "version", "received_at"))
    revisions = Revision.objects.count()
    load_wire_demo(section)

    assert source.active
    assert list(WireItem.objects.order_by("pk").values_list("pk", "version", "received_at")) == (
        first
    )
    assert Revision.objects.count() == revisions
    items = WireItem.objects.all()
    assert items.count() == 12
    statuses = sorted(item.status for item in items)
    assert statuses == ["killed", "new", "new", "new", "new", "new", "new", "new", "new", "new",
                        "new", "updated"]  # fmt: skip
    assert [item.headline for item in items if item.is_embargoed()] == [
        "County budget freezes bus fares for two years"
    ]
    updated = items.get(status="updated")
    assert updated.version == 2
    assert updated.article.specific.hero_image is not None
    assert timezone.now() < items.get(headline__startswith="County budget").embargo_until
