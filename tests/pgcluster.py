"""A throwaway PostgreSQL cluster for the tests: Debian's binaries, a temp dir, a Unix socket in it.

The cluster is created with ``initdb`` and started with ``pg_ctl`` once per test session, listens
only on a socket inside its own directory (no port clashes, nothing reachable from outside), runs
without fsync (the data is thrown away), and is stopped and deleted at the end. PostgreSQL refuses
to run as root, so when the tests run as root the server runs as the ``postgres`` system user that
the Debian package creates.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

PREFIX = "dl-pg-"
OWNER_FILE = "owner.pid"
SERVER_OPTIONS = (
    "-c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
    "-c max_connections=60 -c shared_buffers=32MB"
)


def find_bindir() -> Path | None:
    """The newest installed PostgreSQL server binaries (``/usr/lib/postgresql/<v>/bin``), if any."""
    explicit = os.environ.get("DATELINE_PG_BINDIR")
    if explicit:
        return Path(explicit) if (Path(explicit) / "initdb").exists() else None
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


def _server_user() -> str | None:
    """The user to run the server as: ``postgres`` when we are root (the server refuses root)."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError as exc:
        raise RuntimeError("running as root but there is no 'postgres' user to run the server") from exc
    return "postgres"


class PgCluster:
    """A running throwaway cluster; ``url(dbname)`` gives a libpq URL to one of its databases."""

    def __init__(self, bindir: Path, root: Path | None = None) -> None:
        """A new cluster directory, or (``root``) one already on disk, to be stopped and removed."""
        self.bindir = bindir
        self.user = _server_user()
        self._next_db = 0
        # A short path: Unix socket paths are limited to about 100 bytes.
        self.root = root if root is not None else Path(tempfile.mkdtemp(prefix=PREFIX))
        self.data = self.root / "data"
        if root is not None:
            return
        (self.root / OWNER_FILE).write_text(str(os.getpid()))
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self.root.chmod(0o755)

    @property
    def log(self) -> Path:
        """The server's log file."""
        return self.root / "server.log"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False, cwd=self.root)

    def start(self) -> PgCluster:
        """Create and start the cluster; raises RuntimeError with the server's own words on failure."""
        init = self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                         "--locale=C", "--no-sync", "--no-instructions")
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
        options = f"-k {self.root} {SERVER_OPTIONS}"
        started = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "30",
                            "start")
        if started.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {started.stderr.strip()} {log[-2000:]}")
        return self

    def url(self, dbname: str = "postgres") -> str:
        """A ``postgresql://`` URL reaching ``dbname`` through the cluster's socket."""
        return f"postgresql://postgres@/{dbname}?host={quote(str(self.root), safe='')}"

    def create_database(self, prefix: str = "t") -> str:
        """Create a fresh empty database and return its URL."""
        import psycopg

        name = self._fresh_name(prefix)
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def create_schema(self, prefix: str = "s") -> str:
        """Create a fresh empty schema in the ``postgres`` database and return a URL whose search_path
        points at it: as isolated as a database for the store, and ~100 times quicker to make."""
        import psycopg

        name = self._fresh_name(prefix)
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{name}"')
        return self.url() + "&options=" + quote(f"-csearch_path={name}", safe="")

    def _fresh_name(self, prefix: str) -> str:
        self._next_db += 1
        return f"{prefix}_{os.getpid()}_{self._next_db}_{int(time.time() * 1000) % 100000}"

    def stop(self) -> None:
        """Stop the server at once and delete its files."""
        if self.data.exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_orphans(bindir: Path) -> None:
    """Stop and delete clusters left by test sessions that were killed before they could clean up."""
    for folder in glob.glob(os.path.join(tempfile.gettempdir(), PREFIX + "*")):
        owner = Path(folder) / OWNER_FILE
        try:
            pid = int(owner.read_text())
        except (OSError, ValueError):
            continue
        if pid != os.getpid() and not _alive(pid):
            PgCluster(bindir, Path(folder)).stop()


def start_cluster() -> PgCluster | None:
    """Start a throwaway cluster if PostgreSQL's server binaries are installed, else None.

    It is also stopped when the interpreter exits, in case the caller's own cleanup never runs.
    """
    bindir = find_bindir()
    if bindir is None:
        return None
    remove_orphans(bindir)
    cluster = PgCluster(bindir)
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    atexit.register(cluster.stop)
    return cluster
