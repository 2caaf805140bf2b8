"""Single quotation marks nested in a double-quoted quote are recorded on ``Quote.nested``; apostrophes
are not quotes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse

DL = "LONDON, May 4 (Reuters) - "


def nested(body: str) -> list[list[str]]:
    text = DL + body
    return [[text[s.start:s.end] for s in q.nested] for q in newsparse.parse(text).quotes]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("\"He told me 'we will win' and left,\" an aide said.\n", [["we will win"]]),
        ("\u201cHe told me \u2018we will win\u2019 and left,\u201d an aide said.\n", [["we will win"]]),
        ("\"'Yes,' I told them,\" he said.\n", [["Yes,"]]),
        ("\"She said 'we can't go' and 'never,'\" he said.\n", [["we can't go", "never,"]]),
        # Apostrophes: elisions, decades, possessives, contractions.
        ("\"It's the '90s again, rock 'n' roll and Japan\u2019s boom,\" he said.\n", [[]]),
        ("\"We've said the workers' pay will rise,\" he said.\n", [[]]),
    ],
)
def test_single_quotes_inside_a_quote(body: str, expected: list[list[str]]) -> None:
    assert nested(body) == expected


def test_single_quotes_outside_a_quote_are_no_quotes() -> None:
    a = newsparse.parse(DL + "The so-called 'northern package' was dropped, officials said.\n")
    assert a.quotes == ()


def test_nested_double_marks_are_kept_with_single_ones() -> None:
    body = "\u00abHe told me \u201cwe will win\u201d and 'never give up'\u00bb, an aide said.\n"
    assert nested(body) == [["we will win", "never give up"]]


def test_many_single_marks_in_one_quote_stay_linear() -> None:
    a = newsparse.parse(DL + '"' + "a 'b' c'd ' " * 20000 + '," he said.\n')
    assert len(a.quotes) == 1
    q = a.quotes[0]
    assert all(q.span.start <= s.start <= s.end <= q.span.end for s in q.nested)


@given(st.lists(st.sampled_from(["we", "can't", "'", "\u2018", "\u2019", "win", " ", ",", "'90s", "n"]),
                max_size=40).map("".join))
def test_nested_spans_lie_inside_the_quote(words: str) -> None:
    text = DL + '"' + words + '," he said.\n'
    for q in newsparse.parse(text).quotes:
        for s in q.nested:
            assert any(p.start <= s.start <= s.end <= p.end for p in q.parts)
            assert s.end > s.start
