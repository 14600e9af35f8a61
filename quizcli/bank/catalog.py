"""Find question banks and gather what they hold.

Banks come from four places, looked at in this order: the built-in banks shipped inside the
package, the user's folder (``$QUIZCLI_HOME/questions``), ``$QUIZCLI_PATH`` and the paths
given with ``--bank``. A folder contributes every ``*.toml`` file below it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from quizcli.bank.entry import Bank, FirstLoad
from quizcli.errors import BankError, Problem, UnknownSetError
from quizcli.kinds import Difficulty, Kind


class Origin(StrEnum):
    """Where a bank was found."""

    BUILTIN = "built-in"
    USER = "user"
    ENV = "QUIZCLI_PATH"
    OPTION = "--bank"


class BankFile(NamedTuple):
    """A bank file to read, and how it was found."""

    path: Path
    origin: Origin

    @property
    def named(self) -> bool:
        """True when the user named this bank explicitly (its problems fail the command)."""
        return self.origin is Origin.OPTION


class SetInfo(NamedTuple):
    """What ``list`` shows of a set, without its questions."""

    id: str
    title: str
    description: str | None
    questions: int
    kinds: tuple[Kind, ...]
    difficulties: dict[Difficulty, int]
    tags: tuple[str, ...]
    path: Path
    origin: Origin

    @classmethod
    def of(cls, bank: Bank, file: BankFile) -> SetInfo:
        """Summarise a loaded bank from its metadata alone."""
        meta = bank.meta
        table = meta["set"]
        return cls(
            id=table["id"],
            title=table["title"],
            description=table.get("description"),
            questions=meta["count"],
            kinds=tuple(Kind(kind) for kind in meta["kinds"]),
            difficulties={d: int(meta["difficulties"].get(d.value, 0)) for d in Difficulty},
            tags=tuple(table.get("tags", ())),
            path=file.path,
            origin=file.origin,
        )


class Catalog:
    """Every set found, the banks that could not be used, and why."""

    def __init__(self) -> None:
        self.sets: dict[str, tuple[Bank, BankFile]] = {}
        self.problems: list[tuple[BankFile, Problem]] = []

    def infos(self) -> list[SetInfo]:
        """A summary of every usable set, in the order found."""
        return [SetInfo.of(bank, file) for bank, file in self.sets.values()]

    @property
    def named_failed(self) -> bool:
        """True when a bank the user named with ``--bank`` could not be used."""
        return any(bank.named for bank, _ in self.problems)

    def get(self, set_id: str) -> Bank:
        """The bank of the set with this id, or UnknownSetError naming the ids there are."""
        if set_id in self.sets:
            return self.sets[set_id][0]
        for _bank, problem in self.problems:
            if problem.where == f"set {set_id}":
                raise BankError([problem])
        known = ", ".join(sorted(self.sets)) or "none"
        broken = {str(bank.path) for bank, _ in self.problems}
        note = f"; {len(broken)} bank(s) could not be loaded, see `quizcli list`" if broken else ""
        raise UnknownSetError(f"no set {set_id!r} (sets found: {known}{note})")

    def offered(self) -> list[str]:
        """The sets a command with no set named chooses from: those of the ``--bank`` files
        when any was given (``play --bank quiz.gift`` plays that file), else every set."""
        named = [set_id for set_id, (_, file) in self.sets.items() if file.named]
        return named or list(self.sets)

    def named_problems(self) -> list[Problem]:
        """The problems of banks the user named with ``--bank``."""
        return [problem for bank, problem in self.problems if bank.named]


def builtin_dir() -> Path | None:
    """The folder of built-in banks: inside the installed package, or the source checkout's."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "questions", package.parent / "questions"):
        if candidate.is_dir():
            return candidate
    return None


def bank_files(
    extra: Sequence[Path] = (),
    *,
    env_paths: Sequence[Path] = (),
    user_dir: Path | None = None,
    builtin: bool = True,
) -> list[BankFile]:
    """Every bank file to read, built-in first, each resolved file once."""
    found: list[BankFile] = []
    seen: set[Path] = set()

    def add(paths: Iterable[Path], origin: Origin) -> None:
        for path in paths:
            key = _resolved(path)
            if key not in seen:
                seen.add(key)
                found.append(BankFile(path, origin))

    if builtin and (folder := builtin_dir()) is not None:
        add(_toml_files(folder), Origin.BUILTIN)
    if user_dir is not None and user_dir.is_dir():
        add(_toml_files(user_dir), Origin.USER)
    for path in env_paths:
        add(_expand(path), Origin.ENV)
    for path in extra:
        add(_expand(path), Origin.OPTION)
    return found


def load_catalog(
    banks: Iterable[BankFile],
    cache_folder: Path | None = None,
    first_load: FirstLoad | None = None,
) -> Catalog:
    """Open every bank (through the cache when given); keep the good sets and the problems
    of the bad ones."""
    from quizcli.bank.entry import open_bank

    catalog = Catalog()
    for file in banks:
        try:
            bank = open_bank(file.path, cache_folder, first_load)
        except BankError as error:
            catalog.problems.extend((file, problem) for problem in error.problems)
            continue
        if bank.id in catalog.sets:
            first = catalog.sets[bank.id][1]
            catalog.problems.append(
                (
                    file,
                    Problem(
                        str(file.path),
                        1,
                        f"set id {bank.id!r} is already used by {first.path}; "
                        "give one of the two sets another id",
                        where=f"set {bank.id}",
                    ),
                )
            )
            continue
        catalog.sets[bank.id] = (bank, file)
    return catalog


def _expand(path: Path) -> Iterator[Path]:
    """A file stands for itself; a folder for the banks below it."""
    if path.is_dir() and path.suffix != ".toml":
        yield from _toml_files(path)
    else:
        yield path


def _toml_files(folder: Path) -> Iterator[Path]:
    """``*.toml`` files below ``folder``, sorted, following links but never in circles."""
    visited: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        try:
            info = os.stat(root)
        except OSError:
            dirs[:] = []
            continue
        key = (info.st_dev, info.st_ino)
        if key in visited:
            dirs[:] = []
            continue
        visited.add(key)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(".toml") and not name.startswith("."):
                yield Path(root) / name


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()
