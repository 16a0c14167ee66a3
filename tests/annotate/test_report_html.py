"""The HTML report: hostile article and reviewer text is escaped, and the file renders in headless
Chromium (Debian's, installed by `make test`) with no console errors, no requests and Arabic
shown right to left."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli import main
from annotate.review import Filter, ReviewService
from annotate.store.engine import make_engine, make_sessionmaker
from tests.conftest import SEEDS

HOSTILE_ID = '<script>alert("x")</script>'
HOSTILE_REVIEWER = "<img src=x onerror=alert(1)>"
HOSTILE_SPEAKER = "</td><script>steal()</script>"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def hostile_report(tmp_path: Path) -> Path:
    """The seeds plus an article whose id is a script tag, reviewed by a reviewer whose name is
    an HTML payload, with a speaker corrected to another; the HTML report of it all."""
    article = tmp_path / "hostile.jsonl"
    text = ('The ministry said on Monday that the talks would resume. '
            'Analysts say <script>alert(2)</script> may follow.')
    article.write_text(json.dumps({"id": HOSTILE_ID, "text": text}) + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'hostile.db'}"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(SEEDS), str(article), "--db", url]).exit_code == 0
    sessions = make_sessionmaker(make_engine(url))
    for name in (HOSTILE_REVIEWER, "ana"):
        service = ReviewService(sessions, name)
        for claim in service.page(Filter(), limit=200):
            service.label(claim.id, claim.suggested)
    attributed = ReviewService(sessions, "ana").page(Filter(kind="attributed"), limit=1)[0]
    ReviewService(sessions, "ana").correct_speaker(attributed.id, HOSTILE_SPEAKER)
    out = tmp_path / "report.html"
    result = runner.invoke(main, ["stats", "--db", url, "--by", "document", "--format", "html",
                                  "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_every_hostile_string_is_escaped(hostile_report: Path):
    html = hostile_report.read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;/td&gt;&lt;script&gt;steal()&lt;/script&gt;" in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")  # nothing fetched


def test_report_renders_in_headless_chromium(hostile_report: Path, tmp_path: Path):
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Chromium is missing: `make test` installs Debian's chromium"
    problems, requests = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning")
                else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(hostile_report.as_uri())
        page.wait_for_load_state("load")
        body = page.inner_text("body")
        scripts = page.evaluate("document.scripts.length")
        bars = page.locator("svg rect").count()
        arabic = page.evaluate("""() => {
            const cell = [...document.querySelectorAll('bdi')]
                .find(b => /[\\u0600-\\u06FF]/.test(b.textContent));
            return cell ? getComputedStyle(cell).direction : null;
        }""")
        english = page.evaluate("getComputedStyle(document.querySelector('bdi')).direction")
        shot = tmp_path / "report.png"
        page.screenshot(path=str(shot), full_page=True)
        browser.close()
    assert problems == []
    assert requests == [hostile_report.as_uri()]  # the file itself, nothing else
    assert scripts == 0
    assert HOSTILE_ID in body and HOSTILE_REVIEWER in body  # shown as text
    assert "Cohen's kappa" in body and "Krippendorff's alpha" in body
    assert bars > 10
    assert arabic == "rtl" and english == "ltr"
    assert shot.stat().st_size > 20_000
