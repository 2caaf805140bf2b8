"""The head side of attribution (a cue earlier in the quote's sentence): the short-cuts of
``head_attr`` against the general walk, on generated sentences before a quote, and the facts about
casefolding they rely on."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from test_attribution_fast import general_paths

import newsparse
from newsparse.parser import default_parser
from newsparse.rules import attribution as attribution_module
from newsparse.rules.attribution import _WORD, _word_pattern
from newsparse.rules.coref import lexicon
from newsparse.testing import equivalence_settings

# Fast path against reference: a capped example count (see equivalence_settings).
EQUIVALENCE = equivalence_settings()

# Words of a sentence before a quote: cue words (one-word, multi-word, source, participle,
# markers), words that contain a cue word ("so-called", "re-said"), names, pronouns, stopwords,
# abbreviations, and the odd character U+0345 (its casefold is a letter).
WORDS = ["he", "She", "Trump", "Varkonyi", "Anna", "Mr.", "Sen.", "U.S.", "the", "a", "minister", "said", "Said",
         "SAID", "says", "told", "reporters", "according", "to", "saying", "pointed", "out", "noted", "that",
         "in", "In", "a", "statement", "so-called", "re-said", "said\u0345", "\u0345said", "dubbed", "called",
         "later", "However", "While", "who", "and", "then", "also", "ABC's", "Kremlin", "CNN", "ſaid", "asked",
         "added", "Officials", "spokesman", "of", "Monday", "tweeted", "read", "sign", "wrote", "Former", "Gov."]
PUNCT = [",", ".", ":", ";", "!", "?", "-", "(", ")", "\u2014", "’", "\u201d"]
SEPS = [" ", " ", " ", "  ", "", "\u00a0", "\n"]
INTRO = "MOSCOW, March 3. /TASS/. Russian Foreign Minister Anna Varkonyi arrived. Donald Trump spoke.\n\n"


def _sentence(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    piece = st.tuples(st.sampled_from(SEPS), st.sampled_from(WORDS + PUNCT)).map("".join)
    return st.lists(piece, min_size=min_size, max_size=max_size).map("".join)


@st.composite
def stories(draw: st.DrawFn) -> str:
    paras = []
    for _ in range(draw(st.integers(1, 3))):
        parts = []
        for _ in range(draw(st.integers(1, 3))):
            mark = draw(st.sampled_from([('"', '"'), ("\u201c", "\u201d")]))
            content = draw(st.sampled_from(["We will win.", "a disaster", "Go", "The Big Show", "talks go on,"]))
            parts.append(draw(_sentence(0, 14)) + " " + mark[0] + content + mark[1])
        paras.append("".join(parts) + draw(_sentence(0, 4)))
    return INTRO + "\n\n".join(paras) + "\n"


def _both(text: str) -> tuple[str, str]:
    fast = newsparse.to_json(newsparse.parse(text))
    with general_paths():
        general = newsparse.to_json(newsparse.parse(text))
    return fast, general


@settings(max_examples=300)
@given(stories())
def test_head_short_cuts_agree_with_the_general_walk(text: str) -> None:
    fast, general = _both(text)
    assert fast == general


def test_head_short_cuts_agree_on_examples() -> None:
    bodies = [
        'Trump said: "We will win."', 'In a statement, Varkonyi said the "talks go on."',
        'The so-called "Big Show" opened.', 'He re-said it, "Go."', 'Trump said\u0345 "We will win."',
        'Officials said\u0345 Trump told "Go."',
        'According to CNN, "we will win."', '"Go," he said. "We will win."', 'Officials called it "a disaster"',
        'The ſaid minister "Go."', 'Later, Anna asked: "Go?"', 'Sen. Trump, who said so, "won."',
        'While Trump calls it "A," he fixates on the "B"', 'Trump calls it "A," he fixates on the "B"',
    ]
    for body in bodies:
        fast, general = _both(INTRO + body + "\n")
        assert fast == general, body


def test_u0345_is_the_only_character_whose_casefold_gains_a_word_character() -> None:
    # head_attr tests tokens against the cue words themselves unless the text has U+0345: no other
    # character outside \w casefolds to a string with a \w character in it.
    word = re.compile(r"\w")
    odd = [c for c in map(chr, range(sys.maxunicode + 1)) if not word.match(c) and word.search(c.casefold())]
    assert odd == ["\u0345"]


@EQUIVALENCE
@given(st.text(alphabet="saidtoldsynoe -,.’\u0345ſSAIDK\u212a", max_size=40))
def test_cue_word_search_equals_word_intersection(text: str) -> None:
    lex = lexicon(default_parser().registry)
    words = frozenset(w for w in lex.all_firsts if _WORD.fullmatch(w))
    pattern = re.compile(r"(?<!\w)" + _word_pattern(sorted(words)) + r"(?!\w)")
    low = text.casefold()
    assert set(pattern.findall(low)) == lex.all_firsts.intersection(_WORD.findall(low))


def test_word_pattern_is_a_trie_of_the_words() -> None:
    words = ["say", "said", "says", "s", "tell", "told"]
    pattern = re.compile(_word_pattern(words))
    for w in [*words, "sa", "sai", "tel", "x", ""]:
        assert (pattern.fullmatch(w) is not None) == (w in words), w
    assert attribution_module._word_pattern([]) == ""
