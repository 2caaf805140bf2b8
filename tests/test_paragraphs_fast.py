"""The paragraphs rule's fast path for clean copy agrees with the general block splitter."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.parser import default_parser
from newsparse.rules import paragraphs as P
from newsparse.state import ParseState
from newsparse.testing import equivalence_settings

# Fast path against reference: a capped example count (see equivalence_settings).
EQUIVALENCE = equivalence_settings()

REGISTRY = default_parser().registry
PIECES = st.sampled_from(["A line.", "x", "  ", "\t", " ", "\n", "\n\n", "\n\n\n", "\n \n", "\n  \n", "\n\t", "\n  ",
                          "\r\n", "\x02", "\u00a0", "a" * 120, "Word word.", "\n    Indented.", " end "])


@EQUIVALENCE
@given(st.lists(PIECES, max_size=14), st.integers(0, 6), st.integers(0, 6))
def test_fast_path_agrees_with_the_general_splitter(parts: list[str], cut_start: int, cut_end: int) -> None:
    text = "".join(parts)
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    state = ParseState(text, REGISTRY)
    chunk = text[start:end]
    assert P.split_blocks(state, start, end) == P._split_general(state, start, end, chunk, "\r" in chunk), text


def test_fast_path_blocks() -> None:
    text = "  First.\n\nSecond one.\n\n\n\nThird.\n "
    state = ParseState(text, REGISTRY)
    assert [text[a:b] for a, b in P.split_blocks(state, 0, len(text))] == ["First.", "Second one.", "Third."]
