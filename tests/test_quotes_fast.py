"""The quotes rule's fast path (``_fast_quotes``: straight and curly double marks, no nesting) gives
exactly what the general path (``find_candidates`` + ``build_quote``) gives, and gives up on the rest."""

from __future__ import annotations

from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse.models import Quote, Span
from newsparse.parser import default_parser
from newsparse.rules import quotes as q
from newsparse.state import ParseState
from newsparse.testing import equivalence_settings

# Fast path against reference: a capped example count (see equivalence_settings).
EQUIVALENCE = equivalence_settings()

DL = "MOSCOW, March 3. /TASS/. Foreign Minister Anna Varkonyi arrived on Monday.\n\n"

# Pieces the fast path must get right: its three marks after every kind of left context, words
# (lower and upper case: part kinds), sentence ends, apostrophes, insertions, hard wraps, indented
# and blank-line paragraph breaks, control characters (blank but not whitespace).
_PIECES = ['"', '"', '"', "\u201c", "\u201c", "\u201d", "\u201d", "a", "We", " ", " ", "  ", "\n", "\n\n", "\n    ",
           "\r\n", ".", ",", ":", "(", "-", "\u2014", "'", "\u2019", "[the", "]", "5'10", "\x00", "\t", "\u00a0"]
# Marks only the general path handles.
_OTHER = ["\u201e", "\u00ab", "\u00bb", "``", "''", "'''"]


def _state(text: str) -> ParseState:
    parser = default_parser()
    state = ParseState(text, parser.registry, {})
    for rule in parser.registry.rules:
        if rule.name == "quotes":
            break
        rule.fn(state)
    return state


def _fields(x: Quote) -> tuple[Any, ...]:
    return (x.text, x.kind, x.speaker, x.paragraph, x.cue, x.span, x.parts, x.insertions, x.part_kinds, x.nested)


def _general(state: ParseState) -> tuple[list[q.Candidate], list[Quote]]:
    src, paras = state.source, state.paragraphs
    cands = q.find_candidates(src, [(p.index, p.span.start, p.span.end) for p in paras])
    return cands, [q.build_quote(src, paras[c.paragraphs[0]].span.start, c) for c in cands]


def _fast(state: ParseState) -> tuple[list[q.Candidate], list[Quote]] | None:
    src, paras = state.source, state.paragraphs
    if not paras:
        return [], []
    lo, hi = paras[0].span.start, paras[-1].span.end
    marks = q._fast_marks(src, paras, lo, hi)
    if not marks:
        return None if marks is None else ([], [])  # [] = no mark that can open a quote
    return q._fast_quotes(src, paras, lo, hi, marks)


def _agree(body: str) -> bool:
    """Whether the fast path took ``body``; asserts it agrees with the general path when it did."""
    state = _state(DL + body)
    fast = _fast(state)
    if fast is None:
        return False
    cands, quotes = _general(state)
    assert [tuple(c) for c in fast[0]] == [tuple(c) for c in cands]
    assert all(type(c) is q.Candidate for c in fast[0])
    assert [_fields(x) for x in fast[1]] == [_fields(x) for x in quotes]
    # The rule's own output is the same too.
    rule_state = _state(DL + body)
    q.quotes(rule_state)
    assert [_fields(x) for x in rule_state.quotes] == [_fields(x) for x in quotes]
    assert rule_state.extras[q.EXTRAS_KEY] == cands
    return True


@EQUIVALENCE
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
@example('"Talks will go on," he said. "We are patient."\n\n"More," she said.\n')
@example('He said: "This goes on\n\n"and on\n\n"and ends here."\n')
@example('He said: "This goes on\n\nNo marks here.\n\n"A new one."\n')
@example("\u201cOne \u201cTwo\u201d three.\n")
@example('\u201cA "nested" one,\u201d she said.\n')
@example('She is 5\'10" tall. "Yes," he said.\n')
@example('"  spaced  " and ""empty"" and "[sic] inserted [here]".\n')
@example("\u201d Opening closer\u201d and \u201dword\u201d.\n")
@example('"One\n    "Two, indented," he said.\n')
@example('"\x00control\x00" said.\n')
@example("Only ''lone'' closers ''' here.\n")
@example("x" * 1100 + '"' * 300 + "\n")
@example("x" * 1100 + "''" * 300 + '"a"\n')
def test_fast_path_matches_general_path(body: str) -> None:
    _agree(body)


@EQUIVALENCE
@given(st.lists(st.sampled_from(_PIECES + _OTHER), max_size=60).map("".join))
def test_fast_path_matches_or_gives_up(body: str) -> None:
    took = _agree(body)
    if any(m in body for m in ("\u201e", "\u00ab", "\u00bb", "``")):
        assert not took


def test_fast_path_takes_ordinary_copy() -> None:
    assert _agree('"Talks will go on," the minister said. \u201cWe are patient.\u201d\n\n'
                  'He added: "A quote that runs on\n\n"into this paragraph."\n')


def test_fast_path_gives_up_on_nesting_and_other_marks() -> None:
    assert not _agree('\u201cThey call it "a truce" now,\u201d she said.\n')
    assert not _agree('"They call it \u201ca truce\u201d now," she said.\n')
    assert not _agree("\u00abWe will talk again,\u00bb she said.\n")
    assert not _agree("``We will talk again,'' she said.\n")


def test_no_quote_mark_sets_empty_candidates() -> None:
    state = _state("MOSCOW, May 4 (TASS) - He said so, and she agreed.")
    q.quotes(state)
    assert state.extras[q.EXTRAS_KEY] == []
    assert state.quotes == []


def test_trusted_quote_equals_constructed_quote() -> None:
    span = Span(3, 9)
    made = q._quote("text", "partial", 2, span, (span,), (Span(4, 5),), ("partial",), ())
    ref = Quote("text", "partial", None, 2, None, span, (span,), (Span(4, 5),), part_kinds=("partial",), nested=())
    assert type(made) is Quote
    assert _fields(made) == _fields(ref)
    assert q._span(3, 9) == span and type(q._span(3, 9)) is Span


@EQUIVALENCE
@given(st.lists(st.sampled_from(_PIECES + _OTHER), min_size=1, max_size=12).map("".join), st.integers(1, 400),
       st.lists(st.sampled_from(_PIECES + _OTHER), max_size=30).map("".join))
@example('"a" said b ', 300, '"x," he said. "y"')
@example("\u201c\u00ab\u201e\u201d\u00bb", 300, "")
@example('"', 1100, "\n\nHe said \"so.\"")
def test_general_path_with_soup_matches_reference(chunk: str, times: int, tail: str) -> None:
    # _general (soup paired and built in one loop, one-part quotes built inline) against
    # find_candidates + build_quote, on paragraphs long and dense enough to be mark soup.
    state = _state(DL + chunk * times + "\n\n" + tail + "\n")
    cands, quotes = q._general(state.source, state.paragraphs)
    ref_cands, ref_quotes = _general(state)
    assert [tuple(c) for c in cands] == [tuple(c) for c in ref_cands]
    assert [_fields(x) for x in quotes] == [_fields(x) for x in ref_quotes]


def test_space_set_is_isspace() -> None:
    import sys

    assert all((chr(c) in q._SPACE) == chr(c).isspace() for c in range(sys.maxunicode + 1))
