"""People introduced over a hard line wrap (Reuters 1987 and other fixed-width feeds wrap at ~65
columns): a line break with blanks inside a paragraph reads as one space, so the parse of the
wrapped story equals the parse of its one-line rendering; a paragraph boundary (a blank line, or
an indented line in indented copy) is never read through."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article
from newsparse.parser import default_parser
from newsparse.rules.coref import People, _source_offset, lexicon
from newsparse.testing.quote_strategies import QuoteCase, quote_cases

HEAD = "CANAL AUTHORITY RAISES TRANSIT FEES\n"
# "he": the pronoun resolves to the person the people scan found, with the title it read.
QUOTE = '    "The new fees reflect the cost of the dredging work," he said.\n'


def _unwrapped(a: Article) -> Article:
    return newsparse.parse(newsparse.render(a))


def _person(a: Article, name: str) -> newsparse.Person:
    found = [p for p in a.people if p.name == name]
    assert found, [p.name for p in a.people]
    return found[0]


@pytest.mark.parametrize("lead", [
    # Between the title and the name.
    "    PANAMA CITY, June 9 - The canal authority will raise fees, said board chairman\nRamon Ortega on Monday.\n",
    # Between the first and the last name.
    "    PANAMA CITY, June 9 - The canal authority will raise fees, said board chairman Ramon\nOrtega on Monday.\n",
    # The same, the second line indented (some feeds indent every continuation line).
    ("    PANAMA CITY, June 9 - The canal authority will raise fees, said board chairman Ramon\n"
     "      Ortega on Monday.\n"),
], ids=["title|name", "first|last", "first|indented last"])
def test_title_and_name_over_a_wrap(lead: str) -> None:
    a = newsparse.parse(HEAD + lead + QUOTE)
    ortega = _person(a, "Ramon Ortega")
    assert ortega.title == "chairman"
    assert a.quotes[0].speaker is not None and a.quotes[0].speaker.name == "Ramon Ortega"
    # The first mention is the name as written, line break and all.
    m = ortega.mentions[0]
    assert newsparse.text.reflow(a.source[m.start:m.end]) == "Ramon Ortega"
    assert _unwrapped(a) == a


def test_surname_alone_at_a_line_start() -> None:
    # "Ortega" opens a wrapped line: the full name is read over the wrap before it.
    lead = ("    PANAMA CITY, June 9 - The canal authority will raise fees, board chairman Ramon\n"
            "Ortega told reporters.\n")
    story = HEAD + lead + '    "We had no choice," said\nOrtega.\n'
    a = newsparse.parse(story)
    assert a.quotes[0].speaker is not None and a.quotes[0].speaker.name == "Ramon Ortega"
    assert _unwrapped(a) == a


@pytest.mark.parametrize("eol", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_wrap_with_crlf_and_cr(eol: str) -> None:
    lead = "    PANAMA CITY, June 9 - The canal authority will raise fees, board chairman Ramon\nOrtega said.\n"
    a = newsparse.parse((HEAD + lead + QUOTE).replace("\n", eol))
    assert _person(a, "Ramon Ortega").title == "chairman"
    assert a.quotes[0].speaker is not None and a.quotes[0].speaker.name == "Ramon Ortega"
    assert _unwrapped(a) == a


def test_no_join_across_a_blank_line() -> None:
    # A blank line ends the paragraph: "chairman" and "Ramon Ortega" are in different paragraphs.
    story = ("CANAL AUTHORITY RAISES TRANSIT FEES\n\n"
             "PANAMA CITY, June 9 - The canal authority named a new board chairman\n\n"
             "Ramon Ortega Diaz, a former minister, joined the board in May.\n\n"
             '"The new fees reflect the cost of the dredging work," Ortega said.\n')
    a = newsparse.parse(story)
    assert all(p.title != "chairman" for p in a.people)
    assert all("\n" not in p.name for p in a.people)


def test_no_join_across_an_indented_paragraph_start() -> None:
    # Indented copy: the indented line opens a paragraph, so the run stops at the line end.
    story = (HEAD
             + "    PANAMA CITY, June 9 - The canal authority met on Monday with Panama\n"
             + "    Canal Commission staff and Ramon Ortega, the board chairman.\n"
             + QUOTE)
    a = newsparse.parse(story)
    assert all(not p.name.startswith("Panama") for p in a.people)
    # The people scan reads paragraph by paragraph: the same runs as in the one-line rendering.
    assert _unwrapped(a) == a


def test_one_line_paragraphs_are_not_joined() -> None:
    # One paragraph per line (lines too long for hard-wrapped copy): every line break is a paragraph
    # boundary, so "President" does not title the name on the next line.
    line1 = ("The minister met the delegation on Monday to discuss the canal fees and the dredging work with "
             "the President")
    line2 = "Ramon Ortega said nothing about the fees or the works on the locks when he met the board members in May."
    src = f"{line1}\n{line2}\n"
    a = newsparse.parse(src)
    assert len(a.paragraphs) == 2
    lex = lexicon(default_parser().registry)
    people = People(src, a.paragraphs[0].span.start, a.paragraphs[-1].span.end, lex, [], a.paragraphs)
    people.scan_to(len(src))
    assert [(e.name, e.title) for e in people.entities] == [("Ramon Ortega", None)]


@pytest.mark.parametrize(("text", "flat_offset", "expected"), [
    ("Ramon\nOrtega", 6, 6),
    ("Ramon\n    Ortega", 6, 10),
    ("Ramon \r\n  Ortega", 6, 10),
    ("A B\nC", 4, 4),
    ("A B", 2, 2),
])
def test_source_offset(text: str, flat_offset: int, expected: int) -> None:
    assert _source_offset(text, flat_offset) == expected


def _wrap(paragraph: str, width: int) -> str:
    return "\n".join(textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False))


@settings(max_examples=150, deadline=None)
@given(quote_cases(), st.integers(12, 70), st.sampled_from(["\n", "\r\n"]))
def test_wrapped_paragraphs_give_the_same_quotes_and_speakers(case: QuoteCase, width: int, eol: str) -> None:
    # Each paragraph after the dateline paragraph hard-wrapped at ``width`` (words intact); the
    # dateline paragraph is kept on one line: a dateline split over lines is the dateline rule's
    # matter, not this one's.
    paras = case.text.rstrip("\n").split("\n\n")
    wrapped = "\n\n".join([paras[0], *(_wrap(p, width) for p in paras[1:])]).replace("\n", eol) + eol
    a, b = newsparse.parse(case.text), newsparse.parse(wrapped)
    assert [q.text for q in b.quotes] == [q.text for q in a.quotes]
    assert [q.speaker.name if q.speaker else None for q in b.quotes] == \
        [q.speaker.name if q.speaker else None for q in a.quotes]
    assert [(p.name, p.title) for p in b.people] == [(p.name, p.title) for p in a.people]


@settings(max_examples=100, deadline=None)
@given(quote_cases(), st.integers(12, 70))
def test_wrapped_introduction_gives_the_same_speakers(case: QuoteCase, width: int) -> None:
    # The introducing sentence wrapped too (after its dateline, which stays on the first line).
    paras = case.text.rstrip("\n").split("\n\n")
    dateline, _, rest = paras[0].partition(" Talks ")
    first = dateline + " " + _wrap("Talks " + rest, width)
    wrapped = "\n\n".join([first, *paras[1:]]) + "\n"
    a, b = newsparse.parse(case.text), newsparse.parse(wrapped)
    assert [q.speaker.name if q.speaker else None for q in b.quotes] == \
        [q.speaker.name if q.speaker else None for q in a.quotes]
    assert [(p.name, p.title) for p in b.people] == [(p.name, p.title) for p in a.people]
