"""A real Label Studio 1.23.2 server for the round-trip tests: installed by `make test` into its
own virtual environment (.venv-ls, kept apart from the project's), started here on 127.0.0.1 with
a fresh data directory, a user, a password and a legacy token, and stopped at the end."""
from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import REPO

LABEL_STUDIO = Path(os.environ.get("CLAIMSIFT_LABEL_STUDIO",
                                   REPO / ".venv-ls" / "bin" / "label-studio"))
ADMIN, PASSWORD = "admin@claimsift.test", "claimsift-" + secrets.token_hex(8)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def label_studio(tmp_path_factory):
    assert LABEL_STUDIO.exists(), (
        f"{LABEL_STUDIO} is missing: `make test` installs label-studio==1.23.2 into .venv-ls")
    data = tmp_path_factory.mktemp("label-studio")
    port, token = _free_port(), secrets.token_hex(20)
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "LABEL_STUDIO_BASE_DATA_DIR": str(data),
           "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
           "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true"}
    log = open(data / "server.log", "w")
    server = subprocess.Popen(
        [str(LABEL_STUDIO), "start", "--no-browser", "--host", "127.0.0.1", "--internal-host",
         "127.0.0.1", "--port", str(port), "--username", ADMIN, "--password", PASSWORD,
         "--user-token", token],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while not _healthy(url):
            if server.poll() is not None or time.monotonic() > deadline:
                tail = (data / "server.log").read_text(errors="replace")[-3000:]
                raise AssertionError(f"Label Studio did not come up on {url}:\n{tail}")
            time.sleep(1)
        yield url, token
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()


@pytest.fixture
def ls_env(label_studio, monkeypatch):
    url, token = label_studio
    monkeypatch.setenv("LABEL_STUDIO_URL", url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", token)
    return url, token


@pytest.fixture
def sdk(label_studio):
    from label_studio_sdk import LabelStudio

    url, token = label_studio
    return LabelStudio(base_url=url, api_key=token)
