"""What keeps a live host standing whatever clients do: a message-rate bucket per
connection and a per-address, decaying brake on wrong join codes. Pure bookkeeping on a
clock."""

from __future__ import annotations

import time
from collections.abc import Callable

from quizcli.live.protocol import (
    FREE_TRIES,
    RATE_BURST,
    RATE_PER_SECOND,
    SLOW_BASE,
    SLOW_HALF_LIFE,
    SLOW_MAX,
)

# Addresses remembered for wrong codes; past this many, the oldest are forgotten.
MAX_ADDRESSES = 4096


class Bucket:
    """A token bucket: ``take`` is False once a client sends faster than the rate allows."""

    def __init__(
        self,
        rate: float = RATE_PER_SECOND,
        burst: int = RATE_BURST,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = rate
        self.burst = float(burst)
        self.tokens = float(burst)
        self.clock = clock
        self.last = clock()

    def take(self) -> bool:
        """Spend one token; False when none is left."""
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


class CodeBrake:
    """Holds back the refusals of wrong join codes from an address that keeps giving them.

    After FREE_TRIES wrong codes, each further refusal waits SLOW_BASE seconds doubled per
    failure, up to SLOW_MAX; the count halves every SLOW_HALF_LIFE seconds, so an address
    (a whole NAT, a tunnel) that once mistyped is soon free again. A right code is never
    held back: only refusals wait, never the check.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.failures: dict[str, tuple[float, float]] = {}  # address -> (count, when)

    def _count(self, address: str) -> float:
        count, when = self.failures.get(address, (0.0, 0.0))
        return count * 0.5 ** ((self.clock() - when) / SLOW_HALF_LIFE) if count else 0.0

    def delay(self, address: str) -> float:
        """Seconds the refusal of a wrong code from ``address`` is held back."""
        failures = self._count(address)
        if failures <= FREE_TRIES:
            return 0.0
        return float(min(SLOW_BASE * 2 ** min(failures - FREE_TRIES - 1, 16), SLOW_MAX))

    def failed(self, address: str) -> None:
        """Count a wrong code from ``address``."""
        if address not in self.failures and len(self.failures) >= MAX_ADDRESSES:
            del self.failures[next(iter(self.failures))]
        count = self._count(address) + 1
        self.failures.pop(address, None)  # re-inserted last: the oldest go first
        self.failures[address] = (count, self.clock())
