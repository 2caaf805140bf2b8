"""The attribution fast paths against the general paths they short-cut: the same parse, speakers,
mentions and people included, with and without them (hypothesis on generated heads and tails),
and the helpers that build model objects without their generated ``__init__``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.models import Quote, Span, Speaker
from newsparse.rules import attribution as attribution_module
from newsparse.rules.attribution import _credited, _speaker
from newsparse.rules.coref import People, lexicon
from newsparse.testing import equivalence_settings

# Fast path against reference: a capped example count (see equivalence_settings).
EQUIVALENCE = equivalence_settings()

INTRO = ["Russian Foreign Minister Anna Varkonyi arrived on Monday. ", "Kremlin spokesman Dmitry Peskov spoke. ",
         "The talks ended. ", "Senator Ted Cruz, a Republican, said so. ", ""]
# Words the tail and head shapes look at: pronouns, names, determiners, titles, stopwords, adverbs,
# one-word and phrase cues, participles, "to", abbreviations (``Bush. The``) and relatives.
WORDS = ["he", "He", "she", "She", "they", "it", "Trump", "Varkonyi", "Peskov", "Anna", "Smith", "Bush", "Mr.",
         "the", "The", "a", "minister", "spokesman", "officials", "said", "says", "added", "told", "tweeted",
         "according", "to", "saying", "pointed", "out", "went", "on", "reporters", "Monday", "also", "quickly",
         "who", "which", "However", "In", "Kremlin", "White", "House", "and", "at", "rally", "called",
         "dubbed", "Ministry", "Reuters", "CNN", "that", "so-called", "President", "Putin", "Today", "of", "for",
         "Mr", "Who", "But", "then", "then", "replied", "declared", "Officials"]
PUNCT = [",", ".", ":", ";", "!", "?", "-", "(", ")", "\u2014"]
SEPS = [" ", " ", " ", "  ", "\t", "", "\u00a0"]


def _phrase(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    piece = st.tuples(st.sampled_from(SEPS), st.sampled_from(WORDS + PUNCT)).map("".join)
    return st.lists(piece, min_size=min_size, max_size=max_size).map("".join)


@st.composite
def stories(draw: st.DrawFn) -> str:
    intro = draw(st.sampled_from(INTRO))
    paras = []
    for _ in range(draw(st.integers(1, 3))):
        head = draw(_phrase(0, 6))
        content = draw(st.sampled_from(["We will win.", "We will win,", "a disaster", "Go", "Talks go on!"]))
        tail = draw(_phrase(0, 7))
        mark = draw(st.sampled_from([('"', '"'), ("\u201c", "\u201d")]))
        paras.append(f"{head}{mark[0]}{content}{mark[1]}{tail}")
    return "MOSCOW, March 3. /TASS/. " + intro + "\n\n" + "\n\n".join(paras) + "\n"


@contextmanager
def general_paths() -> Iterator[None]:
    attribution_module.FAST_PATHS = False
    try:
        yield
    finally:
        attribution_module.FAST_PATHS = True


def _both(text: str) -> tuple[str, str]:
    fast = newsparse.to_json(newsparse.parse(text))
    with general_paths():
        general = newsparse.to_json(newsparse.parse(text))
    return fast, general


@EQUIVALENCE
@given(stories())
def test_fast_paths_agree_with_general_paths(text: str) -> None:
    fast, general = _both(text)
    assert fast == general


def test_fast_paths_agree_on_the_common_shapes() -> None:
    bodies = [
        '"We will win," she said.', '"We will win," Varkonyi said at a rally.', '"We will win," he told reporters.',
        '"We will win," said Anna Varkonyi, the minister.', '"We will win," says Smith.', '"Go," said Bush. The',
        '"We will win," he went on.', '"We will win," he said to reporters.', 'He said: "We will win."',
        'Varkonyi said, "We will win."', 'However said: "We will win."', 'Officials said "a disaster"',
        '"We will win," said He.', '"We will win," said The Kremlin.', '"Go," the minister said on Monday.',
        '"We will win," Monday said he', '"We will win," the of said he', '"Go," However said.',
    ]
    for body in bodies:
        fast, general = _both("MOSCOW, March 3. /TASS/. " + INTRO[0] + "\n\n" + body + "\n")
        assert fast == general, body


def test_fast_shapes_are_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    # The shapes the fast paths exist for are read by them (a guard against a silent fallback).
    taken: list[str] = []
    cls = attribution_module._Attributor

    def spy(name: str) -> Any:
        f = getattr(cls, name)

        def wrapped(self: Any, *args: Any) -> Any:
            got = f(self, *args)
            if got not in (None, (False, None)):
                taken.append(name)
            return got
        return wrapped

    for name in ("tail_shape", "tail_verb_name", "head_shape"):
        monkeypatch.setattr(cls, name, spy(name))
    a = newsparse.parse('MOSCOW, March 3. /TASS/. Foreign Minister Anna Varkonyi spoke.\n\n'
                        '"We will win," she said at a rally. "Go," said Anna Varkonyi.\n\nShe said: "We will."\n')
    assert taken == ["tail_shape", "tail_verb_name", "head_shape"]
    assert [q.cue for q in a.quotes] == ["said", "said", "said"]


def test_speaker_helper_equals_constructor() -> None:
    span = Span(3, 9)
    for name, text in [("Anna Varkonyi", "she"), ("Anna\nVarkonyi", "Anna\nVarkonyi"), ("X", None)]:
        made = _speaker(name, span if text else None, text, "person")
        assert made == Speaker(name, span if text else None, text, "person")
        assert made.mention == (span if text else None)


def test_credited_copies_every_quote_field() -> None:
    q = Quote("text", "partial", None, 2, None, Span(1, 5), (Span(1, 5),), (Span(2, 3),), ("partial",), (Span(3, 4),))
    sp = Speaker("A B", Span(0, 1), "A", "person")
    got = _credited(q, sp, "said")
    want = Quote("text", "partial", sp, 2, "said", Span(1, 5), (Span(1, 5),), (Span(2, 3),), ("partial",),
                 (Span(3, 4),))
    assert got == want
    assert [getattr(got, f.name) for f in attrs.fields(Quote)] == [getattr(want, f.name) for f in attrs.fields(Quote)]
    assert _credited(q, None, None) is q


@EQUIVALENCE
@given(st.lists(st.tuples(st.integers(0, 40), st.sampled_from(["male", "female", None]),
                          st.sampled_from(["person", "organisation"])), max_size=90),
       st.integers(0, 45), st.sampled_from(["male", "female", None]))
def test_last_person_in_text_order_equals_general_loop(events: list[tuple[int, str | None, str]], pos: int,
                                                       gender: str | None) -> None:
    from newsparse.parser import default_parser

    lex = lexicon(default_parser().registry)
    people = People("x" * 50, 0, 0, lex)
    for i, (p, g, kind) in enumerate(events):
        ent = people.add(f"P{i} Q", None, Span(p, p + 1), kind)
        ent.gender = g
    # The general loop of last_person, written out.
    best = None
    best_pos = -1
    for p, ent in people._events[-64:]:
        if p < pos and p >= best_pos and ent.kind == "person":
            if gender and ent.gender and ent.gender != gender:
                continue
            best, best_pos = ent, p
    got = people.last_person(pos, gender)
    if best is not None:
        assert got is best


def test_terms_equal_the_constructor() -> None:
    from newsparse.models import QuotedTerm

    a = newsparse.parse('MOSCOW, March 3. /TASS/. The so-called "shadow\n fleet" sailed.\n')
    assert a.quoted_terms == (QuotedTerm("shadow fleet", 0, a.quoted_terms[0].span),)
    assert type(a.quoted_terms[0]) is QuotedTerm


def test_sentence_final_short_cut_agrees_on_its_shapes() -> None:
    # sentence_final's comma find and anchored match (fast) against the search at every comma.
    bodies = [
        '"Too many rumors" are spread in the West, Varkonyi noted.', '"Go" is the word, he said, said Smith.',
        'The "deal" is done, said Anna Varkonyi.', 'The "deal" is done, the minister said.',
        'The "deal" is done, as always, Varkonyi said. Then', 'The "deal" is done. Smith said, no.',
        'The "deal" is done, and so on and on and on and on said.', 'The "deal", a, b, c, Smith said!',
    ]
    for body in bodies:
        fast, general = _both("MOSCOW, March 3. /TASS/. " + INTRO[0] + "\n\n" + body + "\n")
        assert fast == general, body


@EQUIVALENCE
@given(st.lists(st.sampled_from([",", " ", "\n", "said", "Smith", ".", "!", "x-y", "'s", "a"]), max_size=20))
def test_final_attribution_search_starts_at_the_last_comma(pieces: list[str]) -> None:
    text = "".join(pieces)
    pattern = attribution_module._FINAL_ATTRIBUTION
    found = pattern.search(text)
    comma = text.rfind(",")
    anchored = pattern.match(text, comma) if comma >= 0 else None
    assert (found.span() if found else None) == (anchored.span() if anchored else None)


@EQUIVALENCE
@given(_phrase(0, 12))
def test_cue_word_search_equals_the_word_list_test(window: str) -> None:
    # tail_attr's fast prefilter: one search of the cue-word pattern in the casefolded window says
    # what the general test says (no word of the window is the first word of a cue).
    parser = newsparse.parser.default_parser()
    state = newsparse.state.ParseState(window, parser.registry, {})
    lex = lexicon(parser.registry)
    pattern = attribution_module._cue_words(state, lex).pattern
    folded = window.casefold()
    assert (pattern.search(folded) is None) == lex.all_firsts.isdisjoint(attribution_module._WORD.findall(folded))


@EQUIVALENCE
@given(_phrase(0, 12), st.integers(0, 20))
def test_head_window_without_sentence_marks_has_no_boundary(window: str, lo: int) -> None:
    # head_attr's fast path skips the sentence-end scan of a window with no ".", "!" or "?".
    if not any(c in window[lo:] for c in ".!?"):
        assert list(attribution_module._BOUNDARY.finditer(window, lo)) == []
