"""Whatever an article holds, drafting ends in a valid bank or in one DraftError."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizcli.bank.load import parse_bank
from quizcli.draft import DraftError, draft

PIECES = [
    "Josh Kerr",
    "Kerr",
    "Cole Hocker",
    "he",
    "she",
    "The Norwegian",
    " said",
    " told the BBC:",
    " added",
    ", ",
    ". ",
    ": ",
    '"',
    "\u201c",
    "\u201d",
    "'",
    " won the 1500m",
    " in 3:27.65",
    " in 13 mins and 13.66 secs",
    " ahead of A and B",
    " finished fourth",
    " took bronze",
    " completed the podium",
    " behind Kerr",
    " the 23-year-old",
    " three images",
    " a world record",
    "\n\n",
    "Q: ",
    "KERR: ",
    "[bold]x[/]",
    "\x1b[2J",
    "\u202e",
    "  ",
    "# ",
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(PIECES), min_size=0, max_size=120))
def test_any_mix_drafts_a_valid_bank_or_says_why(tmp_path: Path, pieces: list[str]) -> None:
    path = tmp_path / "mix.txt"
    path.write_text("".join(pieces) + " filler words for length" * 3, encoding="utf-8")
    try:
        result = draft([path])
    except DraftError as error:
        assert "\n" not in str(error)
        return
    assert result.toml.startswith("# DRAFT to be checked")
    bank = parse_bank(result.toml, "mix.toml")
    assert len(bank.questions) == len(result.bank.questions)
    assert draft([path]).toml == result.toml  # deterministic
