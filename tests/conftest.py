import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.test import Client
from django.utils import timezone
from wagtail.signals import page_published

from news.models import CorrectionsPage
from tests.factories import (
    AuthorIndexPageFactory,
    AuthorPageFactory,
    SectionFactory,
    SubscriberFactory,
    build_site,
)


@pytest.fixture(autouse=True)
def _clear_caches():
    """Each test starts with empty caches, so no test sees another's renditions or pages."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def _mail_through_the_queue(settings):
    """Django's test setup puts its in-memory outbox in place of EMAIL_BACKEND; put the
    task queue back in front of it, so that tests send mail the way the site does.
    EMAIL_DELIVERY_BACKEND (config/settings/test.py) is that outbox."""
    settings.EMAIL_BACKEND = "jobs.mail.QueuedEmailBackend"


@pytest.fixture
def home(db):
    return build_site()


@pytest.fixture
def section(home):
    return SectionFactory(parent=home, title="Politics", slug="politics")


@pytest.fixture
def author_index(home):
    return AuthorIndexPageFactory(parent=home)


@pytest.fixture
def author(author_index):
    return AuthorPageFactory(parent=author_index, title="Esther Ward", slug="esther-ward")


@pytest.fixture
def receivers():
    """Connect page_published receivers for one test only."""
    connected = []

    def connect(receiver):
        page_published.connect(receiver, weak=False)
        connected.append(receiver)

    yield connect
    for receiver in connected:
        page_published.disconnect(receiver)


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run a change, then what it leaves for after its commit, as a real commit would."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


@pytest.fixture
def corrections_page(home):
    page = CorrectionsPage(title="Corrections and updates", slug="corrections")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def stopped_clock(time_machine):
    """Hold the clock still, so a page rendered twice carries the same dateline."""
    time_machine.move_to(timezone.now(), tick=False)


@pytest.fixture
def fragments_off(settings):
    """Render every page fragment afresh: what a page costs before it is cached."""
    settings.CACHES = {
        **settings.CACHES,
        "template_fragments": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def readers(home):
    """Each kind of reader, signed in: the first two may not read locked text, the last two
    may (tests/search/test_locked_text.py, tests/seo/test_locked_text_everywhere.py)."""
    editor = get_user_model().objects.create_user("ed", "ed@example.org")
    editor.groups.add(Group.objects.get(name="Editors"))
    return {
        "anonymous": Client(),
        "reader": signed_in(get_user_model().objects.create_user("ann", "ann@example.org")),
        "subscriber": signed_in(SubscriberFactory(email="sub@example.org", confirmed=True).user),
        "editor": signed_in(editor),
    }
