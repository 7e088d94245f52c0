"""The page benchmark's routing floor (bench/routed/): a page is answered once routed only
when the benchmark asks for it, and the hook is installed by the benchmark's settings
alone, never by the site's."""

from django.conf import settings

from bench.routed.wagtail_hooks import answer_once_routed


def test_a_page_asked_for_routed_only_is_answered_without_rendering(rf, section):
    answer = answer_once_routed(section, rf.get(section.url, {"routed": ""}), (), {})

    assert answer.status_code == 200
    assert answer.content == b"routed"


def test_any_other_request_goes_on_to_the_page(rf, section):
    assert answer_once_routed(section, rf.get(section.url), (), {}) is None


def test_the_site_does_not_install_the_floor():
    assert "bench.routed" not in settings.INSTALLED_APPS
