"""What a live room tells about its players: the checks on a hello, the ``welcome`` a
seated player gets, and the ``players`` list everyone sees (docs/protocol.md).

Pure functions of what the host holds (:mod:`quizcli.live.host` keeps the state, the
secrets and the clock): no connection, no event loop. Scores shown here are the ones
frozen at the last close (:class:`Shown`), never the ones of the open question.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Mapping
from typing import Any, NamedTuple

from quizcli.live import protocol as wire
from quizcli.live.room import Reply, refuse
from quizcli.model import QuestionSet

NEWEST = 8  # names the host's lobby shows


class Shown(NamedTuple):
    """A player as everyone may see them until the next close: score, streak, answered."""

    score: int = 0
    streak: int = 0
    answered: int = 0


def read_hello(raw: str | bytes) -> wire.Hello | Reply:
    """A client's first message as a hello in this host's protocol version, or the reply
    that refuses it (the room's code and the seat are checked by the host)."""
    try:
        hello = wire.parse_client(raw)
    except wire.ProtocolError as error:
        return refuse(error.code, str(error))
    if not isinstance(hello, wire.Hello):
        return refuse("bad_message", "the first message must be a hello")
    if hello.version != wire.VERSION:
        return refuse(
            "version",
            f"this host speaks protocol version {wire.VERSION}, the client {hello.version}:"
            " use the same quizcli version as the host",
        )
    return hello


def welcome(
    name: str,
    secret: str,
    *,
    rejoined: bool,
    qset: QuestionSet,
    questions: int,
    time_limit: float,
    shown: Shown,
    state: str,
) -> dict[str, Any]:
    """The ``welcome`` message for a player seated (or seated again) as ``name``."""
    return {
        "type": "welcome", "version": wire.VERSION, "name": name, "rejoined": rejoined,
        "secret": secret, "set": {"id": qset.id, "title": qset.title},
        "questions": questions, "time_limit": time_limit,
        "score": shown.score, "streak": shown.streak, "answered": shown.answered,
        "state": state,
    }  # fmt: skip


def players_update(
    players: dict[str, Any],
    removed: Collection[str],
    connected: Collection[str],
    shown: Mapping[str, Shown],
    wrong_codes: int,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The ``players`` message (the newest MAX_LISTED of ``players``, the room's by name
    in the order they came, scores as of the last close) and the summary for the host's lobby event:
    work that does not grow with the room (when nobody was removed)."""
    in_room = (name for name in reversed(players) if name not in removed)
    newest = list(itertools.islice(in_room, wire.MAX_LISTED))[::-1]
    listed = [
        {"name": name, "connected": name in connected,
         "score": shown.get(name, Shown()).score}
        for name in newest
    ]  # fmt: skip
    count = sum(1 for name in players if name not in removed) if removed else len(players)
    message = {"type": "players", "count": count, "connected": len(connected), "players": listed}
    summary = {"count": count, "connected": len(connected), "newest": newest[-NEWEST:],
               "wrong_codes": wrong_codes}  # fmt: skip
    return message, summary
