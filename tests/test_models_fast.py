"""The trusted constructors make the same objects as the public constructors."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from newsparse.models import (
    Dateline,
    Paragraph,
    Span,
    TextBlock,
    trusted_dateline,
    trusted_paragraph,
    trusted_paragraphs,
    trusted_span,
    trusted_textblock,
)
from newsparse.testing import equivalence_settings
from newsparse.text import reflow

# Fast path against reference: a capped example count (see equivalence_settings).
EQUIVALENCE = equivalence_settings()


@EQUIVALENCE
@given(st.integers(0, 50), st.integers(0, 50))
def test_trusted_span(a: int, b: int) -> None:
    start, end = min(a, b), max(a, b)
    span = trusted_span(start, end)
    assert type(span) is Span and (span.start, span.end) == (start, end) and span == Span(start, end)


def test_trusted_dateline() -> None:
    args = ("MOSCOW, May 4 (TASS) -", "MOSCOW", None, "May 4", dt.date(2020, 5, 4), "TASS")
    made = trusted_dateline(*args, 0, 22)
    assert type(made) is Dateline and made == Dateline(*args, Span(0, 22))
    assert (made.span.start, made.span.end) == (0, 22)


@EQUIVALENCE
@given(st.text(alphabet="ab \n", max_size=40), st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=5),
       st.integers(0, 3))
def test_trusted_paragraphs(src: str, pairs: list[tuple[int, int]], first: int) -> None:
    blocks = [(min(a, b), max(a, b)) for a, b in pairs]
    made = trusted_paragraphs(src, blocks, first, reflow)
    expected = []
    for n, (a, b) in enumerate(blocks, start=first):
        text = src[a:b]
        expected.append(trusted_paragraph(n, reflow(text) if "\n" in text or "\r" in text else text, Span(a, b)))
    assert made == expected
    assert [(p.span.start, p.span.end) for p in made] == blocks
    assert all(type(p) is Paragraph for p in made)


def test_trusted_textblock() -> None:
    made = trusted_textblock("headline", "Talks go on", trusted_span(0, 11))
    assert type(made) is TextBlock and made == TextBlock("headline", "Talks go on", Span(0, 11))
    assert (made.span.start, made.span.end) == (0, 11)


def test_trusted_quote_speaker_person_term_equal_the_constructors() -> None:
    from newsparse.models import (
        Person,
        Quote,
        QuotedTerm,
        Speaker,
        trusted_person,
        trusted_quote,
        trusted_quoted_term,
        trusted_speaker,
    )

    span = Span(3, 9)
    sp = trusted_speaker("Anna Varkonyi", span, "Varkonyi", "person")
    assert sp == Speaker("Anna Varkonyi", span, "Varkonyi", "person") and type(sp) is Speaker
    wrapped = trusted_speaker("Ramon\nOrtega", None, None, "person")
    assert wrapped.name == "Ramon Ortega"  # a line break goes through the converter
    q = trusted_quote("We wait.", "full", sp, 2, "said", span, (span,), (), ("full",), ())
    assert q == Quote("We wait.", "full", sp, 2, "said", span, (span,), (), ("full",), ()) and type(q) is Quote
    assert trusted_person("Ramon\nOrtega", "chairman", "person", ()) == Person("Ramon Ortega", "chairman")
    assert trusted_quoted_term("shadow fleet", 1, span) == QuotedTerm("shadow fleet", 1, span)
