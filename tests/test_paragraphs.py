"""Paragraph splitting: blank lines, indentation, line-end variants; spans and reflow."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.text import lines, reflow


def _texts(text: str) -> list[str]:
    return [p.text for p in newsparse.parse(text).paragraphs]


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r", "\r\r\n"])
def test_blank_line_separated(eol: str) -> None:
    text = eol.join(["First line of one", "paragraph here.", "", "  ", "Second one."]) + eol
    a = newsparse.parse(text)
    assert [p.text for p in a.paragraphs] == ["First line of one paragraph here.", "Second one."]
    first = a.paragraphs[0]
    assert first.span.of(text) == f"First line of one{eol}paragraph here."


def test_reuters_1987_indents() -> None:
    text = ("    LONDON, March 3 - The Bank of England said it provided\n"
            "money market help of 100 mln stg during the morning.\n"
            "    It said it bought bills outright\n"
            "in band one at 10-7/8 pct.\n"
            "    Dealers said the shortage was smaller.\n")
    assert _texts(text) == [
        "The Bank of England said it provided money market help of 100 mln stg during the morning.",
        "It said it bought bills outright in band one at 10-7/8 pct.",
        "Dealers said the shortage was smaller.",
    ]


def test_anpa_tab_indents() -> None:
    text = "\t   WASHINGTON (AP) _ One.\n \n\t   Two.\n \n\t   Three.\n"
    assert _texts(text) == ["One.", "Two.", "Three."]


def test_uniformly_indented_text_is_not_split() -> None:
    assert _texts("    one line\n    two line\n    three line\n") == ["one line two line three line"]


def test_dateline_is_its_own_element() -> None:
    text = "MOSCOW, February 21. /TASS/. Russia is ready, the minister said.\n"
    a = newsparse.parse(text)
    assert a.dateline is not None
    p = a.paragraphs[0]
    assert p.span.start > a.dateline.span.end
    assert p.span.of(text) == "Russia is ready, the minister said."


def test_dateline_alone_on_its_line() -> None:
    a = newsparse.parse("LONDON (Reuters) -\n\nShares rose.\n")
    assert [p.text for p in a.paragraphs] == ["Shares rose."]


def test_spans_have_no_outer_blanks() -> None:
    text = "Intro.\n\n\x02  First para.\x03 \n\n\t Second\u00a0\n"
    a = newsparse.parse(text)
    assert [p.span.of(text) for p in a.paragraphs] == ["Intro.", "First para.", "Second"]


def test_control_characters_only_line_separates() -> None:
    assert _texts("One.\n\x03\nTwo.\n") == ["One.", "Two."]


def test_u2028_does_not_break_lines() -> None:
    assert [ln.text for ln in lines("a\u2028b\x1cc\nd")] == ["a\u2028b\x1cc", "d"]


def test_reflow() -> None:
    assert reflow("  a \n  b\r\n\tc  ") == "a b c"
    assert reflow("no break") == "no break"


def test_anpa_lines_without_blank_lines() -> None:
    long_a = "The first paragraph is one long line, as ANPA copy sends it, well beyond eighty columns of text here."
    long_b = "The second paragraph follows on the next line without a blank line, again longer than a wrapped line."
    text = f"\t   WASHINGTON (AP) _ {long_a}\r\n\t   {long_b}\r\n\t   Short one.\r\n"
    assert _texts(text) == [long_a, long_b, "Short one."]


def test_one_paragraph_per_long_line() -> None:
    long_a = ("Web copy often puts each paragraph on one line and no blank line between the paragraphs, "
              "like this one here.")
    text = f"{long_a}\n{long_a}\nLast.\n"
    assert _texts(text) == [long_a, long_a, "Last."]


def test_hard_wrapped_lines_are_joined() -> None:
    text = "A paragraph hard-wrapped at sixty-five columns keeps going\non the next line and ends here.\n"
    assert _texts(text) == [
        "A paragraph hard-wrapped at sixty-five columns keeps going on the next line and ends here."]
