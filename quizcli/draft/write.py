"""Writing a draft to a file: a new file only, written whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

from quizcli.draft.read import DraftError


def write_new(path: Path, text: str) -> None:
    """Write ``text`` to ``path``, which must not exist yet; nothing is left on failure."""
    if path.exists():
        raise DraftError(f"{path}: already exists; choose another name or remove it first")
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.link(temporary, path)  # fails, leaving the other file alone, if one appeared
    except FileExistsError:
        raise DraftError(
            f"{path}: already exists; choose another name or remove it first"
        ) from None
    except OSError as error:
        raise DraftError(f"{path}: {error.strerror or error}") from None
    finally:
        temporary.unlink(missing_ok=True)
