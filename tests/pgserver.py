"""Start and stop a real PostgreSQL server for the tests and benchmarks: `initdb` into a temporary
directory, `pg_ctl start` on 127.0.0.1 with a free port and its socket in that directory, stopped
and removed afterwards. As root, the server runs as the `postgres` user (initdb refuses root)."""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "claimsift"


@dataclass
class Running:
    data: Path
    port: int
    run_as: list[str]

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def execute(self, *statements: str) -> None:
        """Run statements in autocommit (CREATE/DROP DATABASE cannot run in a transaction)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             dbname="postgres", autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)


def binary(name: str) -> str:
    found = shutil.which(name) or next(iter(sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None)
    if found is None:
        raise RuntimeError(f"{name} not found: `make test` installs Debian's postgresql "
                           "(or put PostgreSQL's bin directory on PATH)")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_user() -> tuple[list[str], str | None]:
    if os.geteuid() != 0:
        return [], None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return ["runuser", "-u", name, "--"], name
    raise RuntimeError("running as root and no 'postgres' or 'nobody' user to run PostgreSQL as")


def start(timeout: float = 60) -> Running:
    run_as, user = _server_user()
    data = Path(tempfile.mkdtemp(prefix="claimsift-pg-"))
    if user is not None:
        shutil.chown(data, user)
    port = _free_port()
    run = lambda *args: subprocess.run([*run_as, *args], check=True, capture_output=True,  # noqa: E731
                                       text=True, timeout=timeout)
    try:
        run(binary("initdb"), "-D", str(data / "db"), "-U", SUPERUSER, "-A", "trust",
            "-E", "UTF8", "--locale=C", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={data} "
                   "-c fsync=off -c full_page_writes=off -c max_connections=60")
        run(binary("pg_ctl"), "-D", str(data / "db"), "-l", str(data / "server.log"),
            "-o", options, "-w", "-t", str(int(timeout)), "start")
    except subprocess.CalledProcessError as error:
        log = data / "server.log"
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        shutil.rmtree(data, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {error.stderr or error.stdout}\n{tail}") \
            from None
    running = Running(data, port, run_as)
    deadline = time.monotonic() + timeout
    while True:
        try:
            running.execute("SELECT 1")
            return running
        except Exception:
            if time.monotonic() > deadline:
                stop(running)
                raise
            time.sleep(0.2)


def stop(running: Running) -> None:
    subprocess.run([*running.run_as, binary("pg_ctl"), "-D", str(running.data / "db"),
                    "-m", "immediate", "-w", "stop"], capture_output=True, timeout=60)
    shutil.rmtree(running.data, ignore_errors=True)
