"""What keeps a live host standing whatever clients do: a message-rate bucket per
connection and a per-address brake on wrong join codes. Pure bookkeeping on a clock."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from quizcli.live.protocol import FREE_TRIES, RATE_BURST, RATE_PER_SECOND, SLOW_BASE, SLOW_MAX

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
    """Slows join attempts from an address that keeps giving wrong codes.

    After FREE_TRIES wrong codes, every hello from that address waits its turn (one at a
    time, so parallel connections gain nothing) and then a delay that doubles with each
    further failure, up to SLOW_MAX seconds: guessing a 6-digit code takes days.
    """

    def __init__(self) -> None:
        self.failures: dict[str, int] = {}
        self.locks: dict[str, asyncio.Lock] = {}

    def delay(self, address: str) -> float:
        """Seconds a hello from ``address`` waits before its code is checked."""
        failures = self.failures.get(address, 0)
        if failures < FREE_TRIES:
            return 0.0
        return float(min(SLOW_BASE * 2 ** min(failures - FREE_TRIES, 16), SLOW_MAX))

    def failed(self, address: str) -> None:
        """Count a wrong code from ``address``."""
        if address not in self.failures and len(self.failures) >= MAX_ADDRESSES:
            oldest = next(iter(self.failures))
            del self.failures[oldest]
            self.locks.pop(oldest, None)
        self.failures[address] = self.failures.get(address, 0) + 1

    @asynccontextmanager
    async def turn(self, address: str) -> AsyncIterator[None]:
        """Wait for ``address``'s turn (and its delay) before checking a code."""
        if self.delay(address) == 0:
            yield
            return
        lock = self.locks.setdefault(address, asyncio.Lock())
        async with lock:
            await asyncio.sleep(self.delay(address))
            yield
