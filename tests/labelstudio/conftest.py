"""A real Label Studio 1.23.2 server for the round-trip tests: installed by `make test` into its
own virtual environment (.venv-ls, kept apart from the project's), started here on 127.0.0.1 with
a fresh data directory, a user, a password and a legacy token, and stopped at the end."""
from __future__ import annotations

import pytest

from tests.labelstudio.server import start, stop


@pytest.fixture(scope="session")
def label_studio(tmp_path_factory):
    running = start(tmp_path_factory.mktemp("label-studio"))
    try:
        yield running.url, running.token
    finally:
        stop(running)


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
