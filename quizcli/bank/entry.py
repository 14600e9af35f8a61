"""One usable bank: its summary at once, its questions on demand, through the cache.

:func:`open_bank` serves a bank from its cache entry when the file is unchanged, and
otherwise reads and checks the TOML (with the garbage collector paused: parsing creates
millions of objects and no cycles) and writes the entry for next time. Only the questions a
round asks are turned into dataclasses. A broken bank's problems are cached too, so an
unchanged broken bank is not parsed again by every command.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizcli.bank import cache
from quizcli.bank.cache_format import cache_key
from quizcli.errors import BankError, Problem
from quizcli.kinds import Difficulty, Kind

if TYPE_CHECKING:
    from quizcli.bank.checked import CheckedBank
    from quizcli.model import Question, QuestionSet

Table = dict[str, Any]
# Wraps a first load (a cache miss): the CLI shows progress there when it takes a while.
FirstLoad = Callable[[Path], AbstractContextManager[None]]
# Reads and checks the bank file as it is now: its tables, and the cache key of that version.
Reload = Callable[[], "tuple[CheckedBank, dict[str, Any] | None]"]

# Anything a damaged cache entry can raise while it is being read.
CACHE_DAMAGE = (OSError, ValueError, EOFError, TypeError, KeyError, IndexError)


def summarize(bank: CheckedBank) -> dict[str, Any]:
    """The metadata ``list`` shows, computed from checked tables."""
    kinds: set[str] = set()
    difficulties = dict.fromkeys((d.value for d in Difficulty), 0)
    for question in bank.questions:
        kinds.add(question["kind"])
        difficulties[question.get("difficulty", "medium")] += 1
    return {
        "set": bank.set,
        "sources": bank.sources,
        "count": len(bank.questions),
        "kinds": [kind.value for kind in Kind if kind.value in kinds],
        "difficulties": difficulties,
    }


class Bank:
    """A bank that loaded: metadata, and questions built only when asked for."""

    def __init__(
        self,
        path: Path,
        meta: dict[str, Any],
        *,
        checked: CheckedBank | None = None,
        cached: cache.CachedBank | None = None,
        reload: Reload | None = None,
    ) -> None:
        self.path = path
        self.meta = meta
        self._checked = checked
        self._cached = cached
        self._reload = reload

    @property
    def id(self) -> str:
        """The set id."""
        return str(self.meta["set"]["id"])

    @property
    def title(self) -> str:
        """The set title."""
        return str(self.meta["set"]["title"])

    @property
    def count(self) -> int:
        """How many questions the bank holds."""
        return int(self.meta["count"])

    def tag_names(self) -> list[str]:
        """Every tag of the set and of its questions (for shell completion)."""
        names = list(self.meta["set"].get("tags", ()))
        if self._cached is not None:
            try:
                return names + list(self._cached.index()["tags"])
            except CACHE_DAMAGE:
                self._fall_back()
        return names + [tag for table in self._tables() for tag in table.get("tags", ())]

    def eligible(
        self,
        kinds: Sequence[Kind] = (),
        difficulties: Sequence[Difficulty] = (),
        tags: Sequence[str] = (),
    ) -> Sequence[int]:
        """Indices, ascending, of the questions that pass the filters (tags any-of).

        Without filters that is every index, as a range: no index is read, no list built,
        so a round on a huge bank costs what a round on a small one does.
        """
        if not (kinds or difficulties or tags):
            return range(self.count)
        if self._cached is not None:
            try:
                return self._cached.eligible(
                    [k.value for k in kinds], [d.value for d in difficulties], tags
                )
            except CACHE_DAMAGE:
                self._fall_back()
        return _eligible(self._tables(), kinds, difficulties, tags)

    def groups(self) -> Mapping[int, str]:
        """The group of every question that has one, by index (see draw.pick).

        Raises SourceChanged, as ``questions`` does, when the cache entry failed and the
        bank read instead is not the version the entry described.
        """
        if self._cached is not None:
            try:
                return self._cached.groups()
            except CACHE_DAMAGE:
                if not self._fall_back():
                    from quizcli.draw import SourceChanged

                    raise SourceChanged(str(self.path)) from None
        return {i: table["group"] for i, table in enumerate(self._tables()) if "group" in table}

    def questions(self, indices: Sequence[int]) -> list[Question]:
        """The questions at ``indices``, in that order, as dataclasses.

        Raises SourceChanged when the cache entry failed and the bank read instead is not
        the version the entry described (the file was edited, or the entry's summary was
        wrong): ``indices`` were chosen from the entry, so the caller must choose again.
        """
        from quizcli.bank.build import build_question

        if self._cached is not None:
            try:
                return [build_question(t) for t in self._cached.tables(indices)]
            except CACHE_DAMAGE:
                if not self._fall_back():
                    from quizcli.draw import SourceChanged

                    raise SourceChanged(str(self.path)) from None
        tables = self._tables()
        return [build_question(tables[i]) for i in indices]

    def reveals(self, indices: Sequence[int]) -> list[tuple[str, ...]]:
        """What gives away each answer at ``indices``: from the cache entry, where it was
        computed once for the bank, else computed now. Raises SourceChanged as
        ``questions`` does."""
        from quizcli.spoilers import reveals

        if self._cached is not None:
            try:
                return self._cached.reveals(indices)
            except CACHE_DAMAGE:
                if not self._fall_back():
                    from quizcli.draw import SourceChanged

                    raise SourceChanged(str(self.path)) from None
        tables = self._tables()
        return [reveals(tables[i]) for i in indices]

    def question_set(self, questions: Sequence[Question]) -> QuestionSet:
        """The set's title, sources and so on, holding ``questions``."""
        from quizcli.bank.build import build_set

        return build_set(self.meta["set"], self.meta["sources"], questions)

    def _tables(self) -> list[Table]:
        if self._checked is None:
            self._fall_back()
        assert self._checked is not None
        return self._checked.questions

    def _fall_back(self) -> bool:
        """The cache entry failed while being read: read the bank itself instead.

        True when the bank read is the version the entry stood for, with the summary the
        entry gave, so that whatever was chosen from the entry still holds.
        """
        entry, self._cached = self._cached, None
        if self._checked is not None:
            return True
        assert self._reload is not None
        self._checked, key = self._reload()
        fresh = summarize(self._checked)
        same = entry is not None and key == entry.header["key"] and fresh == self.meta
        self.meta = fresh
        return same


def open_bank(
    path: Path,
    cache_folder: Path | None,
    first_load: FirstLoad | None = None,
) -> Bank:
    """The bank at ``path``: from its cache entry when unchanged, else read and checked.

    Raises BankError (from the loader) for a bank that cannot be used.
    """
    try:
        resolved = path.resolve()
        stat = resolved.stat()
    except (OSError, RuntimeError):
        resolved, stat = path.absolute(), None
        if cache_folder is not None:
            cache.drop(cache_folder, resolved)  # a bank that is gone loses its entry

    def reload() -> tuple[CheckedBank, dict[str, Any] | None]:
        # The file may have changed since it was first looked at: key what is read now.
        now = stat
        if now is not None:
            try:
                now = resolved.stat()
            except OSError:
                now = None
        checked = _check(path, resolved, now, cache_folder, first_load)
        return checked, cache_key(resolved, now) if now is not None else None

    usable = cache_folder is not None and stat is not None and _is_regular(stat)
    if usable:
        assert cache_folder is not None and stat is not None
        entry = cache.read(cache_folder, resolved, stat)
        if entry is not None:
            return Bank(path, entry.meta, cached=entry, reload=reload)
        known = cache.read_problems(cache_folder, resolved, stat)
        if known is not None:  # checked before, unchanged since, and broken
            raise BankError([Problem(str(path), *row) for row in known])
    checked = _check(path, resolved, stat, cache_folder, first_load)
    return Bank(path, summarize(checked), checked=checked, reload=reload)


def _check(
    path: Path,
    resolved: Path,
    stat: os.stat_result | None,
    cache_folder: Path | None,
    first_load: FirstLoad | None,
) -> CheckedBank:
    from quizcli.bank.formats.registry import check_foreign, is_foreign
    from quizcli.bank.load import check_text, read_bank_text

    cacheable = cache_folder is not None and stat is not None and _is_regular(stat)
    showing = first_load(path) if first_load is not None else nullcontext()
    with showing, _collector_paused():
        if is_foreign(path):
            # A GIFT, XML, JSON, CSV, TSV or TXT file is converted in memory, then cached
            # like a TOML bank (a broken one is not remembered: it is cheap to convert again).
            checked = check_foreign(path)
        else:
            # A file that cannot be read is not remembered as broken: a chmod that fixes it
            # changes neither its size nor its modification time.
            text = read_bank_text(path)
            try:
                checked = check_text(text, str(path))
            except BankError as error:
                if cacheable and all(problem.file == str(path) for problem in error.problems):
                    assert cache_folder is not None and stat is not None
                    rows = [(p.line, p.message, p.where, p.column) for p in error.problems]
                    if cache.write_problems(cache_folder, resolved, stat, rows):
                        cache.prune(cache_folder)
                raise
        if cacheable:
            assert cache_folder is not None and stat is not None
            if cache.write(cache_folder, resolved, stat, summarize(checked), checked.questions):
                cache.prune(cache_folder)
    return checked


def _is_regular(stat: os.stat_result) -> bool:
    import stat as stat_module

    return stat_module.S_ISREG(stat.st_mode)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: a parse allocates millions of objects, none in
    cycles, and each collection would walk them all (about 15% of a big bank's load)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _eligible(
    tables: Sequence[Table],
    kinds: Sequence[Kind],
    difficulties: Sequence[Difficulty],
    tags: Sequence[str],
) -> list[int]:
    kind_values = {k.value for k in kinds}
    difficulty_values = {d.value for d in difficulties}
    wanted_tags = set(tags)
    return [
        index
        for index, table in enumerate(tables)
        if (not kind_values or table["kind"] in kind_values)
        and (not difficulty_values or table.get("difficulty", "medium") in difficulty_values)
        and (not wanted_tags or not wanted_tags.isdisjoint(table.get("tags", ())))
    ]
