"""The header rule's early exit agrees with its general loop."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.parser import default_parser
from newsparse.rules import header as H
from newsparse.state import ParseState
from newsparse.testing import equivalence_settings

# Fast path against reference: a capped example count (see equivalence_settings).
EQUIVALENCE = equivalence_settings()

REGISTRY = default_parser().registry
DATA = H._data()
LINES = st.sampled_from(["date 2019-02-21", "Priority: urgent", "MOSCOW, May 4 (TASS) - Hello.", "ZCZC AAP",
                         "\x16\x16\x01W2870\x1fasian", "Headline here", "key:", "value", "", "  ", "\x02", "^date:",
                         "date", "2019-02-21 x", "title : A", "\ufeff", "Eds: note"])


def _run(text: str, general: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    state = ParseState(text, REGISTRY)
    with monkeypatch.context() as m:
        if general:
            # A start pattern that always matches: never the early exit, the loop reads all.
            m.setattr(H, "_data", lambda: attrs.evolve(DATA, starts=re.compile("")))
        H.header(state)
    return tuple((h.text, h.key, h.value, h.span.start, h.span.end) for h in state.header), state.body_start, state.date


@EQUIVALENCE
@given(st.lists(LINES, max_size=6), st.sampled_from(["\n", "\n\n", "\r\n", "\r"]))
def test_early_exit_agrees_with_the_loop(lines: list[str], br: str) -> None:
    text = br.join(lines)
    with pytest.MonkeyPatch.context() as mp:
        assert _run(text, False, mp) == _run(text, True, mp), text


COUNTED = st.text(alphabet=st.sampled_from(list("aZ9_ -:\t\n\r\x00\x01\x02\x03\x16\x1f\x7f\x80\x85\xa0\xe9\u00c9\u0391"
                                                "\u0663\u2028\ufeff\U0001d400")) | st.characters(), max_size=40)


@EQUIVALENCE
@given(COUNTED)
def test_control_and_letter_counts_agree_with_findall(text: str) -> None:
    assert H._controls(text) == H._controls_general(text)
    assert H._letters(text) == H._letters_general(text)


@EQUIVALENCE
@given(st.text(max_size=40))
def test_control_and_letter_counts_agree_on_any_text(text: str) -> None:
    assert H._controls(text) == H._controls_general(text)
    assert H._letters(text) == H._letters_general(text)


def test_counts_with_a_lone_surrogate() -> None:
    assert H._controls("\ud800\x02a") == 1
    assert H._letters("\ud800\x02a") == 1


PROSE_LINES = st.sampled_from(["NATIONAL AMUSEMENTS AGAIN UPS BID", "    NEW YORK, March 3 - Viacom International said",
                               "the value of its offer for the stock.", "Priority: urgent", "key:", "ZCZC AAP", "^ZCZC",
                               "x", "", "  ", "\x03", "end of story \x03", "\x16\x16\x01W2870\x1fasian", "title : A",
                               "a" * 45, "Eds: note", "^Coded line<", "\x02"])


def _claim_key(text: str, fast: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    state = ParseState(text, REGISTRY)
    with monkeypatch.context() as m:
        if not fast:
            m.setattr(H, "_gives_up_before_controls", lambda *a: False)  # the line loop reads all
        H.header(state)
    return tuple((h.text, h.key, h.value, h.span.start, h.span.end) for h in state.header), state.body_start, state.date


@EQUIVALENCE
@given(st.lists(PROSE_LINES, max_size=9), st.sampled_from(["\n", "\n\n", "\r\n", "\r"]))
def test_late_controls_fast_path_agrees_with_the_loop(lines: list[str], br: str) -> None:
    text = br.join(lines)
    with pytest.MonkeyPatch.context() as mp:
        assert _claim_key(text, True, mp) == _claim_key(text, False, mp), text


def test_late_controls_fast_path_is_taken() -> None:
    text = "\x02\nNATIONAL AMUSEMENTS AGAIN UPS BID\n    NEW YORK, March 3 - Viacom said\nthe offer.\nMore.\x03\n"
    pos = text.index("N")
    first, end, controls = H._block_info(text, 0, pos, len(text))
    assert controls == 1 and H._gives_up_before_controls(text, first, end, controls)


PROSE = st.sampled_from(["NATIONAL AMUSEMENTS AGAIN UPS BID", "    NEW YORK, March 3 - Viacom International said",
                         "the value of its offer for the stock.", "x", "a" * 45, "Priority: urgent", "ZCZC",
                         "\x16W2870"])


@EQUIVALENCE
@given(st.sampled_from(["", "\x02\n", "\x01\x02\n", "^"]), st.lists(PROSE, min_size=1, max_size=6),
       st.sampled_from(["\x03", "\n\x03", " \x03\x03\x03\x03\x03", "\x03\n\nMore.", ""]))
def test_late_controls_fast_path_agrees_on_story_shapes(head: str, lines: list[str], tail: str) -> None:
    text = head + "\n".join(lines) + tail
    with pytest.MonkeyPatch.context() as mp:
        assert _claim_key(text, True, mp) == _claim_key(text, False, mp), text
