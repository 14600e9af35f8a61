"""A QR code drawn in the terminal, for the host's lobby: a phone camera joins in one step.

Each character cell holds two modules (upper and lower half blocks), drawn black on
white whatever the terminal's colours, with the quiet zone the standard asks for, so the
code scans from a dark or a light terminal. ``segno`` (pure Python) makes the symbol and
is imported only here, only when a room's lobby is shown.
"""

from __future__ import annotations

from rich.text import Text

QUIET = 2  # modules of white border (the standard's 4 is generous on a bright cell)


def qr_text(data: str) -> Text:
    """``data`` as a QR code, as Rich text (one line per two rows of modules)."""
    import segno

    code = segno.make(data, error="m", micro=False)
    rows = [[bool(module) for module in row] for row in code.matrix_iter(border=QUIET)]
    if len(rows) % 2:
        rows.append([False] * len(rows[0]))
    text = Text(no_wrap=True, overflow="crop")
    for top, bottom in zip(rows[::2], rows[1::2], strict=True):
        line = "".join(_cell(up, down) for up, down in zip(top, bottom, strict=True))
        text.append(line, style="black on white")
        text.append("\n")
    text.right_crop(1)  # the last newline
    return text


def _cell(up: bool, down: bool) -> str:
    """One character for two modules, dark (True) drawn in the foreground colour."""
    if up and down:
        return "█"
    if up:
        return "▀"
    if down:
        return "▄"
    return " "
