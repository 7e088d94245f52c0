import pytest
from django.core.management import call_command
from django.test import override_settings

# What production serves: hashed names from a manifest, and an error for any file that
# collectstatic did not collect (whitenoise's storage adds only compression to this).
MANIFEST_STORAGE = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"


def manifest_storages(settings):
    return {**settings.STORAGES, "staticfiles": {"BACKEND": MANIFEST_STORAGE}}


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    """Every static file collected once per test process, as `collectstatic` does on deploy."""
    from django.conf import settings

    root = tmp_path_factory.mktemp("collected-static")
    with override_settings(STATIC_ROOT=root, STORAGES=manifest_storages(settings)):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture
def production_static(settings, collected_static):
    """Static files as production serves them: collected, hashed, strict, without DEBUG."""
    settings.DEBUG = False
    settings.STATIC_ROOT = collected_static
    settings.STORAGES = manifest_storages(settings)
    settings.WHITENOISE_USE_FINDERS = False
    return collected_static
