"""The seats of a live room: which name holds which seat, each seat's secret, and the
seats the host removed. Names that look alike (NFKC, case, TS #39 confusables) are one
seat; a seat is taken back only with its secret. Pure bookkeeping: no sockets."""

from __future__ import annotations

import secrets

from quizcli.live import protocol as wire
from quizcli.live.names import check_room_name, seat_key
from quizcli.players import clean_name

__all__ = ["SeatRefused", "Seats"]


class SeatRefused(Exception):
    """A hello's name cannot be seated: ``code`` and ``message`` as in an ``error``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class Seats:
    """Every seat of one room."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # seat key -> the name seated
        self.secrets: dict[str, str] = {}  # name seated -> the seat's secret
        self.banned: set[str] = set()  # seat keys of removed players
        self.removed: set[str] = set()  # their names, as seated

    def claim(self, raw_name: str, secret: str | None, *, open_for_new: str | None) -> str:
        """The name to seat for a hello with ``raw_name`` and ``secret``: the seat's own
        name when it is a rejoin with the right secret, else a new seat unless
        ``open_for_new`` says why not (its ``code: message``). SeatRefused otherwise;
        PlayerNameError for a name that cannot be a player's."""
        name = check_room_name(clean_name(raw_name))
        key = seat_key(name)
        if key in self.banned:
            raise SeatRefused("removed", "the host removed this player from the game")
        owner = self.names.get(key)
        if owner is not None:
            held = self.secrets.get(owner, "")
            if secret is None or not secrets.compare_digest(secret.encode(), held.encode()):
                raise SeatRefused(
                    "name_taken",
                    f"the name {name} is taken (or one that looks like it); pick another,"
                    " or rejoin with the secret of your seat",
                )
            return owner  # the seat's own player, coming back
        if open_for_new is not None:
            code, message = open_for_new.split(": ", 1)
            raise SeatRefused(code, message)
        self.names[key] = name
        return name

    def secret(self, name: str) -> str:
        """The secret of ``name``'s seat (made on first asking)."""
        return self.secrets.setdefault(name, secrets.token_urlsafe(wire.SECRET_BYTES))

    def free(self, name: str) -> None:
        """Give up ``name``'s seat (a player who left the lobby: nothing was played)."""
        self.secrets.pop(name, None)
        if name not in self.removed:
            self.names.pop(seat_key(name), None)

    def find(self, typed: str) -> str | None:
        """The name seated for what the host typed (any look-alike of it), or None."""
        return self.names.get(seat_key(typed))

    def ban(self, name: str) -> None:
        """Remove ``name``'s seat for good: neither it nor a look-alike comes back."""
        self.banned.add(seat_key(name))
        self.removed.add(name)
