"""Quotations in hard-wrapped copy (Reuters 1987 style: ~65 columns, paragraphs marked by
indentation): a line break inside a paragraph is whitespace, so a quotation runs over it; a
paragraph boundary still ends an open quote unless the next paragraph declares a continuation.
``Quote.text`` is reflowed; spans point at the exact source, line breaks included."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Article
from newsparse.text import reflow

HEAD = ("CANAL AUTHORITY RAISES TRANSIT FEES\n"
        "    PANAMA CITY, June 9 - The canal authority will raise transit\n"
        "fees for container ships from October.\n"
        "    Board chairman Ramon Ortega said the rise was unavoidable.\n")

# Straight marks, the quotation wrapped over two lines.
TWO_LINES = (
    HEAD
    + '    "The new fees reflect the cost of the dredging work we have\n'
    + 'done since the drought," Ortega said.\n'
    + " Reuter\n"
)
# Curly marks, the quotation wrapped over three lines.
THREE_LINES = (
    HEAD
    + "    Ortega said: \u201cShipping lines were consulted for six months,\n"
    + "and most of them told us they prefer a higher fee to a smaller\n"
    + "number of daily slots at the locks.\u201d\n"
    + " Reuter\n"
)
TWO_LINES_TEXT = "The new fees reflect the cost of the dredging work we have done since the drought,"
THREE_LINES_TEXT = ("Shipping lines were consulted for six months, and most of them told us they prefer a higher "
                    "fee to a smaller number of daily slots at the locks.")

LINE_ENDS = pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])


def _parse(text: str, eol: str) -> Article:
    return newsparse.parse(text.replace("\n", eol))


def _unwrapped(a: Article) -> Article:
    """The same story with every paragraph on one line (what rendering writes)."""
    return newsparse.parse(newsparse.render(a))


@LINE_ENDS
@pytest.mark.parametrize(("story", "text"), [(TWO_LINES, TWO_LINES_TEXT), (THREE_LINES, THREE_LINES_TEXT)],
                         ids=["two-lines-straight", "three-lines-curly"])
def test_wrapped_quote_found_whole_and_reflowed(story: str, text: str, eol: str) -> None:
    a = _parse(story, eol)
    assert [q.text for q in a.quotes] == [text]
    q = a.quotes[0]
    raw = a.source[q.span.start:q.span.end]
    # The span is the exact source (line breaks and all); the text is that source reflowed.
    assert eol in raw
    assert reflow(raw) == q.text
    assert len(q.parts) == 1
    assert any(p.span.contains(q.span) for p in a.paragraphs)
    assert q.speaker is not None and q.speaker.name == "Ramon Ortega"


@LINE_ENDS
@pytest.mark.parametrize("story", [TWO_LINES, THREE_LINES], ids=["two-lines-straight", "three-lines-curly"])
def test_wrapped_quote_parses_as_its_rendering(story: str, eol: str) -> None:
    a = _parse(story, eol)
    assert _unwrapped(a) == a


def test_wrapped_quote_kind_and_cue() -> None:
    q2 = newsparse.parse(TWO_LINES).quotes[0]
    q3 = newsparse.parse(THREE_LINES).quotes[0]
    assert (q2.kind, q2.cue) == ("full", "said")
    assert (q3.kind, q3.cue) == ("full", "said")


def test_speaker_mention_wrapped_over_a_line_break() -> None:
    # The speaker's name is split by the wrap: the mention span keeps the break, the text does not.
    story = (HEAD
             + '    "We will publish the full tariff table next week," said Ramon\n'
             + "Ortega, the chairman of the board.\n")
    a = newsparse.parse(story)
    assert [q.text for q in a.quotes] == ["We will publish the full tariff table next week,"]
    sp = a.quotes[0].speaker
    assert sp is not None and sp.mention is not None
    assert a.source[sp.mention.start:sp.mention.end] == "Ramon\nOrtega"
    assert sp.mention_text == "Ramon Ortega"
    assert _unwrapped(a) == a


@LINE_ENDS
def test_indented_paragraph_ends_an_open_quote(eol: str) -> None:
    # The quote is never closed: it ends with its paragraph, however the lines are wrapped.
    story = (HEAD
             + '    Ortega said the increase would be "modest compared with the\n'
             + "alternative, which is to limit the number of transits\n"
             + "    Shipping lines have until August to comment on the plan.\n")
    a = _parse(story, eol)
    assert len(a.paragraphs) == 4
    assert [q.text for q in a.quotes] == [
        "modest compared with the alternative, which is to limit the number of transits"]
    assert a.paragraphs[2].span.contains(a.quotes[0].span)
    assert _unwrapped(a) == a


@LINE_ENDS
def test_declared_continuation_over_wrapped_paragraphs(eol: str) -> None:
    # AP style: an open quote continues into the next paragraph when that paragraph opens with a mark.
    story = (HEAD
             + '    "We listened to the shipping lines and to the farmers who\n'
             + "depend on the canal for their exports, Ortega said.\n"
             + '    "Nobody will pay more before the new locks are working at full\n'
             + 'capacity," he added.\n')
    a = _parse(story, eol)
    assert len(a.quotes) == 1
    q = a.quotes[0]
    assert q.part_kinds == ("full", "continuation")
    assert q.text == ("We listened to the shipping lines and to the farmers who depend on the canal for their "
                      "exports, Ortega said.\nNobody will pay more before the new locks are working at full capacity,")
    assert [reflow(a.source[p.start:p.end]) for p in q.parts] == q.text.split("\n")
    assert _unwrapped(a) == a


# A person introduced across a line break ("Ramon\nOrtega") is resolved as the same words on one
# line: the people scan of rules/coref.py reads a hard wrap as a space (more in tests/test_coref_wrap.py).
def test_speaker_introduced_across_a_wrap() -> None:
    story = ("CANAL AUTHORITY RAISES TRANSIT FEES\n"
             "    PANAMA CITY, June 9 - The canal authority will raise fees, board chairman Ramon\n"
             "Ortega\n"
             "said on Monday.\n"
             '    "The new fees reflect the cost of the dredging work," Ortega said.\n')
    a = newsparse.parse(story)
    assert _unwrapped(a) == a


@LINE_ENDS
def test_insertion_wrapped_over_a_line_break(eol: str) -> None:
    story = (HEAD
             + '    Ortega said the board had "weighed the interests of [the shipping\n'
             + 'lines and the farmers] for months."\n')
    a = _parse(story, eol)
    q = a.quotes[0]
    assert q.text == "weighed the interests of [the shipping lines and the farmers] for months."
    assert [reflow(a.source[s.start:s.end]) for s in q.insertions] == ["[the shipping lines and the farmers]"]
    b = _unwrapped(a)
    assert [b.source[s.start:s.end] for s in b.quotes[0].insertions] == ["[the shipping lines and the farmers]"]


@LINE_ENDS
def test_mark_soup_wrapped_over_lines(eol: str) -> None:
    # A paragraph with too many marks to be prose is paired by one regex; pairs run over breaks too.
    soup = " ".join(f'"item {i}"' for i in range(200))
    words = soup.split(" ")
    wrapped = "\n".join(" ".join(words[i:i + 7]) for i in range(0, len(words), 7))
    a = _parse(HEAD + "    " + wrapped + "\n", eol)
    assert [t.text for t in a.quoted_terms] == [f"item {i}" for i in range(200)]
    assert _unwrapped(a) == a
