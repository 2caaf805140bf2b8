"""The short-cuts that keep quote-dense copy fast (one quote per paragraph left open, a speaker and
verb before each quote, quoted terms by the thousand) against the general paths they short-cut."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from test_attribution_fast import _both  # the fast and the general paths' JSON of one text

import newsparse
from newsparse.parser import default_parser
from newsparse.rules import attribution as attribution_module
from newsparse.rules import quotes as quotes_module
from newsparse.rules.coref import People, lexicon
from newsparse.rules.quotes import EXTRAS_KEY
from newsparse.state import ParseState
from newsparse.testing import equivalence_settings

# Fast path against reference: a capped example count (see equivalence_settings).
EQUIVALENCE = equivalence_settings()

DL = "MOSCOW, March 3. /TASS/. Foreign Minister Anna Varkonyi arrived on Monday.\n\n"

# Words a head before a quote is made of: determiners (some also pronouns or cue words), nouns that
# are titles, generic nouns, organisations, pronouns, adverbs, prepositions, links and relatives,
# cue verbs (one-word, phrase firsts, source cues, participles) and plain words.
HEAD_WORDS = ["the", "The", "a", "an", "his", "her", "its", "their", "one", "both", "that", "this", "minister",
              "spokesman", "officials", "police", "company", "ministry", "he", "she", "they", "who", "which",
              "also", "quickly", "only", "of", "for", "and", "then", "said", "says", "added", "told", "pointed",
              "according", "saying", "reported", "noted", "asked", "tweeted", "cat", "Smith", "Varkonyi", "It"]
HEAD_SEPS = [" ", " ", "  ", "\t", "\n", "\u00a0"]
HEAD_ENDS = ["", "", ",", ":", ".", " .", ";", "!"]


@st.composite
def heads(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(HEAD_WORDS), min_size=1, max_size=4))
    seps = [draw(st.sampled_from(HEAD_SEPS)) for _ in words]
    head = "".join(s + w if i else w for i, (s, w) in enumerate(zip(seps, words, strict=True)))
    return draw(st.sampled_from(["", " ", "\u00a0"])) + head + draw(st.sampled_from(HEAD_ENDS)) + " "


@EQUIVALENCE
@given(st.lists(st.tuples(heads(), st.sampled_from(["We will win.", "this never ends", "Go", "a Big Day"]),
                          st.sampled_from(['"', '"\n', '," he said.', '." '])), min_size=1, max_size=3))
@example([("the minister said. ", "We will win.", '"')])
@example([("The minister said: ", "We will win.", '"')])
@example([("He said. ", "We will win.", '"')])
@example([("the who said, ", "Go", '"')])
@example([("his only said: ", "Go", '"')])
def test_head_shapes_agree_with_the_general_walk(pieces: list[tuple[str, str, str]]) -> None:
    body = "\n\n".join(f'{head}"{content}{end}' for head, content, end in pieces)
    fast, general = _both(DL + body + "\n")
    assert fast == general


def test_head_shape_det_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    cls = attribution_module._Attributor
    taken: list[Any] = []
    f = cls.head_shape_det

    def spy(self: Any, m: Any) -> Any:
        got = f(self, m)
        taken.append(got)
        return got

    monkeypatch.setattr(cls, "head_shape_det", spy)
    a = newsparse.parse(DL + '"Talks will go on," the minister said. "We are patient."\n')
    assert len(taken) == 1 and taken[0] is not None
    assert [q.cue for q in a.quotes] == ["said", "said"]
    assert a.quotes[1].speaker is not None and a.quotes[1].speaker.mention_text == "the minister"


# Quoted terms and titles: possessives, markers, Title Case, a strong cue next to them or not.
TERM_HEADS = ["ABC's ", "the so-called ", "She declared ", "He said ", "Smith\u2019s ", "its ", "dubbed ",
              "'", "x= ", "", "the minister said, "]
TERM_CONTENTS = ["This Week", "What a Super Tuesday!", "shadow fleet", "Go", "We Will Win", "the of Day",
                 "A B C D E F G H I", "Big\nDay"]


@EQUIVALENCE
@given(st.lists(st.tuples(st.sampled_from(TERM_HEADS), st.sampled_from(TERM_CONTENTS),
                          st.sampled_from(['"', '," he said.', '" she said.'])), min_size=1, max_size=3))
@example([("ABC's ", "This Week", '" she said.')])
@example([("He said ", "We Will Win", '"')])
def test_term_test_short_cut_agrees(pieces: list[tuple[str, str, str]]) -> None:
    body = " ".join(f'{head}"{content}{end}' for head, content, end in pieces)
    fast, general = _both(DL + body + "\n")
    assert fast == general


def _attributor(text: str) -> tuple[attribution_module._Attributor, list[quotes_module.Candidate]]:
    parser = default_parser()
    state = ParseState(text, parser.registry, {})
    for rule in parser.registry.rules:
        if rule.name == "attribution":
            break
        rule.fn(state)
    cands = state.extras[EXTRAS_KEY]
    lex = lexicon(parser.registry)
    paras = state.paragraphs
    people = People(text, paras[0].span.start, paras[-1].span.end, lex, [p for c in cands for p in c.parts], paras)
    return attribution_module._Attributor(state, lex, people), cands


def test_open_quote_has_no_tail() -> None:
    # The main loop does not call tail() for a quote left open at its paragraph's end: tail_attr
    # answers None for it before reading anything.
    att, cands = _attributor(DL + 'He said "this never ends\n\nShe said "nor this, said Smith\n')
    assert len(cands) == 2
    for c in cands:
        assert c.closes[-1] == c.parts[-1].end
        assert att.tail(c, len(att.src)) is None


_KIND_PIECES = ['"', "a", "We", " ", "  ", ".", ",", ":", "-", "\u2014", "'", "\u2019", "\u201d", "\n", "\t", "x"]


@EQUIVALENCE
@given(st.lists(st.sampled_from(_KIND_PIECES), max_size=12).map("".join), st.sampled_from(["a", "W", "1", "\u00e9"]))
def test_quick_kind_equals_part_kind(before: str, first: str) -> None:
    src = "P " + before + '"' + first + "x"
    for pstart in (0, 2, min(len(src) - 2, 4)):
        op = len(src) - 2
        if pstart <= op:
            assert quotes_module._quick_kind(src, pstart, op, op + 1) == quotes_module.part_kind(src, pstart, op,
                                                                                                 op + 1)


def test_soup_terms_have_their_parts_text() -> None:
    # One quoted term per soup part, with the text of its part reflowed (the blanks at its ends go).
    body = "x" * 1100 + ' "a" said b' * 300 + ' "\x00c d\x00" said b\n'
    a = newsparse.parse(DL + body)
    assert len(a.quoted_terms) == 301 and not a.quotes
    assert a.quoted_terms[-1].text == "c d"


def test_every_term_marker_passes_the_marker_prefilter() -> None:
    # is_term reads the markers only after a word that ends one (marker_lasts): each marker of the
    # lexicon, of one word or two, still makes the quote after it a term.
    lex = lexicon(default_parser().registry)
    assert lex.markers
    for marker in sorted(lex.markers):
        a = newsparse.parse(DL + f'He saw the {marker} "plain words here" on Monday, he said.\n')
        assert [t.text for t in a.quoted_terms] == ["plain words here"], marker
