"""Import, second edition: a corpus of files written from the formats' own documentation.

Each file in tests/data/import_corpus/ reproduces a case real quiz files hit (issue 24) and
cites the documentation it follows (in the file where the format has comments, else in the
folder's README.md). Next to it, FILE.toml is the bank ``quizcli import`` must write and
FILE.skips the skip lines it must print. Whatever import writes passes the loader's checks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizcli.bank.formats.output import bank_text
from quizcli.bank.formats.registry import import_file
from quizcli.bank.load import check_text

CORPUS = Path(__file__).resolve().parent / "data" / "import_corpus"
FILES = sorted(path for path in CORPUS.iterdir() if path.with_name(path.name + ".toml").exists())


def skip_lines(path: Path) -> list[str]:
    imported = import_file(path, None, "corpus", "Corpus")
    lines = [f"{s.line}: question {s.label()}: skipped: {s.reason}" for s in imported.skipped]
    return lines + [f"note: {note.replace(str(path), 'FILE')}" for note in imported.notes]


def test_every_corpus_file_is_checked_and_cited() -> None:
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    inputs = [p for p in CORPUS.iterdir() if not p.name.endswith((".toml", ".skips", ".md"))]
    assert sorted(inputs) == FILES
    assert len(FILES) >= 14
    for path in FILES:
        assert path.name in readme, f"{path.name} is not listed in README.md"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_corpus_file_imports_as_the_documentation_says(path: Path) -> None:
    imported = import_file(path, None, "corpus", "Corpus")
    written = bank_text(imported)
    assert written == path.with_name(path.name + ".toml").read_text(encoding="utf-8")
    expected_skips = path.with_name(path.name + ".skips").read_text(encoding="utf-8")
    assert skip_lines(path) == expected_skips.splitlines()
    # What import writes passes the checks of validate, list and play.
    assert len(check_text(written, "written.toml").questions) == len(imported.bank.questions)
