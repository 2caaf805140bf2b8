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


CLEAN_PIECES = st.sampled_from(["A line.", "x", "Word word.", "\u201cQuoted,\u201d he said.", "\n\n", "\n\n", "\n",
                                "\n\n\n", " ", "\u00a0", "\x02", "\u200b", "\r\n", "a" * 120, "(AP) \u2014"])


@EQUIVALENCE
@given(st.lists(st.one_of(PIECES, CLEAN_PIECES), max_size=14), st.integers(0, 6), st.integers(0, 6))
def test_clean_split_agrees_with_the_general_splitter(parts: list[str], cut_start: int, cut_end: int) -> None:
    """_clean_split (one-line blocks between single empty lines) finds what the general
    splitter finds, and its texts are the source of its blocks."""
    text = "".join(parts)
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    state = ParseState(text, REGISTRY)
    chunk = text[start:end]
    clean = P._clean_split(state, start, end)
    if clean is not None:
        starts, ends, texts = clean
        assert list(zip(starts, ends, strict=True)) == P._split_general(state, start, end, chunk, "\r" in chunk), text
        assert texts == [text[a:b] for a, b in zip(starts, ends, strict=True)]


def _paragraphs(text: str, shortcuts: bool) -> list[tuple[int, str, int, int]]:
    saved = P.SHORTCUTS
    P.SHORTCUTS = shortcuts
    try:
        article = default_parser().parse(text)
    finally:
        P.SHORTCUTS = saved
    return [(p.index, p.text, p.span.start, p.span.end) for p in article.paragraphs]


STORY_PIECES = st.sampled_from(["Headline in title case", "MOSCOW, February 21. /TASS/. ", "DALLAS (AP) \u2014 ",
                                "By John Smith", "Associated Press", "The story goes on.",
                                "\u201cA quote,\u201d he said.", "\n\n", "\n\n", "\n", " ", "Reuter",
                                "(Reporting by Jane Doe)", "Eds: adds detail."])


@EQUIVALENCE
@given(st.lists(STORY_PIECES, max_size=12))
def test_paragraphs_rule_same_with_and_without_the_clean_split(parts: list[str]) -> None:
    """The rule's paragraphs (index, text, span) with the fast path, also where the front
    matter's blocks are reused, are those of the general splitter."""
    text = "".join(parts)
    assert _paragraphs(text, True) == _paragraphs(text, False), text


def test_clean_split_texts() -> None:
    text = "Headline\n\nDALLAS (AP) \u2014 First.\n\nSecond one.\n\nThird.\n"
    state = ParseState(text, REGISTRY)
    clean = P._clean_split(state, 0, len(text))
    assert clean is not None and clean[2] == ["Headline", "DALLAS (AP) \u2014 First.", "Second one.", "Third."]
    assert P._clean_split(ParseState("a\nb\n\nc", REGISTRY), 0, 6) is None  # a hard wrap: the general path
    assert P._clean_split(ParseState("a\n\n\nb", REGISTRY), 0, 5) is None  # a longer blank run
    assert P._clean_split(ParseState("a \n\nb", REGISTRY), 0, 5) is None  # a blank edge


@EQUIVALENCE
@given(st.text(alphabet=" \ta\n", max_size=5))
def test_indent_heads_are_indented(text: str) -> None:
    assert text.startswith(P._INDENTS) == P._indented(text)


TABLE_PIECES = st.sampled_from(["    Indented.", "  x", "\tTab.", " \tmixed", "Flush line", "a" * 101, "b" * 99, "\n",
                                "\n", "\n\n", "\n  \n", " ", "\x02", "\r\n", "\r", "end.  ", "\u00a0", "\n    "])


@EQUIVALENCE
@given(st.lists(TABLE_PIECES, max_size=16), st.integers(0, 8), st.integers(0, 8))
def test_table_blocks_agree_with_the_line_by_line_reading(parts: list[str], cut_start: int, cut_end: int) -> None:
    text = "".join(parts)
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    if start >= end:
        return
    assert P._table_blocks(ParseState(text, REGISTRY), start, end) == \
        P._table_blocks_general(ParseState(text, REGISTRY), start, end), text
