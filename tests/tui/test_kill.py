"""The real `claimsift review` in a pseudo-terminal, killed with SIGKILL right after the screen says
a label was saved: the database keeps every label it showed as saved, and is consistent."""
from __future__ import annotations

import fcntl
import os
import pty
import re
import signal
import sqlite3
import struct
import subprocess
import sys
import termios
import threading
import time

ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][0-9A-Za-z]|\x1b\][^\x07]*\x07")


class Terminal:
    def __init__(self, args: list[str]) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 36, 140, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", COLUMNS="140", LINES="36")
        self.process = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, env=env,
                                        start_new_session=True)
        os.close(slave)
        self.output = b""
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output += chunk

    def screen_text(self) -> str:
        return ANSI.sub(b"", self.output).decode("utf-8", "replace")

    def wait_for(self, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.screen_text():
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise AssertionError(f"never showed {text!r}; exit {self.process.poll()}")
            time.sleep(0.05)

    def send(self, keys: str) -> None:
        os.write(self.master, keys.encode())


def test_kill_9_loses_nothing_shown_as_saved(seeded_url):
    path = seeded_url.removeprefix("sqlite:///")
    term = Terminal([sys.executable, "-m", "annotate.cli", "review", "--db", seeded_url,
                     "--reviewer", "kim", "--bidi", "off"])
    try:
        term.wait_for("reviewed")
        for number, key in enumerate("spb", start=1):
            label = {"s": "sourced", "p": "speculative", "b": "boilerplate"}[key]
            term.send(key)
            term.wait_for(f"saved {label} for claim {number}")
    finally:
        os.killpg(term.process.pid, signal.SIGKILL)
        term.process.wait(timeout=30)
    assert term.process.returncode == -signal.SIGKILL
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = connection.execute(
            "SELECT claim_id, label FROM reviews WHERE reviewer = 'kim' ORDER BY claim_id").fetchall()
        history = connection.execute(
            "SELECT count(*) FROM annotations WHERE reviewer = 'kim'").fetchone()[0]
    assert rows == [(1, "sourced"), (2, "speculative"), (3, "boilerplate")]
    assert history == 3
