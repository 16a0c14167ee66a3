"""Start and stop a real Label Studio on loopback (used by the tests and by bench/ls_roundtrip.py):
a fresh data directory, an admin user with a password and a legacy token, --no-browser."""
from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LABEL_STUDIO = Path(os.environ.get("CLAIMSIFT_LABEL_STUDIO",
                                   REPO / ".venv-ls" / "bin" / "label-studio"))
ADMIN = "admin@claimsift.test"


@dataclass
class Running:
    process: subprocess.Popen
    url: str
    token: str
    log: Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def start(data: Path, timeout: float = 300) -> Running:
    if not LABEL_STUDIO.exists():
        raise RuntimeError(f"{LABEL_STUDIO} is missing: `make test` installs label-studio==1.23.2 "
                           "into .venv-ls")
    port, token = _free_port(), secrets.token_hex(20)
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "LABEL_STUDIO_BASE_DATA_DIR": str(data),
           "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
           "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true"}
    log = data / "server.log"
    with open(log, "w") as out:
        process = subprocess.Popen(
            [str(LABEL_STUDIO), "start", "--no-browser", "--host", "127.0.0.1",
             "--internal-host", "127.0.0.1", "--port", str(port), "--username", ADMIN,
             "--password", "claimsift-" + secrets.token_hex(8), "--user-token", token],
            env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    running = Running(process, url, token, log)
    deadline = time.monotonic() + timeout
    while not healthy(url):
        if process.poll() is not None or time.monotonic() > deadline:
            stop(running)
            tail = log.read_text(errors="replace")[-3000:]
            raise RuntimeError(f"Label Studio did not come up on {url}:\n{tail}")
        time.sleep(1)
    return running


def stop(running: Running) -> None:
    if running.process.poll() is not None:
        return
    os.killpg(running.process.pid, signal.SIGTERM)
    try:
        running.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(running.process.pid, signal.SIGKILL)
        running.process.wait()
