"""A PostgreSQL server for the tests: `NOTECHECK_TEST_PG`, else 127.0.0.1:5432, else a private throwaway cluster.

`NOTECHECK_TEST_PG` is a superuser URL (`postgresql://postgres@host:port/postgres`), or `private` to
force the throwaway cluster. The cluster is made with the PostgreSQL binaries found on PATH or under
/usr/lib/postgresql/*/bin (as the `postgres` system user when the tests run as root) and removed after.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

LOCAL = "postgresql://postgres@127.0.0.1:5432/postgres"


def reachable(url: str) -> bool:
    try:
        with psycopg.connect(url, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
        return True
    except psycopg.Error:
        return False


def _binaries() -> Path:
    found = shutil.which("initdb")
    candidates = ([Path(found).parent] if found else []) + [
        Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise RuntimeError("no PostgreSQL server binaries (initdb, pg_ctl) found; install postgresql or set "
                       "NOTECHECK_TEST_PG")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PrivateCluster:
    """initdb + pg_ctl in a temporary folder, trust auth on 127.0.0.1, stopped and removed by stop()."""

    def __init__(self) -> None:
        self.bin = _binaries()
        self.folder = Path(tempfile.mkdtemp(prefix="notecheck-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.run_as: list[str] = []
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            user = "postgres" if _user_exists("postgres") else "nobody"
            shutil.chown(self.folder, user)
            self.run_as = ["runuser", "-u", user, "--"]
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> str:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--no-sync")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "log"), "-w", "-o",
                  f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
        deadline = time.monotonic() + 30
        while not reachable(self.url):
            if time.monotonic() > deadline:
                raise RuntimeError(f"private PostgreSQL did not start; see {self.folder / 'log'}")
            time.sleep(0.2)
        return self.url

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, *args: str) -> None:
        subprocess.run([*self.run_as, *args], check=True, capture_output=True, cwd=self.folder)


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


def server_url() -> tuple[str, PrivateCluster | None]:
    """A superuser URL of a running server, and the private cluster to stop afterwards (if one was started)."""
    given = os.environ.get("NOTECHECK_TEST_PG", "").strip()
    if given and given != "private":
        return given.replace("postgresql+psycopg://", "postgresql://"), None
    if not given and reachable(LOCAL):
        return LOCAL, None
    cluster = PrivateCluster()
    return cluster.start(), cluster
