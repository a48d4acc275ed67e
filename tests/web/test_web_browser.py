"""The web UI as a user meets it: a real headless Chromium against the app served on 127.0.0.1.

Uses Debian's Chromium (``make system-deps``), never a downloaded browser. Set
``DATELINE_SCREENSHOTS=docs/screenshots`` to save screenshots of the main pages for the docs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_helpers import LiveServer

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]
# A new report on the same talks, written for this test: it should join the reference story.
FILED_REPORT = """Turkey offers to host Zelensky-Putin meeting after third round of Istanbul talks

Turkish Foreign Minister Hakan Fidan said on July 25 that Ankara had offered both Kyiv and Moscow a venue for a
meeting of the two presidents, two days after the third round of direct talks in Istanbul ended without a ceasefire.

Fidan, speaking after a call with Russian Foreign Minister Sergei Lavrov, said the delegations had agreed to keep
working on prisoner exchanges and the return of soldiers' remains.
"""
NEW_REPORT = """Ukraine and Russia agree to new prisoner exchange after Istanbul talks

By Test Desk

Ukraine and Russia agreed on July 24 to a further exchange of prisoners of war, a day after the third round
of direct talks in Istanbul, Turkish Foreign Minister Hakan Fidan said.

Fidan told reporters in Ankara that Turkey is ready to host a meeting between President Volodymyr Zelensky
and Russian President Vladimir Putin, and that Recep Tayyip Erdogan had spoken to both leaders.

The Kremlin said on July 24 that a meeting between Putin and Zelensky was not on the agenda, while Kyiv
repeated its call for a 30-day ceasefire.
"""

pytestmark = [pytest.mark.browser, pytest.mark.slow]

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def page(live_server: LiveServer) -> Iterator[object]:
    """A page in a fresh headless Chromium."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: run `make system-deps`")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        yield context.new_page()
        browser.close()


def _screenshot(page: sync_api.Page, name: str) -> None:
    folder = os.environ.get("DATELINE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))


def test_the_reference_story_reads_as_a_sourced_timeline(page: sync_api.Page, live_server: LiveServer) -> None:
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(live_server.url + "/")
    cards = page.locator(".story-card")
    assert cards.count() == 1
    card_text = cards.first.inner_text()
    assert "The Kyiv Independent" in card_text and "RKS NEWS" in card_text and "2 sources" in card_text
    _screenshot(page, "stories")

    cards.first.locator("a.story-title").click()
    page.wait_for_url(re.compile(r"/stories/\d+$"))
    dates = page.locator("#timeline h3.date").all_inner_texts()
    assert any("18 July 2025" in d for d in dates) and any("23 July 2025" in d for d in dates)
    entries = page.locator("#timeline li.entry")
    assert entries.count() >= 5
    outlets = set(page.locator("#timeline li.entry a.outlet").all_inner_texts())
    assert {"The Kyiv Independent", "RKS NEWS"} <= outlets
    conflicts = page.locator("#disagreements li.conflict")
    assert conflicts.count() >= 1
    assert conflicts.first.locator("a.outlet").count() == 2  # both sides, each with its sentence
    assert page.locator("figure.sketch svg circle").count() >= entries.count() // 2
    assert not errors, f"the browser reported errors (a CSP violation?): {errors}"
    _screenshot(page, "story")

    page.locator("#articles a").first.click()
    page.wait_for_url(re.compile(r"/articles/\d+$"))
    assert page.locator("#clean-text .hl-entity").count() > 0
    assert page.locator("#clean-text .hl-time").count() > 0
    assert page.locator("#removed").is_visible()
    _screenshot(page, "article")


def test_pasted_coverage_appears_in_its_story(page: sync_api.Page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/add")
    page.fill("#text", NEW_REPORT)
    page.fill("input[name=outlet]", "Test Desk News")
    page.fill("input[name=published]", "2025-07-24")
    page.click("#add-submit")
    page.wait_for_url(re.compile(r"/stories/\d+\?added="), timeout=60_000)
    assert "Added" in page.locator("#added").inner_text()
    assert "Test Desk News" in page.locator("#articles").inner_text()
    assert "The Kyiv Independent" in page.locator("#articles").inner_text()  # the same story as the reference
    page.goto(live_server.url + "/")
    assert page.locator(".story-card").count() == 1


def test_a_file_chosen_in_the_form_appears_in_its_story(page: sync_api.Page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/add")
    page.set_input_files("#files", files=[{
        "name": "desk-report.txt", "mimeType": "text/plain",
        "buffer": FILED_REPORT.encode(),
    }])
    page.fill("input[name=outlet]", "File Desk News")
    page.fill("input[name=published]", "2025-07-25")
    page.click("#add-submit")
    page.wait_for_url(re.compile(r"/stories/\d+\?added="), timeout=60_000)
    assert "Added" in page.locator("#added").inner_text()
    assert "File Desk News" in page.locator("#articles").inner_text()
