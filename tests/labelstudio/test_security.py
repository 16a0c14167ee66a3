"""The Label Studio key never appears in claimsift's output, error messages or logs: every `ls`
command runs as a real process with Python logging at DEBUG (httpx and the SDK included), against
the real server, with the right key, a wrong key, and an unreachable address."""
from __future__ import annotations

import os
import subprocess
import sys

LOGGED = ("import logging, sys; logging.basicConfig(level=logging.DEBUG, stream=sys.stderr); "
          "from annotate.cli import main; main()")


def _run(env: dict, *args: str) -> tuple[int, str]:
    result = subprocess.run([sys.executable, "-c", LOGGED, *args], capture_output=True,
                            text=True, env={**os.environ, **env}, timeout=300)
    return result.returncode, result.stdout + result.stderr


def test_the_key_is_never_printed_or_logged(label_studio, seeded_url, tmp_path):
    url, token = label_studio
    good = {"LABEL_STUDIO_URL": url, "LABEL_STUDIO_API_KEY": token}
    code, out = _run(good, "ls", "push", "--create", "security", "--lang", "en", "--kind",
                     "attributed", "--db", seeded_url)
    assert code == 0 and "tasks imported" in out, out[-2000:]
    assert "DEBUG" in out  # the logging really was on
    project = out.split("project ")[-1].split()[0]
    runs = [
        (good, ["ls", "pull", "--project", project, "--db", seeded_url], 0),
        (good, ["ls", "pull", "--project", "424242", "--db", seeded_url], 1),
        ({**good, "LABEL_STUDIO_API_KEY": token[:-4] + "abcd"},
         ["ls", "push", "--project", project, "--db", seeded_url], 1),
        ({**good, "LABEL_STUDIO_URL": "http://127.0.0.1:9"},
         ["ls", "pull", "--project", project, "--db", seeded_url], 1),
    ]
    for env, args, expected in runs:
        code, out = _run(env, *args)
        assert code == expected, out[-2000:]
        for secret in {token, env["LABEL_STUDIO_API_KEY"]}:
            assert secret not in out, args
        assert "Traceback" not in out
