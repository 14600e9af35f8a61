"""Remake the README's pictures of the phone flow: docs/phone-page.png (the browser player
at 360 px, mid-question, in headless Chromium) and docs/host-qr.svg (the host's lobby with
the join URL's QR code, as the terminal draws it).

Run from the repository: ``python docs/make_images.py`` (needs the dev extra and Debian's
chromium). It plays a room on 127.0.0.1 with the test bank, exactly as the tests do.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))


def main() -> None:
    """Write both pictures next to this script."""
    import tempfile

    from browser import chromium, phone
    from helpers import VALID, write
    from live_helpers import make_game
    from rich.console import Console

    from quizcli.live.host import LiveHost
    from quizcli.live.web import join_url
    from quizcli.ui.host import HostScreen

    folder = Path(tempfile.mkdtemp())
    from quizcli.model import Kind

    game = make_game(write(folder, VALID), count=1, seed=5, kinds=(Kind.MULTI,), limit=60)
    host = LiveHost(game, code="482913", pause=0)
    ready = threading.Event()
    thread = threading.Thread(
        target=lambda: asyncio.run(host.run(lambda _: ready.set())), daemon=True
    )
    thread.start()
    ready.wait(10)
    url = join_url("127.0.0.1", host.port, host.code)
    console = Console(record=True, width=72, force_terminal=True, color_system="truecolor")
    shown = join_url("192.168.1.20", 8765, host.code)
    screen = HostScreen(console, host.code, "192.168.1.20:8765", interactive=True, url=shown,
                        loopback=False)  # fmt: skip

    @contextmanager
    def drawn_once(renderable: object) -> Iterator[None]:
        console.print(renderable)  # a still picture: the live region drawn once
        yield

    screen._live = drawn_once  # type: ignore[method-assign]
    with screen.lobby():
        pass
    console.save_svg(str(HERE / "host-qr.svg"), title="quizcli host --bind 192.168.1.20")
    with chromium() as browser:
        page = phone(browser)
        page.goto(url)
        page.get_by_label("Your name", exact=True).fill("ana")
        page.get_by_role("button", name="Join").click()
        page.get_by_text("Waiting for the host to start the game.").wait_for()
        host.start_game()
        page.get_by_text("Question 1 of 1").wait_for()
        page.locator("#controls .option").first.click()
        page.screenshot(path=str(HERE / "phone-page.png"), full_page=True)
    host.stop()
    thread.join(10)


if __name__ == "__main__":
    main()
