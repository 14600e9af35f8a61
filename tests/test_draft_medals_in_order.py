"""Medals told for a list of names in order without "respectively" (issue 21), in articles
of our own: ``A (10.95) and B (10.98) splashed across the line to win the silver and
bronze`` (a real world championships report's silver and bronze went unasked), ``A and B
took silver and bronze in the women's 100m``; never another time's (``have won silver and
bronze before``, ``in 2003``, ``two years ago``), nor a list longer than its medals; and the
same guards now hold for ``respectively``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_articles import drafted, facts

WIN = "Lia Moss won the women's 100m at the Harbour Games in 10.93 on Monday."
QUOTES = (
    '"I had a good start and a good finish," said Moss.\n\n'
    '"The rain made it slippery," Vera Camp said.\n\n'
    '"I will take bronze," said Cleo Aron.\n\n'
    "Tina Ola was fourth and Una Pike fifth."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vera Camp of Jamaica (10.95) and Cleo Aron of France (10.98) splashed across the "
        "line to win the silver and bronze.",
        "Vera Camp and Cleo Aron took silver and bronze in the women's 100m.",
        "Vera Camp and Cleo Aron took silver and bronze respectively.",
        "Moss beat Vera Camp and Cleo Aron, who finished second and third respectively.",
    ],
)
def test_medals_in_the_order_of_the_names(tmp_path: Path, sentence: str) -> None:
    result = drafted(tmp_path, f"{WIN} {sentence}\n\n{QUOTES}")
    placed = {(f[0], f[2]) for f in facts(result, "medal") + facts(result, "place")}
    assert {("Vera Camp", 2), ("Cleo Aron", 3)} <= placed, placed


@pytest.mark.parametrize(
    "sentence",
    [
        "Vera Camp and Cleo Aron have won silver and bronze in the 100m before.",
        "Vera Camp and Cleo Aron won silver and bronze in the 100m in 2003.",
        "Vera Camp and Cleo Aron, who won silver and bronze in the 100m two years ago, ran again.",
        "Vera Camp and Cleo Aron took silver and bronze respectively in the 100m last year.",
        "Vera Camp, Cleo Aron and Tina Ola took silver and bronze.",
    ],
)
def test_no_medals_of_another_time_or_a_longer_list(tmp_path: Path, sentence: str) -> None:
    result = drafted(tmp_path, f"{WIN} {sentence}\n\n{QUOTES}")
    placed = {(f[0], f[2]) for f in facts(result, "medal") + facts(result, "place")}
    assert not [p for p in placed if p[0] in ("Vera Camp", "Cleo Aron")], placed
