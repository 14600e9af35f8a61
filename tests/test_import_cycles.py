"""No two modules of quizcli import each other, directly or round a longer circle, and
every module stays small enough to read.

Every import counts: at the top, inside a function (a lazy import is still a dependency)
and under ``if TYPE_CHECKING`` (a circle there is a circle in the design). Importing a
package counts as a dependency on its ``__init__``; ``from package import module`` counts
as one on that module. Modules of quizcli/ stay under MAX_LINES lines, but for the few in
KNOWN_LONG, each with the reason it is not split yet.
"""

from __future__ import annotations

import ast
from pathlib import Path

import quizcli

PACKAGE_ROOT = Path(quizcli.__file__).parent
MAX_LINES = 400
# Modules over MAX_LINES, each with the reason it is not split yet. No other module may
# join them; one that drops under the limit must leave the list.
KNOWN_LONG = {}


def module_name(path: Path, root: Path = PACKAGE_ROOT) -> str:
    """The dotted name of the module at ``path`` in the package at ``root``."""
    parts = path.relative_to(root.parent).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imported_modules(path: Path, known: set[str], root: Path = PACKAGE_ROOT) -> set[str]:
    """The modules of ``known`` that the file at ``path`` imports, anywhere in it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path, root)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # ``from package import module`` depends on the module; ``from package import
            # name`` on the package's __init__, where the name is.
            names = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                for alias in node.names
            ]
        else:
            continue
        found.update(name for name in names if name in known)
    return found


def graph_of(root: Path = PACKAGE_ROOT) -> dict[str, set[str]]:
    """Every module of the package at ``root``, with the modules of it that it imports."""
    files = {module_name(path, root): path for path in root.rglob("*.py")}
    known = set(files)
    return {name: imported_modules(path, known, root) - {name} for name, path in files.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One circle of imports in ``graph``, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def line_counts(root: Path = PACKAGE_ROOT) -> dict[str, int]:
    """The number of lines of every module under ``root``, by its path relative to it."""
    return {
        path.relative_to(root).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in root.rglob("*.py")
    }


def test_the_cycle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_lazy_type_checking_and_relative_imports_all_count(tmp_path: Path) -> None:
    root = tmp_path / "pkg"
    (root / "sub").mkdir(parents=True)
    (root / "__init__.py").write_text("")
    (root / "sub" / "__init__.py").write_text("from pkg.sub.deep import thing\n")
    (root / "sub" / "deep.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from pkg import typed\n"
        "def f():\n"
        "    import pkg.lazy\n"
        "    from .. import sibling\n"
        "    from ..helpers import name\n"
    )
    for name in ("typed", "lazy", "sibling", "helpers"):
        (root / f"{name}.py").write_text("")
    graph = graph_of(root)
    assert graph["pkg.sub"] == {"pkg.sub.deep"}
    assert graph["pkg.sub.deep"] == {"pkg.typed", "pkg.lazy", "pkg.sibling", "pkg.helpers"}
    (root / "lazy.py").write_text("def g():\n    from pkg.sub import deep\n")
    cycle = find_cycle(graph_of(root))
    assert cycle is not None and "pkg.lazy" in cycle and "pkg.sub.deep" in cycle


def test_no_import_circle_anywhere_in_quizcli() -> None:
    graph = graph_of()
    assert {"quizcli.game", "quizcli.bank.load", "quizcli.commands.options"} <= set(graph)
    assert len(graph) == len(list(PACKAGE_ROOT.rglob("*.py")))
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


def test_no_module_of_quizcli_is_too_long_to_read() -> None:
    counts = line_counts()
    assert "bank/cache.py" in counts and "game.py" in counts
    long = {
        name: count
        for name, count in counts.items()
        if count > MAX_LINES and name not in KNOWN_LONG
    }
    assert not long, long


def test_every_known_long_module_is_still_long() -> None:
    # Once one is split (or gone), its exception goes too, so that it cannot grow back.
    counts = line_counts()
    split = {name for name in KNOWN_LONG if counts.get(name, 0) <= MAX_LINES}
    assert not split, f"remove from KNOWN_LONG: {sorted(split)}"
