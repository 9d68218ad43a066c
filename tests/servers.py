"""Real servers for the tests, started from Debian's packages on loopback and torn down after."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

REQUIRE = os.environ.get("POSTMOTTAK_TEST_REQUIRE_SERVERS") == "1"


def missing(what: str) -> None:
    """A server the tests need is not installed: an error under scripts/test.sh, a skip otherwise."""
    if REQUIRE:
        pytest.fail(f"{what} mangler; scripts/system-packages.sh skulle ha installert den", pytrace=False)
    pytest.skip(f"{what} mangler (kjør scripts/test.sh)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


class PostgresServer:
    def __init__(self) -> None:
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"))
        if not bins:
            missing("PostgreSQL-serveren (Debian-pakken postgresql)")
        self.bindir = Path(bins[-1]).parent
        self.dir = Path(tempfile.mkdtemp(prefix="postmottak-pg-"))
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        data = self.dir / "data"
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        subprocess.run(_as_postgres_user([str(self.bindir / "initdb"), "-D", str(data), "-U", "postgres",
                                          "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]),
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.proc = subprocess.Popen(
            _as_postgres_user([str(self.bindir / "postgres"), "-D", str(data), "-p", str(self.port),
                               "-h", "127.0.0.1", "-k", str(self.dir), "-c", "fsync=off",
                               "-c", "max_connections=200"]),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    pass
                import psycopg

                with psycopg.connect(self.admin_dsn, connect_timeout=2):
                    return
            except OSError:
                pass
            except Exception:  # server still starting up
                pass
            if self.proc.poll() is not None:
                raise RuntimeError("PostgreSQL startet ikke")
            time.sleep(0.1)
        raise RuntimeError("PostgreSQL svarte ikke innen 30 s")

    @property
    def admin_dsn(self) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.admin_dsn, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.dir, ignore_errors=True)
