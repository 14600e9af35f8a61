"""Count the work of drafting one article, deterministically (a script, run in a fresh
interpreter by tests/test_draft_speed.py): the Python lines executed and calls made
(``sys.settrace``), and the characters handed to regular expressions to scan.

    python tests/draft_work.py ARTICLE WARM_UP_ARTICLE    # prints: LINES SCANNED

A timing on a shared machine is noise; these counts are not. Lines catch a loop over the
whole sentence for each value in it, which makes no call; scanned characters catch a
search of the whole sentence for each value, which is one C call. Another article is
drafted first, so that imports, the country list and compiled patterns are not counted.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

SCANNED = [0]
_COMPILE = re.compile


class _Counted:
    """A compiled pattern that adds to SCANNED the characters each use may read: the
    span searched (by ``search``, up to the end of its match: it tries each offset in turn
    and stops there), or for an anchored match the characters it matched."""

    __slots__ = ("_pattern",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern

    @staticmethod
    def _offer(string: str, pos: int = 0, endpos: int = sys.maxsize) -> None:
        SCANNED[0] += max(0, min(endpos, len(string)) - pos) + 1

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        found = self._pattern.search(string, pos, endpos)  # read from pos up to its match
        self._offer(string, pos, found.end() if found else endpos)
        return found

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self._offer(string, pos, endpos)
        return self._pattern.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self._offer(string, pos, endpos)
        return self._pattern.findall(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self._offer(string, pos, endpos)
        return self._pattern.fullmatch(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        found = self._pattern.match(string, pos, endpos)
        SCANNED[0] += (found.end() - pos if found else 0) + 1
        return found

    def sub(self, repl: Any, string: str, count: int = 0) -> Any:
        self._offer(string)
        return self._pattern.sub(repl, string, count)

    def subn(self, repl: Any, string: str, count: int = 0) -> Any:
        self._offer(string)
        return self._pattern.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> Any:
        self._offer(string)
        return self._pattern.split(string, maxsplit)

    def __getattr__(self, name: str) -> Any:  # .pattern, .flags, .groupindex ...
        return getattr(self._pattern, name)

    def __hash__(self) -> int:
        return hash(self._pattern)

    def __eq__(self, other: object) -> bool:
        plain = other._pattern if isinstance(other, _Counted) else other
        return self._pattern == plain


def _compile(pattern: Any, flags: int = 0) -> _Counted:
    plain = pattern._pattern if isinstance(pattern, _Counted) else pattern
    return _Counted(_COMPILE(plain, flags))


def _module_function(name: str) -> Any:
    """``re.search(pattern, string, ...)`` and the like, through a counted pattern."""

    def call(pattern: Any, *args: Any, flags: int = 0, **kwargs: Any) -> Any:
        return getattr(_compile(pattern, flags), name)(*args, **kwargs)

    return call


def main() -> None:
    """Patch re, draft the warm-up article, then count the drafting of the article."""
    re.compile = _compile  # type: ignore[assignment]
    for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
        setattr(re, name, _module_function(name))

    from quizcli.draft import DraftError, draft

    draft([Path(sys.argv[2])])
    lines = [0]

    def trace(frame: Any, event: str, arg: Any) -> Any:
        lines[0] += 1
        return trace

    SCANNED[0] = 0
    sys.settrace(trace)
    try:
        draft([Path(sys.argv[1])])
    except DraftError:
        pass  # nothing to ask (all capitals): the reading is what is counted
    finally:
        sys.settrace(None)
    print(lines[0], SCANNED[0])


if __name__ == "__main__":
    main()
