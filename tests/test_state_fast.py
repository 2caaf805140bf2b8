"""ParseState.region_lines (split on its own for LF-only copy) gives the lines of lines_between."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.parser import default_parser
from newsparse.state import ParseState
from newsparse.testing import equivalence_settings

# Fast path against reference: a capped example count (see equivalence_settings).
EQUIVALENCE = equivalence_settings()

REGISTRY = default_parser().registry


@EQUIVALENCE
@given(st.text(alphabet="ab \n\r\t", max_size=30), st.integers(0, 32), st.integers(0, 32), st.booleans())
def test_region_lines_are_lines_between(text: str, start: int, end: int, table_first: bool) -> None:
    state = ParseState(text, REGISTRY)
    if table_first:
        state.line_table()  # with the table built, the table is read
    expected = [(ln.start, ln.text) for ln in ParseState(text, REGISTRY).lines_between(start, end)]
    assert state.region_lines(start, end) == expected
