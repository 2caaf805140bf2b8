"""The envelope's fast paths agree with the general code they short-cut."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.parser import default_parser
from newsparse.rules import envelope as E
from newsparse.state import ParseState
from newsparse.testing import equivalence_settings

# Fast path against reference: a capped example count (see equivalence_settings).
EQUIVALENCE = equivalence_settings()

REGISTRY = default_parser().registry
TABLES = E._tables(ParseState("", REGISTRY))
WORDS = st.text(alphabet=" \t\n\u00a0\u2003ab,.Writer", max_size=60)


@EQUIVALENCE
@given(WORDS, st.integers(1, 12))
def test_word_count_pattern_is_split(text: str, n: int) -> None:
    assert (E._at_least_words(n).match(text) is not None) == (len(text.split()) >= n)


@EQUIVALENCE
@given(st.text(alphabet=" \tABPa,.", max_size=30) | st.sampled_from(
    ["AP Science Writer", "Special Correspondent", "The Associated Press", "x Bureau Chief", "  Writer ", ""]))
def test_affiliation_reads_the_last_words_as_split_does(part: str) -> None:
    words = part.split()
    general = part.casefold() in TABLES.credit_agency or (bool(words) and (
        words[-1].casefold() in E._STAFF_TITLES or " ".join(words[-2:]).casefold() in E._STAFF_TITLES))
    assert E._affiliation(TABLES, part) == general


def _general_trailer(text: str, start: int) -> tuple[object, ...]:
    state = ParseState(text, REGISTRY)
    state.body_start = start
    original = E._quick_trailer
    E._quick_trailer = lambda *a: ("", None)  # type: ignore[assignment]  # nothing known: the loop reads all
    try:
        E.trailer(state)
    finally:
        E._quick_trailer = original
    return _key(state)


@EQUIVALENCE
@given(st.lists(st.sampled_from(["Hello world.", "", "  ", "(Reporting by A B)", "(Reporting by", "A B)", "Reuter",
                                 "==Kyodo", "NNNN", "___", "x NOTEBOOK", "Copyright 2020 x", "\x03", "dpa wsz"]),
                max_size=6),
       st.integers(0, 5), st.sampled_from(["\n", "\r\n", "\r"]))
def test_trailer_fast_path_agrees(lines: list[str], start: int, br: str) -> None:
    text = br.join(lines)
    start = min(start, len(text))
    state = ParseState(text, REGISTRY)
    state.body_start = start
    E.trailer(state)
    assert _key(state) == _general_trailer(text, start)


def _key(state: ParseState) -> tuple[object, ...]:
    return tuple((t.kind, t.text, t.span.start, t.span.end) for t in state.trailer), state.body_end


@EQUIVALENCE
@given(st.lists(st.sampled_from(["___", "_____", "## x NOTEBOOK", "#ab NOTEBOOK", "NOTEBOOK", "_", "#", "x_y", "ab",
                                 " \u0416 ", ""]), max_size=6), st.integers(0, 60), st.integers(0, 60))
def test_rest_hint_prefilter_keeps_every_marker_line(lines: list[str], lo: int, hi: int) -> None:
    # The general path it short-cuts: every line of the region tried against the rest patterns.
    text = "\n".join(lines)
    state = ParseState(text, REGISTRY)
    marker = any(pat.fullmatch(ln.text.strip()) for ln in state.lines_between(lo, hi) for _, pat in E._REST)
    if marker:
        assert E._has_rest_hint(text, lo, hi)
    if not any(h in text[lo:hi] for _, h in E._REST_HINTS):
        assert not E._has_rest_hint(text, lo, hi)


@EQUIVALENCE
@given(st.lists(st.sampled_from(["Hello world.", "", "Reuter", "___", "### x NOTEBOOK", "x_y", "#"]), max_size=5),
       st.integers(0, 40), st.integers(0, 40))
def test_trailer_of_empty_region_claims_nothing(lines: list[str], start: int, end: int) -> None:
    text = "\n".join(lines)
    state = ParseState(text, REGISTRY)
    state.body_start, state.body_end = min(start, len(text)), min(end, len(text))
    lo, hi = state.body_start, state.body_end
    E.trailer(state)
    if lo >= hi:
        assert not state.trailer and state.body_end == hi
    # and the rule agrees with its general loop on every region
    assert _key(state) == _general_trailer_region(text, lo, hi)


def _general_trailer_region(text: str, start: int, end: int) -> tuple[object, ...]:
    state = ParseState(text, REGISTRY)
    state.body_start, state.body_end = start, end
    original = E._quick_trailer
    E._quick_trailer = lambda *a: ("", None)  # type: ignore[assignment]
    try:
        E.trailer(state)
    finally:
        E._quick_trailer = original
    return _key(state)


FRONT_LINES = st.sampled_from(["Short headline here", "A long lead sentence of many words above the dateline here",
                               "^Coded headline<", "^Coded", "By John Smith", "Associated Press", "AP Science Writer",
                               "Eds: adds detail", "(Adds quote)", "", "  ", "\x02", "Jane Doe, Reuters", "x"])
DATELINES = st.sampled_from(["MOSCOW, February 21. /TASS/. Talks went on.", "DALLAS (AP) \u2014 The story.",
                             "LONDON, March 3 (Reuters) - Shares fell."])


def _front(text: str, shortcuts: bool) -> tuple[object, ...]:
    saved = E.SHORTCUTS
    E.SHORTCUTS = shortcuts
    try:
        a = default_parser().parse(text)
    finally:
        E.SHORTCUTS = saved
    blocks = [(b.kind, b.text, b.span.start, b.span.end) if b else None
              for b in (a.headline, a.subtitle, *a.advisories)]
    return (blocks, a.byline, a.dateline and a.dateline.span.start,
            [(p.text, p.span.start, p.span.end) for p in a.paragraphs])


@EQUIVALENCE
@given(st.lists(FRONT_LINES, max_size=4), st.sampled_from(["\n", "\n\n", "\r\n", " \n"]), DATELINES)
def test_one_line_front_matter_fast_path_agrees(lines: list[str], br: str, dateline: str) -> None:
    text = br.join([*lines, dateline])
    assert _front(text, True) == _front(text, False), text


SINGLE_TEXTS = st.sampled_from(["Reuter", "REUTER", "==Kyodo", "== kyodo", "dpa wsz jln", "AAP ab/cd", "NNNN", "ends",
                                "(Reporting by A B)", "((contact x))", "Copyright 2020 x", "bur-abc/de", "Hello world.",
                                "-0-", "XXX", "(END)", "Enditem", "#", "###", "ab/cd", "x", ""])


@EQUIVALENCE
@given(SINGLE_TEXTS | st.text(alphabet="ReutrKyod=# -/()0NEabcdx", max_size=14))
def test_single_trailer_one_regex_agrees(text: str) -> None:
    assert E._single_trailer(TABLES, text) == E._single_trailer_general(TABLES, text)
