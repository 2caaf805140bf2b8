"""Quote detection: mark styles, nesting, continuations, insertions, bad input."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse.text import reflow

DL = "MOSCOW, March 3. /TASS/. Foreign Minister Anna Varkonyi arrived on Monday.\n\n"


def quotes(body: str) -> list[str]:
    return [q.text for q in newsparse.parse(DL + body).quotes]


def test_straight_and_curly_marks() -> None:
    assert quotes('"We will talk again," she said.\n') == ["We will talk again,"]
    assert quotes("\u201cWe will talk again,\u201d she said.\n") == ["We will talk again,"]


def test_guillemets_german_and_legacy_marks() -> None:
    assert quotes("\u00abWe will talk again,\u00bb she said.\n") == ["We will talk again,"]
    assert quotes("\u201eWe will talk again,\u201c she said.\n") == ["We will talk again,"]
    assert quotes("``We will talk again,'' she said.\n") == ["We will talk again,"]


def test_apostrophes_are_not_quotes() -> None:
    got = quotes("\u201cJapan\u2019s stance and rock 'n' roll in the '90s are what we\u2019ve got,\u201d she said.\n")
    assert got == ["Japan\u2019s stance and rock 'n' roll in the '90s are what we\u2019ve got,"]


def test_nested_quote_kept_inside() -> None:
    a = newsparse.parse(DL + "\u201cThey call it \u2018a deal\u2019 and \"a truce\" now,\u201d she said.\n")
    assert len(a.quotes) == 1
    q = a.quotes[0]
    assert q.text.startswith("They call it")
    # Both the single-quoted and the double-quoted words are nested quotes (tests/test_nesting.py).
    assert [a.source[n.start:n.end] for n in q.nested] == ["a deal", "a truce"]


def test_multi_paragraph_quote() -> None:
    a = newsparse.parse(DL + '"We came to talk about trade, she said.\n\n"And we will be back next month."\n')
    assert len(a.quotes) == 1
    q = a.quotes[0]
    assert len(q.parts) == 2
    assert q.part_kinds == ("full", "continuation")


def test_insertion_recorded() -> None:
    a = newsparse.parse(DL + 'She said there are "fewer points of convergence [between the two sides] now."\n')
    q = a.quotes[0]
    assert [a.source[s.start:s.end] for s in q.insertions] == ["[between the two sides]"]
    assert q.kind == "partial"


def test_unclosed_quote_contained_in_paragraph() -> None:
    a = newsparse.parse(DL + 'She said "this never ends\n\nThe next paragraph has no marks.\n')
    for q in a.quotes:
        for part in q.parts:
            assert any(p.span.contains(part) for p in a.paragraphs)
    assert all(len(q.parts) == 1 for q in a.quotes)


def test_quote_mark_soup_and_mixed_styles() -> None:
    mixed = "\u201cMixed\" marks \u00bb here\u201d.\n"
    for body in ('"' * 1001, '\u201c"\u00ab\u201e' * 300, '"a" said b ' * 500, mixed):
        a = newsparse.parse(DL + body)
        for q in a.quotes:
            assert all(any(p.span.contains(part) for p in a.paragraphs) for part in q.parts)


def test_unclosed_at_end_of_article_and_headline_quotes() -> None:
    a = newsparse.parse('Minister says "talks are over"\n\n' + DL + 'She said "this is the end')
    assert a.quotes and a.quotes[-1].text == "this is the end"


def test_scare_quotes_are_terms() -> None:
    a = newsparse.parse(DL + 'Tankers of the so-called "shadow fleet" were seen on Monday.\n')
    assert not a.quotes
    assert [t.text for t in a.quoted_terms] == ["shadow fleet"]


def test_continuation_needs_same_mark_family() -> None:
    a = newsparse.parse(DL + '"We came to talk about trade, she said.\n\n\u201cAnd we will be back,\u201d she added.\n')
    assert [len(q.parts) for q in a.quotes] == [1, 1]


def test_continuation_over_three_paragraphs() -> None:
    body = '"First part of it.\n\n"Second part of it.\n\n"Third and last part," she said.\n'
    a = newsparse.parse(DL + body)
    assert len(a.quotes) == 1
    assert a.quotes[0].part_kinds == ("full", "continuation", "continuation")
    assert a.quotes[0].speaker is not None and a.quotes[0].speaker.name == "Anna Varkonyi"


def test_mark_soup_paragraph_is_terms_not_quotes() -> None:
    a = newsparse.parse(DL + '"a" said b ' * 2000)
    assert not a.quotes
    assert len(a.quoted_terms) == 2000
    assert all(t.text == "a" for t in a.quoted_terms)


def test_adversarial_inputs_stay_inside_paragraphs() -> None:
    for body in ('"' * 20_000, 'He said "this never ends\n\n' * 300, '\u201c' * 5000 + "\u201d" * 5000,
                 "``a'' " * 3000, "\u00ab" * 3000 + "x" + "\u00bb" * 3000):
        a = newsparse.parse(DL + body)
        for q in a.quotes:
            assert all(any(p.span.contains(part) for p in a.paragraphs) for part in q.parts)


def test_partial_and_full_kinds() -> None:
    a = newsparse.parse(DL + 'She called the plan "a good start." "We will see more," she added.\n')
    assert [q.kind for q in a.quotes] == ["partial", "full"]


_ALPHABET = st.sampled_from(
    ['"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "``", "''", "'", "\u2019", "[", "]", "\n", "\n\n", "    ",
     " ", ",", ".", ":", " - ", " said ", " he ", " the minister ", " Lavrov ", " according to ", "Sergey Lavrov",
     "Mr.", " so-called ", "a", "B"])


@example(" the minister \n Lavrov :\"\u201c")  # a mention wrapped over a line break
@given(st.lists(_ALPHABET, max_size=200).map("".join))
def test_never_raises_and_parts_stay_in_paragraphs(text: str) -> None:
    a = newsparse.parse(DL + text)
    assert not [w for w in a.warnings if w.code == "rule-failed"]
    for q in a.quotes:
        assert all(any(p.span.contains(part) for p in a.paragraphs) for part in q.parts)
        assert q.text
        if q.speaker is not None and q.speaker.mention is not None:
            m = q.speaker.mention
            # mention_text is the mention reflowed: a hard wrap inside it reads as one space.
            assert reflow(a.source[m.start:m.end]) == q.speaker.mention_text
    for t in a.quoted_terms:
        assert any(p.span.contains(t.span) for p in a.paragraphs)


_MARKS_ALPHABET = ["'", "`", "''", "``", "a", " ", '"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb"]


@given(st.lists(st.sampled_from(_MARKS_ALPHABET), max_size=40).map("".join), st.integers(0, 40), st.integers(0, 40))
def test_mark_scan_matches_reference_pattern(text: str, a: int, b: int) -> None:
    from newsparse.rules.quotes import _MARK, _double_marks, _legacy_marks

    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    ref = [(m.start(), m.group(), m.end()) for m in _MARK.finditer(text, lo, hi)]
    assert sorted(_double_marks(text, lo, hi) + _legacy_marks(text, lo, hi)) == ref
