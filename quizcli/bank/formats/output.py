"""Writing an imported bank or an exported file: atomically, and never over a file unasked."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from quizcli.bank.dump import to_toml
from quizcli.bank.formats.common import Imported
from quizcli.errors import QuizError
from quizcli.kinds import FORMAT_VERSION


class OutputExistsError(QuizError):
    """The output file exists and ``--force`` was not given."""


def bank_text(imported: Imported) -> str:
    """The imported bank as TOML text that ``quizcli validate`` accepts as is."""
    bank = imported.bank
    header = f"# {imported.format} file converted by quizcli import.\n"
    document = {"format": FORMAT_VERSION, "set": bank.set, "questions": bank.questions}
    return header + to_toml(document)


class TooBigError(QuizError):
    """The bank an import would write is over the size every bank command reads."""


def refuse_too_big(source: str, text: str) -> None:
    """TooBigError when ``text`` is over the size ``validate``, ``list`` and ``play`` read:
    import writes nothing that they would refuse."""
    from quizcli.bank import load

    size = len(text.encode("utf-8"))
    if size > load.MAX_BANK_BYTES:
        limit = load.MAX_BANK_BYTES
        mib = 1024 * 1024
        most = f"{limit // mib} MiB" if limit % mib == 0 else f"{limit:,} bytes"
        raise TooBigError(
            f"{source}: the bank would be {size:,} bytes, over the {most} a bank may "
            "hold; nothing written (split the file and import the parts)"
        )


def refuse_existing(path: Path, force: bool) -> None:
    """QuizError when ``path`` exists and may not be replaced."""
    if not force and (path.exists() or path.is_symlink()):
        raise OutputExistsError(f"{path} already exists; add --force to replace it")


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file renamed into place: a reader sees
    the old file or the whole new one, never half of it."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise QuizError(f"{folder}: cannot write there ({error.strerror or error})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide the bank from other users
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise QuizError(f"{path}: cannot be written ({error.strerror or error})") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
