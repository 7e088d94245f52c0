import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.scaling.postgres import Cluster, require_server_binaries

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def replicated_postgres():
    """A migrated primary with a streaming standby; shared by the session's replica tests."""
    cluster = Cluster(require_server_binaries()).start()
    try:
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": cluster.primary_url,
        }
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--no-input", "-v0"],
            cwd=ROOT, env=environment, check=True, timeout=600,
        )  # fmt: skip
        yield cluster
    finally:
        cluster.stop()
