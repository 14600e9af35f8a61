"""The live-game protocol: JSON text messages over WebSocket (docs/protocol.md).

Message types, the protocol version, the limits a host enforces, and the checks that turn
untrusted text into typed messages (or a :class:`ProtocolError` naming what is wrong). Pure:
no sockets and no terminal here, so the checks can be fuzzed on their own.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any, NamedTuple, TypeGuard

from quizcli.errors import QuizError
from quizcli.model import (
    AnswerValue,
    ChoiceQuestion,
    Kind,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    Presented,
    Question,
    TextQuestion,
    TimeQuestion,
    TrueFalseQuestion,
)

VERSION = 2
DEFAULT_PORT = 8765
CODE_LENGTH = 6
SECRET_BYTES = 16  # a seat's secret: 128 random bits, sent as 22 URL-safe characters
MAX_SECRET = 64  # characters of a hello's "secret" at most
# Limits the host enforces on every connection.
MAX_MESSAGE_BYTES = 16 * 1024  # a longer frame closes the connection (code 1009)
MAX_TEXT_ANSWER = 500  # characters in a typed answer
HELLO_TIMEOUT = 5.0  # seconds to say hello before the connection is closed
MAX_PENDING = 256  # connections waiting for their hello; past it the oldest is closed (1013)
RATE_PER_SECOND = 20.0  # messages a second, sustained...
RATE_BURST = 40  # ...with bursts up to this many; more closes the connection (1008)
MAX_BAD_MESSAGES = 10  # malformed or unknown messages before the connection is closed
# Wrong join codes from one address: after FREE_TRIES, the refusal of each further wrong
# code is held back SLOW_BASE seconds doubled per failure, up to SLOW_MAX. The count
# halves every SLOW_HALF_LIFE seconds. A right code is never held back.
FREE_TRIES = 3
SLOW_BASE = 0.25
SLOW_MAX = 2.0
SLOW_HALF_LIFE = 30.0
# The `players` message lists at most this many players (the newest); `count` has them all.
MAX_LISTED = 50

__all__ = [
    "VERSION",
    "Answer",
    "Hello",
    "Leave",
    "ProtocolError",
    "about_payload",
    "answer_value",
    "decode",
    "encode",
    "parse_client",
    "question_from_payload",
    "question_payload",
    "reveal_payload",
]


class ProtocolError(QuizError):
    """A message that breaks the protocol; ``code`` is the machine-readable reason."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class Hello(NamedTuple):
    """The first message of a client: who, with which code, speaking which version, and
    the seat's secret from an earlier ``welcome`` when rejoining (None when joining)."""

    version: int
    code: str
    name: str
    secret: str | None = None


class Answer(NamedTuple):
    """A player's answer to question ``question`` (1-based); ``value`` None skips."""

    question: int
    value: object


class Leave(NamedTuple):
    """The player leaves the game."""


ClientMessage = Hello | Answer | Leave


def encode(message: dict[str, Any]) -> str:
    """One message as compact JSON text."""
    return json.dumps(message, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def decode(raw: str | bytes) -> dict[str, Any]:
    """A JSON object from a text frame; ProtocolError for binary, non-JSON or non-object."""
    if isinstance(raw, bytes | bytearray | memoryview):
        raise ProtocolError("bad_json", "messages are JSON text frames, not binary")
    if len(raw) > MAX_MESSAGE_BYTES:
        raise ProtocolError("too_big", f"messages are at most {MAX_MESSAGE_BYTES} bytes")
    try:
        data = json.loads(raw, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise ProtocolError("bad_json", "the message is not valid JSON") from None
    if not isinstance(data, dict):
        raise ProtocolError("bad_json", 'a message is a JSON object with a "type"')
    return data


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def parse_client(raw: str | bytes) -> ClientMessage:
    """A client's message, checked; ProtocolError says what is wrong with it."""
    data = decode(raw)
    kind = data.get("type")
    if kind == "hello":
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise ProtocolError("bad_message", 'hello needs an integer "version"')
        code, name = data.get("code"), data.get("name")
        if not isinstance(code, str) or not isinstance(name, str):
            raise ProtocolError("bad_message", 'hello needs "code" and "name" as strings')
        secret = data.get("secret")
        if secret is not None and (not isinstance(secret, str) or len(secret) > MAX_SECRET):
            raise ProtocolError(
                "bad_message", f'hello\'s "secret" is a string of at most {MAX_SECRET} characters'
            )
        return Hello(version, code, name, secret)
    if kind == "answer":
        number = data.get("question")
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            raise ProtocolError("bad_message", 'answer needs the question\'s "question" number')
        return Answer(number, data.get("value"))
    if kind == "leave":
        return Leave()
    if not isinstance(kind, str):
        raise ProtocolError("bad_message", 'a message needs a "type" string')
    raise ProtocolError("unknown_type", f"unknown message type {kind[:40]!r}")


def answer_value(presented: Presented, value: object) -> AnswerValue | None:
    """A wire answer as the engine's value for ``presented``; None is a skip.

    Raises ProtocolError when the value does not fit the question's kind: an option that
    is not offered, a repeated pick, an order that is not a permutation, a number that is
    not finite, a text too long.
    """
    if value is None:
        return None
    question, options = presented.question, presented.options
    match question:
        case ChoiceQuestion():
            if isinstance(value, str) and value in options:
                return value
            raise ProtocolError("bad_answer", "a choice answer is one of the options' texts")
        case MultiQuestion():
            if _strings(value) and set(value) <= set(options) and len(set(value)) == len(value):
                return tuple(value)
            raise ProtocolError("bad_answer", "a multi answer is a list of distinct options")
        case TrueFalseQuestion():
            if isinstance(value, bool):
                return value
            raise ProtocolError("bad_answer", "a true/false answer is true or false")
        case OrderQuestion():
            if _strings(value) and sorted(value) == sorted(options):
                return tuple(value)
            raise ProtocolError("bad_answer", "an order answer lists every item once")
        case NumberQuestion() | TimeQuestion():
            if isinstance(value, int | float) and not isinstance(value, bool):
                number = float(value)
                if math.isfinite(number) and (question.kind is Kind.NUMBER or number >= 0):
                    return number
            raise ProtocolError("bad_answer", "this answer is a finite number")
        case TextQuestion():
            if isinstance(value, str) and len(value) <= MAX_TEXT_ANSWER:
                return value
            raise ProtocolError(
                "bad_answer", f"a text answer is a string of at most {MAX_TEXT_ANSWER} characters"
            )
    raise ProtocolError("bad_answer", "this question takes no answer")  # pragma: no cover


def _strings(value: object) -> TypeGuard[list[str]]:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def question_payload(presented: Presented) -> dict[str, Any]:
    """What a client needs to ask a question, and nothing derived from its answer: no bank
    id and no tags (authors name both after the answer); see :func:`about_payload`."""
    question = presented.question
    payload: dict[str, Any] = {
        "kind": question.kind.value,
        "prompt": question.prompt,
        "difficulty": question.difficulty.value,
        "options": list(presented.options),
    }
    if question.quote is not None:
        payload["quote"] = question.quote
    if isinstance(question, NumberQuestion) and question.unit is not None:
        payload["unit"] = question.unit
    return payload


def about_payload(question: Question) -> dict[str, Any]:
    """What may be said of a question only once it has closed: its bank ``id`` and
    ``tags`` (both often name the answer: ``los-angeles-2028``)."""
    return {"id": question.id, "tags": list(question.tags)}


def reveal_payload(question: Question) -> dict[str, Any]:
    """The answer fields, sent once the question has closed: ``answer`` as in a bank file,
    with ``tolerance``/``accept``/``explanation``/``attribution`` where the question has them."""
    payload: dict[str, Any] = {}
    match question:
        case MultiQuestion() | OrderQuestion():
            payload["answer"] = list(question.answer)
        case NumberQuestion():
            payload["answer"] = question.answer
            payload["tolerance"] = question.tolerance
        case TimeQuestion():
            payload["answer"] = question.answer
            payload["seconds"] = question.seconds
            payload["tolerance"] = question.tolerance
        case TextQuestion():
            payload["answer"] = question.answer
            payload["accept"] = list(question.accept)
        case _:
            payload["answer"] = question.answer
    for name in ("explanation", "attribution"):
        text = getattr(question, name)
        if text is not None:
            payload[name] = text
    return payload


def question_from_payload(
    payload: dict[str, Any], reveal: dict[str, Any] | None = None
) -> tuple[Question, tuple[str, ...]]:
    """A question (and its options as shown) rebuilt from a ``question`` payload, for the
    client's prompts and views. Without ``reveal`` the answer fields hold placeholders.

    Raises ProtocolError when the payload is not what this version sends.
    """
    try:
        kind = Kind(payload["kind"])
        options = tuple(str(option) for option in payload.get("options", ()))
        common: dict[str, Any] = {
            "id": str(payload.get("id", "")),
            "prompt": str(payload["prompt"]),
            "tags": tuple(str(tag) for tag in payload.get("tags", ())),
            "quote": _optional(payload.get("quote")),
        }
        from quizcli.model import Difficulty

        common["difficulty"] = Difficulty(payload.get("difficulty", "medium"))
        known = reveal or {}
        for name in ("explanation", "attribution"):
            common[name] = _optional(known.get(name))
        answer = known.get("answer")
        question: Question
        if kind is Kind.CHOICE:
            question = ChoiceQuestion(choices=options, answer=str(answer or ""), **common)
        elif kind is Kind.MULTI:
            question = MultiQuestion(choices=options, answer=_texts(answer), **common)
        elif kind is Kind.TRUEFALSE:
            question = TrueFalseQuestion(answer=bool(answer), **common)
        elif kind is Kind.ORDER:
            question = OrderQuestion(answer=_texts(answer) or options, **common)
        elif kind is Kind.NUMBER:
            question = NumberQuestion(
                answer=float(answer or 0),
                tolerance=float(known.get("tolerance", 0)),
                unit=_optional(payload.get("unit")),
                **common,
            )
        elif kind is Kind.TIME:
            question = TimeQuestion(
                answer=str(answer or ""),
                seconds=float(known.get("seconds", 0)),
                tolerance=float(known.get("tolerance", 0)),
                **common,
            )
        else:
            question = TextQuestion(
                answer=str(answer or ""), accept=_texts(known.get("accept")), **common
            )
    except (KeyError, TypeError, ValueError):
        raise ProtocolError(
            "bad_message", "the host sent a question this client cannot read"
        ) from None
    return question, options


def _optional(value: object) -> str | None:
    return None if value is None else str(value)


def _texts(value: object) -> tuple[str, ...]:
    if isinstance(value, Sequence) and not isinstance(value, str):
        return tuple(str(item) for item in value)
    return ()
