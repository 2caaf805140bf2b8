"""text.reflow's fast path for copy without CR agrees with the break-pattern split it short-cuts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.testing import equivalence_settings
from newsparse.text import _reflow_general, reflow

# Fast path against reference: a capped example count (see equivalence_settings).
EQUIVALENCE = equivalence_settings()

PIECES = st.sampled_from(["word", "Two words.", "\n", "\n\n", " ", "\t", "\u00a0", "\x02", "\x0b", "\u2028", "\r",
                          "\r\n", "\u3000", "\ufeff", "x"])


@EQUIVALENCE
@given(st.lists(PIECES, max_size=16))
def test_reflow_fast_path_agrees(parts: list[str]) -> None:
    text = "".join(parts)
    assert reflow(text) == _reflow_general(text), text


@EQUIVALENCE
@given(st.text(max_size=60))
def test_reflow_fast_path_agrees_on_any_text(text: str) -> None:
    assert reflow(text) == _reflow_general(text), text


def test_reflow_joins_lines() -> None:
    assert reflow("  One\n  two \n\nthree\u00a0\n") == "One two three"
