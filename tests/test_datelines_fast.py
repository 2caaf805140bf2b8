"""The dateline fast path (``datelines._fast``) and the prefilter (``_build_needs``) agree with
the general grammar: on lines built from the shapes they short-cut and their near misses, and on
random text."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsparse.parser import default_parser
from newsparse.rules import datelines as D
from newsparse.state import ParseState
from newsparse.testing import equivalence_settings

# Fast path against reference: a capped example count (see equivalence_settings).
EQUIVALENCE = equivalence_settings()

_STATE = ParseState("", default_parser().registry)
FAST = D.grammar(_STATE)
GENERAL = attrs.evolve(FAST, fast=None, needs=None, plausible=None)
# The prefilter tests one by one (_plausible_general), with the grammar's own ``needs``.
STEPWISE = attrs.evolve(FAST, plausible=None)

PLACES = ["MOSCOW", "NEW YORK", "Beirut", "New York", "SAN KESTREL DE ORO", "A B C D E", "A B C D E F", "Rio de Oro",
          "MAY", "Monday", "REUTERS", "March", "ST", "LONGWORDLONGWORDLONGWORDLONG"]
REGIONS = ["", " /Leningrad Region/", " /Moscow/", " (ITALY)", ", Pa.", " /x/", " /Leningrad Region/ "]
MONTHS = ["December", "Dec.", "Dec", "May", "Sept.", "Sep", "MARCH", "Monday", "enero", "Abr.", "Foo", "Mayday"]
DAYS = ["26", "4", "123", "26,", "26 2019", "26, 2019", "26-27"]
TAGS = ["TASS", "Reuters", "AP", "ap", "UPI", "ITAR-TASS", "Thomson Reuters", "Nobody", "tca/dpa", "ats afp", "ANSA"]
SEPS = ["", " -", " --", " ---", "  -", "   -", " \u2014", " \u2013", "_", " _", ":", ".-", ".", " .", "-", "\n-",
        " \n-", ". ", ",", " (", " /", "\n   :", "\r\n-", "\r:", " :", "-\n"]
AFTER = ["", " Hello world.", " hello", "\n\nNext", " \"Quote", "-27", " [x]", "x", " (AP)", ". /TASS/.", "\u00a0x"]


@st.composite
def lines(draw: st.DrawFn) -> str:
    place = draw(st.sampled_from(PLACES))
    region = draw(st.sampled_from(REGIONS))
    shape = draw(st.sampled_from(["slash", "paren", "untagged", "place-paren", "bare", "credit", "free"]))
    date = f"{draw(st.sampled_from(MONTHS))} {draw(st.sampled_from(DAYS))}"
    tag = draw(st.sampled_from(TAGS))
    sep = draw(st.sampled_from(SEPS))
    after = draw(st.sampled_from(AFTER))
    if shape == "slash":
        head = f"{place}{region}, {date}. /{tag}/{sep}"
    elif shape == "paren":
        head = f"{place}{region}, {date} ({tag}){sep}"
    elif shape == "untagged":
        head = f"{place}{region}, {date}{sep}"
    elif shape == "place-paren":
        head = f"{place}{region} ({tag}){sep}"
    elif shape == "bare":
        head = f"{place}{region}, {date} {draw(st.sampled_from(['Kyodo', 'AAP', 'Reuter', 'dpa', 'Nobody']))}{sep}"
    elif shape == "credit":
        head = f"{tag}{sep} {place}, {date}{draw(st.sampled_from(SEPS))}"
    else:
        head = draw(st.text(alphabet="AMOSCW ,.()/-_:\n\r\t26DdecayKo\u2014", max_size=40))
    return head + after


def _fast(text: str) -> D._Found | None:
    assert FAST.fast is not None
    m = FAST.fast.match(text, 0, len(text))
    return None if m is None else D._fast(FAST, m, 0)


def _agree(text: str) -> None:
    fast = _fast(text)
    if fast is not None:
        assert fast == D._candidate(GENERAL, text, 0, len(text)), text
    # and through the whole search, with or without the fast path
    assert D._search(FAST, text, 0, len(text)) == D._search(GENERAL, text, 0, len(text)), text


@EQUIVALENCE
@given(lines())
def test_fast_path_agrees_with_the_grammar(text: str) -> None:
    _agree(text)


@EQUIVALENCE
@given(st.text(max_size=80))
def test_fast_path_agrees_on_any_text(text: str) -> None:
    _agree(text)


def test_fast_path_takes_the_common_shapes() -> None:
    for text in ["MOSCOW, December 26. /TASS/. Events", "IGORA /Leningrad Region/, December 26. /TASS/. X",
                 "NEW YORK, Nov. 19 (UPI) \u2014 The", "LONDON, March 26 - Britain", "DALLAS (AP) \u2014 A",
                 "MOSCOW, May 4 (TASS) - Hello world."]:
        fast = _fast(text)
        assert fast is not None, text
        assert fast == D._candidate(GENERAL, text, 0, len(text)), text


def test_no_fast_path_for_a_table_with_a_spelling_it_does_not_cover() -> None:
    from newsparse.agencies import Agency
    from newsparse.parser import Parser

    class Plugin:
        from newsparse.hookspecs import hookimpl

        @staticmethod
        @hookimpl
        def register_agencies(register: object) -> None:
            register(Agency("-Odd", shapes=("paren", "bare")))  # type: ignore[operator]

    parser = Parser(plugins=[Plugin()])
    g = D.grammar(ParseState("", parser.registry))
    assert g.fast is None


def test_prefilter_spares_the_grammar_a_line_of_prose() -> None:
    text = "Chelsea Clinton, husband expecting second child.\n\nMore text."
    assert D._plausible(GENERAL, text, 0, len(text))  # the older tests let it through
    assert not D._plausible(FAST, text, 0, len(text))
    assert D._candidate(GENERAL, text, 0, len(text)) is None


PROSE = st.sampled_from(["MOSCOW", "New York", ",", ".", " ", "  ", "-", " -- ", "(", "/", "\n", "\r", "\r\n", "\n  -",
                         "\n\t:", "Word", "word", "a" * 40, "1", "\u2014", "\u00a0", "\u0663", "_", ":", "[", "\t"])


@EQUIVALENCE
@given(st.lists(PROSE, max_size=30), st.integers(0, 5), st.integers(0, 5))
def test_plausible_pattern_agrees_with_the_stepwise_tests(parts: list[str], cut: int, short: int) -> None:
    """The one-pattern prefilter (DatelineGrammar.plausible) says what _plausible_general says."""
    text = "".join(parts)
    pos = min(cut, len(text))
    limit = max(pos, len(text) - short)
    assert FAST.plausible is not None
    assert D._plausible(FAST, text, pos, limit) == D._plausible_general(STEPWISE, text, pos, limit), text


@EQUIVALENCE
@given(st.text(max_size=200))
def test_plausible_pattern_agrees_on_any_text(text: str) -> None:
    assert D._plausible(FAST, text, 0, len(text)) == D._plausible_general(STEPWISE, text, 0, len(text)), text


def test_plausible_pattern_at_its_limits() -> None:
    """Around the head length and the space count, where an off-by-one would show."""
    texts = [f"{'A' * n}, May 4 - x" for n in range(FAST.head - 3, FAST.head + 3)]
    texts += [" ".join(["Word"] * n) + " (AP) - x" for n in range(FAST.max_spaces - 2, FAST.max_spaces + 3)]
    texts += [" ".join(["Word"] * n) + "\n- x" for n in range(1, 5)]
    for text in texts:
        for limit in (len(text), len(text) - 4, FAST.head):
            assert D._plausible(FAST, text, 0, limit) == D._plausible_general(STEPWISE, text, 0, limit), (text, limit)
