"""Headless Chromium for the browser-player tests: Debian's ``chromium`` driven by
Playwright for Python through ``executable_path`` (no browser is downloaded).

Missing pieces skip the tests with how to get them, and fail them in CI (CI=true),
where ``.ci/run`` installs the browser."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

HOW_TO = (
    "the browser tests need Debian's chromium (apt-get install chromium) and Playwright for"
    " Python (pip install -e '.[dev]'); no `playwright install` is needed"
)


def chromium_path() -> str:
    """The system browser, or a skip (a failure in CI) saying how to get it."""
    found = os.environ.get("QUIZCLI_TEST_CHROMIUM") or shutil.which("chromium")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        found = None
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"no browser in CI: {HOW_TO}")
        pytest.skip(HOW_TO)
    return found


@contextmanager
def chromium(*args: str) -> Iterator[Any]:
    """A headless Chromium for the block (``args``: more command-line switches)."""
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path, args=["--no-sandbox", "--disable-gpu", *args], headless=True
        )
        try:
            yield browser
        finally:
            browser.close()


def phone(browser: Any, **extra: Any) -> Any:
    """A new page the size of a small phone (360 x 740), its websocket frames recorded in
    ``page.frames_in`` (every text frame received, in order)."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, **extra)
    page = context.new_page()
    frames: list[str] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda data: frames.append(data)))
    page.frames_in = frames
    page.set_default_timeout(15_000)
    return page


UNLABELLED = """() => {
  const bad = [];
  for (const node of document.querySelectorAll('button, input, select, textarea')) {
    if (node.closest('[hidden]')) continue;
    const name = (node.getAttribute('aria-label') || '').trim() ||
      (node.labels && Array.from(node.labels).map(l => l.textContent).join(' ').trim()) ||
      (node.tagName === 'BUTTON' ? node.textContent.trim() : '');
    if (!name) bad.push(node.outerHTML.slice(0, 120));
  }
  return bad;
}"""

OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  if (document.documentElement.scrollWidth > width) out.push('page scrolls sideways');
  for (const node of document.querySelectorAll('#controls button, #controls input, #prompt')) {
    const box = node.getBoundingClientRect();
    if (box.width === 0) continue;
    if (box.left < 0 || box.right > width) out.push(node.textContent + ' outside');
    if (node.scrollWidth > node.clientWidth + 1) out.push('clipped: ' + node.textContent);
  }
  return out;
}"""
