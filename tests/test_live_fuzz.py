"""The live host's message handler, fuzzed: whatever text a client sends, as its hello
or during a game, the host answers with protocol messages and never raises."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import VALID
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from live_helpers import make_game

from quizcli.grading import grade
from quizcli.live import protocol as wire
from quizcli.live.host import LiveHost, Reply
from quizcli.model import Outcome, Response

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=20,
)
types = st.sampled_from(["hello", "answer", "leave", "welcome", "end"]) | st.text(max_size=10)
messages = st.fixed_dictionaries(
    {"type": types},
    optional={
        "version": json_values | st.just(1),
        "code": json_values,
        "name": json_values | st.text(),
        "question": st.integers(min_value=-2, max_value=5) | json_values,
        "value": json_values,
    },
)
raw_frames = (
    messages.map(json.dumps)
    | st.text(max_size=200)
    | st.binary(max_size=100)
    | json_values.map(json.dumps)
)
fuzz = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "bank.toml"
    path.write_text(VALID, encoding="utf-8")
    return path


def host_mid_question(bank: Path, number: int = 1) -> LiveHost:
    """A host (no sockets) with ann and ben in the room and question ``number`` open."""
    host = LiveHost(make_game(bank, count=7), pause=0)
    for name in ("ann", "ben"):
        host.party.add(name)
    host.state = "playing"
    host.number = number
    host.current = host.party.present(number)
    host.opened_at = host.clock()
    host.closes_at = host.opened_at + 1000
    return host


def well_formed(reply: Reply) -> None:
    assert isinstance(reply, Reply)
    for message in reply.messages:
        assert isinstance(message["type"], str)
        wire.encode(message)  # always valid JSON
    assert reply.close in (None, 1000, 1008)


@fuzz
@given(raw=raw_frames)
def test_parse_client_raises_only_protocol_errors(raw: Any) -> None:
    try:
        message = wire.parse_client(raw)
    except wire.ProtocolError as error:
        assert error.code and str(error)
    else:
        assert isinstance(message, wire.Hello | wire.Answer | wire.Leave)


@fuzz
@given(frames=st.lists(raw_frames, min_size=1, max_size=8), number=st.integers(1, 7))
def test_the_handler_never_raises_mid_game(bank: Path, frames: list[Any], number: int) -> None:
    host = host_mid_question(bank, number)
    for raw in frames:
        well_formed(host.receive("ann", raw))
    records = host.party.players["ann"].records
    assert len(records) <= 1  # one answer per question, whatever was sent
    assert all(r.points.total >= 0 for r in records)


@fuzz
@given(raw=raw_frames, name=st.text(max_size=60))
def test_a_hello_is_admitted_or_refused_never_raised(bank: Path, raw: Any, name: str) -> None:
    host = LiveHost(make_game(bank, count=2), pause=0)
    outcome = host.admit("10.0.0.1", raw)
    if isinstance(outcome, Reply):
        well_formed(outcome)
    else:
        assert outcome and all(ch.isprintable() for ch in outcome)
    hello = json.dumps({"type": "hello", "version": wire.VERSION, "code": host.code, "name": name})
    named = host.admit("10.0.0.1", hello)
    if isinstance(named, str):
        assert named.isprintable() and 0 < len(named) <= 40


@fuzz
@given(value=json_values, number=st.integers(1, 7))
def test_answer_values_either_grade_or_are_refused(bank: Path, value: Any, number: int) -> None:
    presented = host_mid_question(bank).party.present(number)
    try:
        checked = wire.answer_value(presented, value)
    except wire.ProtocolError as error:
        assert error.code == "bad_answer"
        return
    outcome = Outcome.SKIPPED if checked is None else Outcome.ANSWERED
    verdict = grade(presented.question, Response(outcome=outcome, value=checked))
    assert 0.0 <= verdict.fraction <= 1.0
