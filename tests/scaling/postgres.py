"""A real PostgreSQL primary and streaming standby, started for the tests in a temporary
directory on ports the system picks, and stopped afterwards.

The server refuses to run as root, so as root each server program runs as the postgres
user (`runuser`); the cluster's own pg_hba.conf lets the standby replicate over loopback.
"""

import glob
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from bench.scale import free_port

# Ports for the clusters the tests start, clear of the app servers' (8200-8299).
CLUSTER_PORTS = (55432, 55439)


def server_binaries():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def require_server_binaries():
    binaries = server_binaries()
    if binaries is None:
        message = "PostgreSQL's server programs (/usr/lib/postgresql/*/bin/initdb) are absent"
        if os.environ.get("CI") == "true":
            pytest.fail(message + "; under CI=true they are required")
        pytest.skip(message)
    return binaries


class Cluster:
    """A primary and a standby streaming from it."""

    def __init__(self, binaries):
        self.binaries = binaries
        self.root = Path(tempfile.mkdtemp(prefix="lp_scale_"))
        self.primary_dir = self.root / "primary"
        self.standby_dir = self.root / "standby"
        self.primary_port = free_port(*CLUSTER_PORTS)
        # The primary is not listening yet, so the standby looks from the next port on.
        self.standby_port = free_port(self.primary_port + 1, CLUSTER_PORTS[1])
        self.as_root = os.geteuid() == 0

    def run(self, program, *args):
        command = [str(self.binaries / program), *map(str, args)]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def url(self, port, database="lordspress"):
        return f"postgres://postgres@127.0.0.1:{port}/{database}"

    @property
    def primary_url(self):
        return self.url(self.primary_port)

    @property
    def standby_url(self):
        return self.url(self.standby_port)

    def configure(self, data_dir, port):
        with (data_dir / "postgresql.conf").open("a") as conf:
            conf.write(
                f"port = {port}\n"
                "listen_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.root}'\n"
                "wal_level = replica\n"
                "max_wal_senders = 4\n"
                "hot_standby = on\n"
                # Test data need not survive a crash of the machine.
                "fsync = off\n"
                "full_page_writes = off\n"
                "shared_buffers = 16MB\n"
            )

    def start(self):
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self.run("initdb", "-D", self.primary_dir, "-U", "postgres", "--auth=trust", "-E", "UTF8")
        self.configure(self.primary_dir, self.primary_port)
        with (self.primary_dir / "pg_hba.conf").open("a") as hba:
            hba.write("host replication postgres 127.0.0.1/32 trust\n")
        self.run("pg_ctl", "-D", self.primary_dir, "-l", self.root / "primary.log", "-w", "start")
        self.run(
            "createdb", "-h", "127.0.0.1", "-p", self.primary_port, "-U", "postgres", "lordspress"
        )
        self.run(
            "pg_basebackup", "-h", "127.0.0.1", "-p", self.primary_port, "-U", "postgres",
            "-D", self.standby_dir, "-R", "-X", "stream", "--checkpoint=fast",
        )  # fmt: skip
        # The copied configuration names the primary's port; the standby's own comes last.
        self.configure(self.standby_dir, self.standby_port)
        self.run("pg_ctl", "-D", self.standby_dir, "-l", self.root / "standby.log", "-w", "start")
        return self

    def stop(self):
        for data_dir in (self.standby_dir, self.primary_dir):
            if (data_dir / "postmaster.pid").exists():
                self.run("pg_ctl", "-D", data_dir, "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def wait_until(condition, timeout=30, interval=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    raise AssertionError("timed out waiting")
