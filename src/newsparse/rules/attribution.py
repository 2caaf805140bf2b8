"""Who said what: each quoted segment is credited to a speaker, or recognised as a quoted term
(a title, nickname or scare quote), with cue words from the lexicon and a handful of patterns:

* after the quote: ``"...," X said.`` / ``"...," said X.`` / ``"..." - X`` / ``"...," according to X``;
* before it, in the same sentence: ``X said: "..."`` / ``X said that "..."`` / ``According to X,
  "..."`` / ``X: "..."`` and partial quotes woven into a sentence (``X noted that ... "..."``);
* no cue: the second half of an interrupted quotation (``"...," he said. "..."``), or a quote in the
  next paragraph of a speaker's remarks, keeps that speaker.

The cue search never leaves the quote's paragraph. Names resolve through :mod:`.coref`; when the
text does not say who spoke, ``speaker`` is None.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from typing import Any, NamedTuple

from ..models import OpenSpan, Quote, QuotedTerm, Span, Speaker, trusted_quote, trusted_quoted_term, trusted_speaker
from ..state import ParseState
from ..text import one_line, reflow
from .coref import NAME_PARTICLES, Lexicon, People, lexicon
from .quotes import EXTRAS_KEY, Candidate

__all__ = ["attribution"]

# Words keep inner periods only in initialisms ("U.S.") and short title abbreviations before a
# capitalised word ("Mr. Lavrov", "Sen. Smith"); otherwise a period is its own token.
_TOKEN_SPEC = re.compile(r"(?:\w\.){2,}|[A-Z][a-z]{0,3}\.(?=[ \t\r\n]+[A-Z])|\w[\w'’\-]*"
                         r"|[.,;:!?\u2014\u2013\"“”„«»()\[\]]|-{1,2}")
# The same tokens, written to start with a character class: the scan skips the blanks between
# tokens at C speed instead of trying every alternative at every blank (tests check they agree).
_TOKEN = re.compile(r"[\w.,;:!?\u2014\u2013\"“”„«»()\[\]-]"
                    r"(?:(?<=\w)\.(?:\w\.)+|(?<=[A-Z])[a-z]{0,3}+\.(?=[ \t\r\n]+[A-Z])|(?<=\w)[\w'’\-]*+|(?<=-)-?|)")
_WORD = re.compile(r"\w+")
# A sentence end: the punctuation (group 1 ends there), closing marks, space, a capital next.
# It starts with a character class, so the scan skips ahead at C speed.
_BOUNDARY = re.compile(r"[.!?]()[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
# Between two fragments of one sentence: '"A" and "B"', '"A," "B"'.
_FRAGMENT_GAP = re.compile(r"[\s,;]*(?:(?:and|or|but|as well as|nor)[\s,]*)?")
_HEAD_CHARS = 300
_POSSESSIVE_END = re.compile(r"\w['’]s?$")
_NP_STOPS = frozenset("of for who which that in on at to with as from by about after before during".split())
_LINKS = frozenset("and or but nor then".split())
_CONTRACTION = re.compile(r"['’](?:s|ll|d|re|ve|m)$")
_CLAUSE_BREAK = re.compile(r";|\b(?:while|whereas|although|though|but)\b")
_TAIL_CHARS = 120
_SUBORDINATORS = frozenset("while whereas although though when if because since as after before".split())
_QUOTE_MARKS = frozenset("\"“”„«»")
_DETERMINERS = frozenset("the a an his her its their our one another two three several some many both".split())
_INDEFINITE = frozenset("a an one another".split())
# Lower-case words inside a capitalised subject: title complements ("Secretary of State") and name
# particles ("Ursula von der Leyen", "Hugo de la Torre", "Mohammed bin Salman").
_ARTICLES = ("al", "el")
_PARTICLE_WORDS = NAME_PARTICLES
# Words that link the capitalised words of a subject ("Secretary of State"): the particles, but for
# "le" and "al", which start a name when capitalised ("Le Pen", "Al Gore").
_NAME_LINKS = (NAME_PARTICLES - {"le", "al"}) | {"of", "for"}
_SMALL = frozenset("a an the of and or in on at to for with by from de la le du del von van is as".split())
_TIME_WORDS = frozenset("later earlier ago afterwards afterward before after then".split())
_AUXILIARIES = frozenset("is was are were be been being am has have had also".split())
# A verb, a comma and a participle ("said, adding"): _Attributor.cue_before_participle.
_COMMA_PARTICIPLE = re.compile(r",[ \t\r\n]+([a-z]+ing)\b")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)[ \t\r\n]*\Z")
# The last comma of a sentence and at most five words after it, to the sentence end: where a
# sentence-final attribution (", Lavrov noted.") can stand (_Attributor.sentence_final).
_FINAL_ATTRIBUTION = re.compile(r",(?:[ \t\r\n]+[\w'’.-]+){2,5}[ \t\r\n]*[.!?]\Z")
# Words that make what follows a quote a clause of its own, not a description before a name.
_DESCRIPTION_STOPS = _NP_STOPS | _LINKS | _SUBORDINATORS | _TIME_WORDS | _AUXILIARIES | _DETERMINERS | frozenset(
    "than like not no every each all so too very just even still until unless once whether where whenever"
    .split()) | NAME_PARTICLES  # name particles: part of a name
_PASSIVE_AUXILIARIES = frozenset("is was are were been".split())
_REPORTED = frozenset("saying telling stating writing adding".split())


def _as_saying(toks: list[_Tok], k: int) -> bool:
    """``as saying`` (or ``as telling``, ``as stating``) at ``toks[k]``: the end of ``quoted X as saying``."""
    return k + 1 < len(toks) and toks[k][0].casefold() == "as" and toks[k + 1][0].casefold() in _REPORTED

_DASH_CHARS = frozenset("-\u2014\u2013")
_DASHES = frozenset(("-", "--", "\u2014", "\u2013"))


# The commonest tails: optional determiner, one word, a lower-case verb, then punctuation or a
# word other than "to" (what follows the verb matters to the general walk only through cue_at's
# "a verb before to" test). The second form, without the determiner, is tried when the first took
# a pronoun for one ("he said at a rally"). _TAIL_SHAPE_PUNCT is the punctuation-only form, all
# there is with the fast paths off. A line break with blanks is a blank here (a hard wrap: the
# windows these read never leave a paragraph, and a paragraph holds no blank line).
_AFTER_VERB = r"(?=[.,;:!?]|[ \t\r\n]+(?!to(?![\w'’\-]))\S)"
_TAIL_SHAPE_PUNCT = re.compile(r"[ \t\u00a0\r\n]*(?:([a-z]+)[ \t\r\n]+)?([A-Za-z]+)[ \t\r\n]+([a-z]+)(?=[.,;:!?])")
_TAIL_SHAPE = re.compile(r"[ \t\u00a0\r\n]*(?:([a-z]+)[ \t\r\n]+)?([A-Za-z]+)[ \t\r\n]+([a-z]+)" + _AFTER_VERB)
_TAIL_SHAPE_NODET = re.compile(r"[ \t\u00a0\r\n]*(?:(?!)()[ \t\r\n]+)?([A-Za-z]+)[ \t\r\n]+([a-z]+)" + _AFTER_VERB)
# The verb first: ``"...," said David Paleologos, director ...``: up to four plain capitalised words
# closed by a comma or a period (not one that makes the tokeniser read an abbreviation, "Bush. The").
_TAIL_VERB_NAME = re.compile(r"[ \t\u00a0\r\n]*([a-z]+)[ \t\r\n]+([A-Z][a-z]+(?:[ \t\r\n]+[A-Z][a-z]+){0,3})"
                             r"(?=,|\.(?![ \t\r\n]+[A-Z]))")
_NOT_SHAPED: tuple[bool, None] = (False, None)
# A sentence that is only a subject and a verb before the quote ('He said: "...', '... he said. "...'):
# head_shape; with a determiner first ('the minister said. "...'): head_shape_det.
_HEAD_SHAPE = re.compile(r"[ \t\u00a0\r\n]*([A-Za-z]+)[ \t\r\n]+([a-z]+)[ \t\r\n]*[,:.]?[ \t\u00a0\r\n]*")
_HEAD_SHAPE_DET = re.compile(r"[ \t\u00a0\r\n]*([A-Za-z]+)[ \t\r\n]+([a-z]+)[ \t\r\n]+([a-z]+)[ \t\r\n]*[,:.]?"
                             r"[ \t\u00a0\r\n]*")
# What a capitalised mention is (_Attributor.name_reading).
_ORG, _ROLE, _NO_NAME, _NAME = range(4)

_Tok = re.Match[str]  # a token: ``t[0]`` its text, ``t.start()``/``t.end()`` its offsets


# The fast paths (tail_shape beyond punctuation, tail_verb_name, head_shape; in head_attr the
# cue-word search and the first-token test before the subject fallback) short-cut the general
# token walks for the commonest shapes with the same result; tests turn them off to compare
# (tests/test_attribution_fast.py, tests/test_attribution_head.py).
FAST_PATHS = True

_speaker = trusted_speaker


_PARTY_STATE = re.compile(r"(?:[DRI]-)?[A-Z][A-Za-z]{0,5}")


def _abbr_period(toks: list[_Tok], k: int) -> bool:
    """The period at ``toks[k]`` is inside a party-and-state or state abbreviation ("D-N.Y.", "R-Ind.",
    "Fla."), not a sentence end: AP style sets one off by commas after a lawmaker's name, so the
    abbreviation ends at a comma ("Schumer, D-N.Y., told reporters")."""
    if k < 1 or k + 1 >= len(toks) or _PARTY_STATE.fullmatch(toks[k - 1][0]) is None:
        return False
    nxt = toks[k + 1][0]
    return nxt == "," or (len(nxt) <= 2 and nxt[:1].isupper() and k + 2 < len(toks) and toks[k + 2][0] == "."
                          and k + 3 < len(toks) and toks[k + 3][0] == ",")


def _credited(q: Quote, sp: Speaker | None, cue: str | None) -> Quote:
    """The provisional quote ``q`` with its speaker and cue: the same as ``Quote(q.text, q.kind, sp,
    ..., q.nested)`` (every field of ``q`` is already valid)."""
    if sp is q.speaker and cue == q.cue:
        return q  # nobody credited (the provisional quote has no speaker and no cue)
    return trusted_quote(q.text, q.kind, sp, q.paragraph, cue, q.span, q.parts, q.insertions, q.part_kinds,
                         q.nested)


class _Attr(NamedTuple):
    speaker: Speaker
    cue: str
    strong: bool  # the cue sits right next to the quote (not just somewhere in its sentence)


def _tokens(src: str, start: int, end: int) -> list[_Tok]:
    return list(_TOKEN.finditer(src, start, end))


def _is_cap(t: str) -> bool:
    # Arabic family names keep their article in lower case before a hyphen ("al-Sudani", "el-Sisi"):
    # a name word all the same.
    return t[:1].isupper() or (t[2:3] == "-" and t[3:4].isupper() and t[:2] in _ARTICLES)


_Trie = dict[str, "_Trie"]


def _word_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` written as a trie (``sa(?:id|ys?)``), so that a search tries a
    few characters at each word start instead of every word in turn."""
    trie: _Trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            body = f"(?:{body})?"
        return body

    return emit(trie)


class _CueWords(NamedTuple):
    """The lexicon's cue-first words that are whole words (``\\w+``): the only ones a word of the text
    can equal; ``pattern`` finds one of them as a whole word."""

    words: frozenset[str]
    pattern: re.Pattern[str]


# By word set: parsers with the same lexicon share one pattern.
_CUE_WORDS: dict[frozenset[str], _CueWords] = {}


def _cue_words(state: ParseState, lex: Lexicon) -> _CueWords:
    """Built once per lexicon and kept in the registry cache."""
    cache = state.registry.cache
    got: tuple[Lexicon, _CueWords] | None = cache.get("newsparse.attribution.cue_words")
    if got is not None and got[0] is lex:
        return got[1]
    cw = _CUE_WORDS.get(lex.all_firsts)
    if cw is None:
        words = frozenset(w for w in lex.all_firsts if _WORD.fullmatch(w))
        # (?!) matches nothing: no cue word at all.
        body = _word_pattern(sorted(words)) if words else "(?!)"
        if len(_CUE_WORDS) >= 16:
            _CUE_WORDS.clear()  # plugins adding words make new sets: keep the cache small
        cw = _CUE_WORDS[lex.all_firsts] = _CueWords(words, re.compile(r"(?<!\w)" + body + r"(?!\w)"))
    cache["newsparse.attribution.cue_words"] = (lex, cw)
    return cw


class _Attributor:
    def __init__(self, state: ParseState, lex: Lexicon, people: People) -> None:
        self.state = state
        self.src = state.source
        self.lex = lex
        self.people = people
        paras = state.paragraphs
        self.body_start = paras[0].span.start if paras else 0
        self.body_end = paras[-1].span.end if paras else len(self.src)
        self._outer_starts: list[int] | None = None  # see outer_source
        # False: every quote takes the general paths (the tests check that the fast paths agree).
        self.fast = FAST_PATHS
        # Token lists by window: the text between two quotes is often both the first one's tail
        # and the second one's head ('"...," he said, "..."'). The lists are never modified.
        self._windows: dict[tuple[int, int], list[_Tok]] = {}
        self.cue_words = _cue_words(state, lex)
        self.shape_memo = lex.head_shapes
        self.marker_lasts = lex.marker_lasts
        # A token's casefold that is a cue word is also a word of the casefolded text around it, so
        # head_attr can test tokens against the cue words themselves, except next to U+0345, the one
        # character without \w whose casefold has one (tests check there is no other).
        self.odd_fold = "\u0345" in self.src

    def tokens(self, start: int, end: int) -> list[_Tok]:
        windows = self._windows
        toks = windows.get((start, end))
        if toks is None:
            if len(windows) >= 8:
                windows.clear()  # only neighbouring quotes share windows: keep memory flat
            toks = windows[(start, end)] = _tokens(self.src, start, end)
        return toks

    # --- cue lookup --------------------------------------------------------------------------
    def cue_at(self, toks: list[_Tok], i: int) -> int:
        """Length in tokens of the cue starting at ``toks[i]`` (0: none)."""
        raw = toks[i][0]
        w = raw.casefold()
        lex = self.lex
        if w not in lex.all_firsts:
            return 0  # the common case: no cue, and no multi-word cue, starts with this word
        n = 1 if w in lex.cues or w in lex.cue_source else 0
        if n and raw[0].isupper() and i > 0 and w not in lex.source_firsts:
            return 0  # "New York State", "The Washington Post": a name, not a verb
        phrases = lex.phrases.get(w)
        if phrases:
            for phrase in phrases:
                if len(phrase) > n and i + len(phrase) <= len(toks) and \
                        all(toks[i + k][0].casefold() == phrase[k] for k in range(1, len(phrase))):
                    n = len(phrase)
        # "continues to coordinate", "said to be": a verb before an infinitive reports no words.
        # Verbs whose "to" introduces a listener or a promise ("said to reporters", "vowed to "...""
        # ) are exempt.
        if n and i + n < len(toks) and toks[i + n][0] == "to" and w not in lex.with_to and \
                not self.is_source_cue(toks, i, n):
            return 0
        return n

    def cue_text(self, toks: list[_Tok], i: int, n: int) -> str:
        if n == 1:
            return toks[i][0]
        return " ".join([t[0] for t in toks[i:i + n]])

    def is_source_cue(self, toks: list[_Tok], i: int, n: int) -> bool:
        cue_source = self.lex.cue_source
        if n == 1:
            return toks[i][0].casefold() in cue_source
        return self.cue_text(toks, i, n).casefold() in cue_source

    # --- noun phrases ------------------------------------------------------------------------
    def np_before(self, toks: list[_Tok], j: int) -> tuple[int, int] | None:
        """The subject noun phrase ending at ``toks[j]`` (inclusive): token index range."""
        lex = self.lex
        # Skip auxiliaries and adverbs between the subject and its verb ("he also said").
        adverbs = lex.adverbs
        while j >= 0:
            t = toks[j][0]
            if not (t.casefold() in adverbs or (t.endswith("ly") and t.islower())):
                break
            j -= 1
        if j < 0:
            return None
        if t == ")":
            # "Sen. Ted Cruz (Tex.) has said": step over the parenthesis.
            k = j - 1
            while k >= 0 and j - k < 8 and toks[k][0] != "(":
                k -= 1
            return self.np_before(toks, k - 1) if k > 0 else None
        if t == ",":
            # An appositive or relative clause: "Smith, a spokesman for the firm, said".
            k = j - 1
            while k >= 0 and j - k < 25 and (toks[k][0] not in (",", ".", ";", ":") or (
                    toks[k][0] == "." and _abbr_period(toks, k))) and toks[k][0] not in _QUOTE_MARKS:
                k -= 1
            np = self.np_before(toks, k - 1) if k >= 0 and toks[k][0] == "," else None
            if np is not None and _is_cap(toks[np[1]][0]):
                return np
            if np is not None and 2 <= j - k - 1 <= 4:
                # A role, then the person's name set off by commas ("A spokeswoman for the
                # ministry, Maria Weber, said"): the name is who spoke.
                names = tuple([toks[i][0] for i in range(k + 1, j)])
                if all(_is_cap(w) and w.casefold() not in lex.titles for w in names) and \
                        self.people.looks_like_name(names):
                    return (k + 1, j - 1)
            # The noun before the last comma is no name ("..., one of the groups at the institute,
            # said"): the name that the appositives follow, if there is one.
            return self.appositive_subject(toks, j) or np
        lt = t.casefold()
        if "'" in lt or "’" in lt:  # the pattern needs one: most words skip the substitution
            lt = _CONTRACTION.sub("", lt)
        if lt in lex.pronouns or lt in ("who", "which"):
            if lt in ("who", "which"):
                return None
            return (j, j)
        if _is_cap(t):
            k = j
            while k - 1 >= 0 and j - k < 7 and (_is_cap(toks[k - 1][0]) or toks[k - 1][0].casefold() in lex.titles
                                                 or toks[k - 1][0].casefold() in _NAME_LINKS):
                k -= 1
            if k - 1 >= 0 and toks[k - 1][0].casefold() in _DETERMINERS:
                k -= 1
            while k < j and toks[k][0].casefold() in _NAME_LINKS:
                k += 1
            # A sentence-initial connective is no part of the subject ("After Tanden informed",
            # "When told ..."); alone it is no subject at all.
            while k <= j and toks[k][0].casefold() in lex.stopwords and toks[k][0].casefold() not in _DETERMINERS:
                k += 1
            return (k, j) if k <= j else None
        if t[:1].isalpha():
            # "the minister", "the Russian foreign minister", "officials", "a spokesman for X"
            if lt in _NP_STOPS or lt in _LINKS:
                return None  # "... the stage and called", "a series of tweets": no noun ends here
            k = j
            while k - 1 >= 0 and j - k < 6:
                pt = toks[k - 1][0]
                if pt.casefold() in _DETERMINERS:
                    if k >= 2 and toks[k - 2][0].casefold() in _NP_STOPS:
                        # "Trump at the time said": the object of a preposition; the subject is before it.
                        return self.np_before(toks, k - 3) or (k - 1, j)
                    return (k - 1, j)
                if pt[:1].isdigit():
                    return (k - 1, j)  # "21 percent said", "60 percent of voters said"
                if not pt[:1].isalpha() or pt.casefold() in lex.cues or pt.casefold() in ("that", "and", "but"):
                    break
                k -= 1
            if lt in lex.titles or lt in lex.generic or lt in lex.orgs or lt.endswith("s"):
                k = j
                while k - 1 >= 0 and j - k < 3 and (_is_cap(toks[k - 1][0])
                                                     or toks[k - 1][0].casefold() in lex.titles):
                    k -= 1
                return (k, j)
        return None

    def appositive_subject(self, toks: list[_Tok], j: int) -> tuple[int, int] | None:
        """The name before a long appositive that ends at the comma ``toks[j]`` ("Rich Heffley, a top
        operative who ... in the state, said", "Clinton, 35, the daughter of ..., said"): the first
        comma of the sentence that follows a capitalised word and opens a lower-case phrase or a
        number (an age). Wire copy says who a speaker is between the name and the verb."""
        k = j - 1
        first: int | None = None
        while k > 0 and j - k < 60:
            t = toks[k][0]
            if t in (".", ";", ":", "!", "?"):
                break
            if t == "," and _is_cap(toks[k - 1][0]) and (toks[k + 1][0][:1].islower()
                                                          or toks[k + 1][0][:1].isdigit()):
                first = k
            k -= 1
        if first is None:
            return None
        np = self.np_before(toks, first - 1)
        return np if np is not None and _is_cap(toks[np[1]][0]) else None

    def np_after(self, toks: list[_Tok], i: int) -> tuple[int, int] | None:
        """The noun phrase starting at ``toks[i]`` ("said Russian Foreign Minister Sergey Lavrov",
        "said the minister", "said White House spokesman Josh Earnest")."""
        lex = self.lex
        if i >= len(toks):
            return None
        t = toks[i][0]
        lt = t.casefold()
        if lt in lex.pronouns:
            return (i, i)
        if lt in _DETERMINERS and i + 1 < len(toks) and _is_cap(toks[i + 1][0]):
            np = self.np_after(toks, i + 1)  # "the Kremlin", "The Washington Post"
            if np is None:
                return None
            # "the Russian president," / "the Russian foreign minister.": lower-case title words that
            # end the phrase belong to it (not "the Kremlin press service": a word follows them).
            k = np[1]
            while k + 1 < len(toks) and k - i < 8 and toks[k + 1][0].casefold() in lex.titles and \
                    not _is_cap(toks[k + 1][0]):
                k += 1
            if k > np[1] and (k + 1 == len(toks) or not toks[k + 1][0][:1].isalnum()):
                return (i, k)
            return (i, np[1])
        if _is_cap(t) and lt not in _DETERMINERS and (lt in lex.stopwords or lt.endswith("ing")):
            return None  # "In ...", "Meanwhile", "Doing so": no subject starts here
        if (_is_cap(t) and lt not in _DETERMINERS) or lt in lex.titles:
            k = i
            while k + 1 < len(toks) and k - i < 7 and (_is_cap(toks[k + 1][0])
                                                       or toks[k + 1][0].casefold() in lex.titles):
                k += 1
            while k > i and not _is_cap(toks[k][0]):
                k -= 1
            return (i, k) if _is_cap(toks[k][0]) else None
        if lt in _DETERMINERS:
            k = i + 1
            while k < len(toks) and k - i < 5 and toks[k][0][:1].isalnum() and \
                    toks[k][0].casefold() not in _NP_STOPS:
                k += 1
            return (i, k - 1) if k - 1 > i else None
        return None

    # --- speakers ----------------------------------------------------------------------------
    def speaker(self, toks: list[_Tok], np: tuple[int, int]) -> Speaker | None:
        a, b = np
        if a == b:  # one word (most mentions: "he", "Lavrov")
            tok = toks[a]
            words: tuple[str, ...] = (tok[0],)
            start, end = tok.span()
        else:
            words = tuple([t[0] for t in toks[a:b + 1]])
            start, end = toks[a].start(), toks[b].end()
        return self.speaker_words(words, start, end)

    def speaker_words(self, words: tuple[str, ...], start: int, end: int) -> Speaker | None:
        """:meth:`speaker` of the tokens ``words`` running from ``start`` to ``end`` (the shapes read
        them off a match: no token objects needed)."""
        # trusted_span(start, end) (tokens are in order: start <= end), made as the quotes rule makes its
        # spans: an OpenSpan's fields set, then its class (cheaper than the slot setters' calls).
        span: Any = OpenSpan()
        span.start = start
        span.end = end
        span.__class__ = Span
        text = self.src[start:end]
        lex = self.lex
        first = words[0].casefold()
        if "'" in first or "’" in first:
            first = _CONTRACTION.sub("", first)
        if len(words) == 1 and first in lex.pronouns:
            if first in ("he", "she", "him", "her"):
                ent = self.people.last_person(span.start, "male" if first in ("he", "him") else "female")
                if ent is not None:
                    self.people.mention(ent, span)
                    return _speaker(ent.name, span, text, ent.kind)
            elif first == "it":
                org = self.people.last_organisation(span.start)
                if org is not None:
                    self.people.mention(org, span)
                    return _speaker(org.name, span, text, org.kind)
            return _speaker(text, span, text, "unresolved")
        if any([_is_cap(w) for w in words]) and not (first in _DETERMINERS and not _is_cap(words[-1])):
            # What the words are depends on them and the lexicon only: read once per parser.
            readings = lex.name_readings
            reading = readings.get(words)
            if reading is None:
                reading = readings.keep(words, self.name_reading(words, first))
            kind, title, names = reading
            if len(words) >= 3 and (kind == _ORG or len(names) >= 3):
                # A place between a title and a name ("Ambassador to the United States Anatoly
                # Antonov said"): the person the scan registered under the name.
                known = self.people.by_name_end(words, span.end)
                if known is not None:
                    self.people.mention(known, span)
                    return _speaker(known.name, span, text, known.kind)
            if kind == _ORG:
                ent = self.people.add(one_line(text), None, span, "organisation")
                return _speaker(ent.name, span, text, "organisation")
            if kind == _ROLE:
                if title:
                    ent = self.people.by_role(tuple(title.split()), span.start)
                    if ent is not None:
                        self.people.mention(ent, span)
                        return _speaker(ent.name, span, text, ent.kind)
                return _speaker(text, span, text, "unresolved")
            if kind == _NO_NAME:
                return None
            full = self.people.by_surname(names, span.start) if len(names) < 3 else None
            name = full[0] if full else " ".join(names)
            ftitle = (full[1] if full else None) or title or self.people.appositive_title(span.end)
            ent = self.people.add(name, ftitle, span, "person")
            return _speaker(ent.name, span, text, ent.kind)
        head = words[-1].casefold()
        if lex.role_alias and first not in _INDEFINITE:
            role = words[1:] if first in _DETERMINERS else words
            alias = lex.role_alias.get(" ".join([w.casefold() for w in role]))
            if alias is not None:  # "the head of state" -> the person titled president
                ent = self.people.by_role(alias, span.start)
                if ent is not None:
                    self.people.mention(ent, span)
                    return _speaker(ent.name, span, text, ent.kind)
        if head in lex.orgs:
            ent = self.people.add(one_line(text), None, span, "organisation")
            return _speaker(ent.name, span, text, "organisation")
        if (head in lex.titles or head in lex.generic) and first not in _INDEFINITE:
            # An indefinite article introduces someone new ("a spokeswoman for the ministry"): only a
            # definite role ("the minister", "the spokeswoman") refers back to a person named before.
            ent = self.people.by_role(words[1:] if first in _DETERMINERS else words, span.start)
            if ent is not None and not self.people.anonymous_since(head, ent, span.start):
                self.people.mention(ent, span)
                return _speaker(ent.name, span, text, ent.kind)
        return _speaker(text, span, text, "unresolved")

    def name_reading(self, words: tuple[str, ...], first: str) -> tuple[int, str | None, tuple[str, ...]]:
        """What a mention with capitals is, from its words alone: an organisation (``_ORG``), a role
        (``_ROLE``: a title or nothing), no name (``_NO_NAME``: a stopword in it) or a name
        (``_NAME``) with its title and name words. It depends on the words and the lexicon only,
        so :meth:`speaker` reads it once per parser for each mention text (Lexicon.name_readings)."""
        lex = self.lex
        caps = tuple([w for w in words if w.casefold() not in _DETERMINERS])
        title, names = self.people.split_title(caps)
        # Small words go, but a particle inside a name stays ("Ursula von der Leyen").
        names = tuple([n for k, n in enumerate(names) if n.casefold() not in _SMALL or (
            0 < k < len(names) - 1 and n.casefold() in _PARTICLE_WORDS)])
        # A name after a title's complement ("the Chechen Republic Ramzan Kadyrov": split_title cut
        # it after the place noun) is a person, though the words start with "the".
        after_title = len(names) >= 2 and self.people.looks_like_name(names) and any(
            w.casefold().rstrip(".") in lex.name_stops for w in caps[:len(caps) - len(names)])
        if not after_title and ((first == "the" and not title) or (
                not (names and self.people.looks_like_name(names)) and (
                any(w.casefold().rstrip(".") in lex.orgs for w in caps)))):
            return _ORG, None, ()
        if not names:
            return _ROLE, title, ()
        if not lex.stopwords.isdisjoint([n.casefold() for n in names]):
            return _NO_NAME, None, ()
        return _NAME, title, names

    # --- patterns ----------------------------------------------------------------------------
    def tail(self, c: Candidate, end: int) -> _Attr | None:
        """``"...," X said`` / ``"...," said X`` / ``"..." - X`` right after the closing mark, or the
        source named after it (``"...," X said, according to CNN``)."""
        a = self.tail_attr(c, end)
        if a is None:
            if self.fast:
                close = c.closes[-1]
                if self.src.rfind(",", close, min(end, close + _HEAD_CHARS)) < 0:
                    # Short-cut of sentence_final (one call less for most quotes): its attribution
                    # starts at a comma before the sentence end, and there is no comma in its reach.
                    return None
            return self.sentence_final(c, end)
        if a.speaker.mention is None or not self.lex.outer_source or self._outer_starts == []:
            return a  # (no comma in the article that an outer cue can start at: outer_source finds none)
        return self.outer_source(a, end) or a

    def sentence_final(self, c: Candidate, end: int) -> _Attr | None:
        """``"Too many rumors" about the group are spread in the West to ..., Lavrov noted.``: a
        sentence of reported speech that ends with its attribution (", X said." / ", said X.")
        credits the quotation it holds, however far from the verb (wire style puts the source
        last). Weak: a cue before the quote in the same sentence wins."""
        close = c.closes[-1]
        if close == c.parts[-1].end:
            return None
        src = self.src
        stop = min(end, close + _HEAD_CHARS)
        b = _BOUNDARY.search(src, close, stop)
        if b is not None:
            stop = b.start(1)
        elif stop == close + _HEAD_CHARS:
            return None  # no sentence end in reach
        if stop <= close or src[stop - 1] not in ".!?" or src.find("\n\n", close, stop) >= 0:
            return None
        if not self.fast:
            m = _FINAL_ATTRIBUTION.search(src, close, stop)
        else:
            # _FINAL_ATTRIBUTION.search(src, close, stop), short-cut: no word or blank of the pattern
            # is a comma, so a match can only start at the last comma before ``stop`` (one anchored
            # match there instead of a try at every comma).
            comma = src.rfind(",", close, stop)
            if comma < 0:
                return None
            m = _FINAL_ATTRIBUTION.match(src, comma, stop)
        if m is None:
            return None
        toks = self.tokens(m.start() + 1, stop)
        if len(toks) < 3:
            return None
        cues = self.lex.cues
        if toks[-2][0] in cues and toks[-2][0].islower():  # ", X said."
            j = len(toks) - 2
            np = self.np_before(toks, j - 1)
            if np is None or np[0] != 0:
                return None
        elif toks[0][0] in cues and toks[0][0].islower():  # ", said X."
            j = 0
            np = self.np_after(toks, 1)
            if np is None or np[1] != len(toks) - 2:
                return None
        else:
            return None
        n = self.cue_at(toks, j)
        if n != 1 or toks[j][0].endswith("ing") or self.is_source_cue(toks, j, n):
            return None
        sp = self.speaker(toks, np)
        return _Attr(sp, toks[j][0], False) if sp is not None and sp.kind != "unresolved" else None

    def outer_source(self, a: _Attr, end: int) -> _Attr | None:
        """``X said, according to CNN`` / ``said X, reports USA Today``: the source the attribution
        is reported through, when a comma and an outer-source cue follow it."""
        mention = a.speaker.mention
        assert mention is not None
        pattern, cue = self.lex.after_attribution, self.lex.outer_cue
        src = self.src
        stop = min(end, mention.end + 200)
        if pattern is None or cue is None:
            return None
        if self.lex.outer_relaxed is not None:
            # The commas an outer cue can start at, found once per article: none between the mention
            # and ``stop`` (the common case) means the search below would find nothing.
            starts = self._outer_starts
            if starts is None:
                starts = self._outer_starts = [m.start() for m in self.lex.outer_relaxed.finditer(
                    src, self.body_start, self.body_end)]
            i = bisect.bisect_left(starts, mention.end)
            if i == len(starts) or starts[i] >= stop:
                return None
        if cue.search(src, mention.end, stop) is None:
            return None  # the common case: no ", according to" / ", reports" after the mention
        m = pattern.match(src, mention.end, stop)
        if m is None:
            return None
        toks = _tokens(src, m.start(1), min(end, m.end() + 80))
        n = len(m.group(1).split())
        np = self.np_after(toks, n)
        if np is None or not (_is_cap(toks[np[0]][0]) or _is_cap(toks[np[1]][0])):
            return None
        sp = self.speaker(toks, np)
        return _Attr(sp, self.cue_text(toks, 0, n), a.strong) if sp is not None else None

    def tail_attr(self, c: Candidate, end: int) -> _Attr | None:
        close = c.closes[-1]
        last = c.parts[-1]
        if close == last.end:  # left open: nothing follows inside the paragraph
            return None
        if end <= close:
            return None  # the quote ends its paragraph: every path below reads an empty window, and finds nothing
        src = self.src
        stop = min(end, close + _TAIL_CHARS)
        if not self.fast:
            # Only the punctuation form of tail_shape, which has always been read this way (it is not
            # a short-cut of the walk: for a stopword subject, '"..." Monday said,', it credits
            # "Monday" where the walk goes on and credits nobody).
            m = _TAIL_SHAPE_PUNCT.match(src, close, stop)
            if m is not None and m.end() < stop:
                shaped, fast = self.tail_shape(m, src[last.end - 1])
                if shaped:
                    return fast
        else:
            # Fast paths for the commonest tails (see tail_shape, tail_verb_name): the same result as
            # the general walk below, read off one anchored match instead of a token list.
            m = _TAIL_SHAPE.match(src, close, stop)
            if m is not None and m.end() < stop:
                shaped, fast = self.tail_shape(m, src[last.end - 1])
                if shaped:
                    return fast
                if m.group(1) is not None:
                    m = _TAIL_SHAPE_NODET.match(src, close, stop)
                    if m is not None and m.end() < stop:
                        shaped, fast = self.tail_shape(m, src[last.end - 1])
                        if shaped:
                            return fast
            m = _TAIL_VERB_NAME.match(src, close, stop)
            if m is not None and m.end() < stop:
                shaped, fast = self.tail_verb_name(m, stop)
                if shaped:
                    return fast
        k = close
        while k < stop and src[k] in " \t\u00a0\r\n":
            k += 1
        if k >= stop or src[k] in ".;":
            return None
        if src[k] not in _DASH_CHARS and (
                self.cue_words.pattern.search(src[k:stop].casefold()) is None if self.fast
                else self.lex.all_firsts.isdisjoint(_WORD.findall(src[k:stop].casefold()))):
            # No cue word after the quote (checked at C speed). Fast: one search of the cue words as whole
            # words (a word of the casefolded window that is a cue's first word is a match of the
            # pattern, and only such a word is) instead of listing every word of the window.
            return None
        toks = self.tokens(close, stop)
        if not toks:
            return None
        i = 0
        content_end = self.src[last.end - 1] if last.end > last.start else ""
        if toks[0][0] in (".", ";"):
            return None
        if toks[0][0] in _DASHES:
            np = self.np_after(toks, 1)
            if np is not None and _is_cap(toks[np[0]][0]):
                sp = self.speaker(toks, np)
                if sp is not None:
                    return _Attr(sp, toks[0][0], True)
            return None
        while i < len(toks) and toks[i][0] in (",", "!", "?"):
            i += 1
        if i >= len(toks):
            return None
        if i == 0 and _is_cap(toks[0][0]) and (content_end == "." or (
                content_end in "?!" and toks[0][0].casefold() in self.lex.pronouns)):
            # "...done." A new sentence starts here, unless it is only the attribution ("Trump said.").
            if not (len(toks) >= 3 and self.cue_at(toks, 1) and toks[2][0] == "."):
                return None
        n = self.cue_at(toks, i)
        if n and toks[i][0].endswith("ing") and not self.is_source_cue(toks, i, n):
            return None  # '"...," describing ...': a participle, not an attribution
        if n:
            np = self.np_after(toks, i + n)
            if np is not None:
                sp = self.speaker(toks, np)
                if sp is not None:
                    return _Attr(sp, self.cue_text(toks, i, n), True)
            return None
        # Subject first: find the verb within a few words.
        firsts = self.lex.all_firsts
        in_parens = False
        for j in range(i, min(len(toks), i + 16)):
            tj = toks[j][0]
            if tj == "(" and not in_parens and j > i and _is_cap(toks[j - 1][0]) and \
                    any(toks[x][0] == ")" for x in range(j + 2, min(len(toks), j + 6))):
                # A short parenthesis after a name is part of the subject ('the Joint Chiefs of Staff
                # (JCS) said', 'Sen. Ted Cruz (R-Texas) said'): np_before steps over it.
                in_parens = True
                continue
            if tj == ")" and in_parens:
                in_parens = False
                continue
            if tj in (".", ";", "!", "?", "(", ")"):
                if tj == "." and _abbr_period(toks, j):
                    continue  # '"...," Schumer, D-N.Y., told reporters'
                return None
            if tj in _QUOTE_MARKS:
                return self.appositive_tail(toks, i)
            if tj.casefold() not in firsts:
                continue  # no cue starts here (what cue_at would say, without the call)
            n = self.cue_at(toks, j)
            if n and j > i and not tj.endswith("ing"):
                if self.is_source_cue(toks, j, n):
                    return self.quoted_as_saying(toks, i, j)
                np = self.np_before(toks, j - 1)
                ti = toks[i][0]
                # The sentence goes on after the quote ('"..." every time he thinks'): only a subject
                # right after the mark, or after a comma-closed phrase ('"..." in the legislature,
                # he said'), attributes it.
                goes_on = ti[:1].islower() and ti.casefold() not in self.lex.pronouns and \
                    ti.casefold() not in _DETERMINERS and not self.described_name(toks, i, np)
                if np is None or ((np[0] > i + 3 or goes_on) and toks[np[0] - 1][0] != ","):
                    continue  # "the report said": a noun that is also a cue word is no verb
                sp = self.speaker(toks, np)
                if sp is not None:
                    return _Attr(sp, self.cue_text(toks, j, n), True)
                return None
        return self.appositive_tail(toks, i)

    def appositive_tail(self, toks: list[_Tok], i: int) -> _Attr | None:
        """``"...," Scott Pruitt, the Republican attorney general of Oklahoma, one of the states
        suing the agency, said``: a name right after the quote, then an appositive or participial
        phrase set off by commas (as long as it takes, quoted words included), then the verb. Wire
        style puts who the speaker is between the name and "said"; the name is the subject."""
        k = i
        titles = self.lex.titles
        while k < len(toks) and k - i < 6 and (_is_cap(toks[k][0]) or toks[k][0].casefold() in titles):
            k += 1
        if k == i or k + 1 >= len(toks) or toks[k][0] != "," or not _is_cap(toks[k - 1][0]):
            return None
        if not (toks[k + 1][0][:1].islower() or toks[k + 1][0][:1].isdigit()):
            return None  # "Smith, Jones and Brown said": a list, not an appositive
        cues = self.lex.cues
        for j in range(k + 2, min(len(toks), k + 48)):
            tj = toks[j][0]
            if tj in (".", ";", "!", "?", ":"):
                return None
            if toks[j - 1][0] == "," and tj.islower() and tj in cues and not tj.endswith("ing"):
                n = self.cue_at(toks, j)
                if not n or self.is_source_cue(toks, j, n):
                    return None
                np = self.np_before(toks, k - 1)
                sp = self.speaker(toks, np) if np is not None else None
                return _Attr(sp, self.cue_text(toks, j, n), True) if sp is not None else None
        return None

    def described_name(self, toks: list[_Tok], i: int, np: tuple[int, int] | None) -> bool:
        """A name after a lower-case description is the subject of a tail ('"...," former congressman
        Dan Maffei said', '"...," political scientist Jane Roe told ...'): newsroom style writes a
        descriptive title before the name in lower case (the AP stylebook capitalises only formal
        titles), so up to three plain lower-case words, none of them a function word, pronoun,
        adverb or verb of saying, may stand between the quote and a capitalised name."""
        if np is None or not i <= np[0] <= i + 3 or not _is_cap(toks[np[1]][0]):
            return False
        lex = self.lex
        for t in toks[i:np[0]]:
            w = t[0]
            if not (w.isalpha() and w.islower()) or w in _DESCRIPTION_STOPS or w in lex.pronouns \
                    or w in lex.adverbs or w in lex.cues or w.endswith("ly"):
                return False
        return True

    def quoted_as_saying(self, toks: list[_Tok], i: int, j: int) -> _Attr | None:
        """``"...," Interfax quoted him as saying`` (the speaker is the object) and ``"...," X was
        quoted as saying by Interfax`` (the subject of the passive): agency copy's way of crediting
        words reported by another outlet. Any other source cue after a quote credits nobody here."""
        if toks[j][0].casefold() != "quoted":
            return None
        k = j - 1
        if j - 1 > i and toks[j - 1][0].casefold() in _PASSIVE_AUXILIARIES:
            if not _as_saying(toks, j + 1):
                return None
            np = self.np_before(toks, j - 2)
            cue = self.cue_text(toks, j, 3)
        else:
            np = self.np_after(toks, j + 1)
            if np is None or not _as_saying(toks, np[1] + 1):
                return None
            k = np[1]
            cue = toks[j][0] + " " + self.cue_text(toks, k + 1, 2)
        if np is None or np[0] < i or k < i:
            return None
        sp = self.speaker(toks, np)
        return _Attr(sp, cue, True) if sp is not None else None

    def quoted_object(self, toks: list[_Tok], as_at: int) -> tuple[int, int] | None:
        """The X of ``quoted X as saying`` that ends right before ``as`` at ``as_at``."""
        for q in range(as_at - 2, max(-1, as_at - 8), -1):
            if toks[q][0].casefold() == "quoted":
                np = self.np_after(toks, q + 1)
                return np if np is not None and np[1] == as_at - 1 else None
        return None

    def tail_shape(self, m: re.Match[str], content_end: str) -> tuple[bool, _Attr | None]:
        """The commonest tails, ``"...," he said.``, ``"...," Lavrov said,`` and ``"...," the minister
        added.``, read off one match: the same result as the general token walk in :meth:`tail` (whose
        conditions are checked here word by word), without tokenising the window. ``(False, None)``:
        not one of these shapes, use the general walk."""
        det, word, verb = m.group(1, 2, 3)
        lex = self.lex
        lw = word.casefold()
        if verb not in lex.cues or verb in lex.phrases or verb in lex.cue_source or verb.endswith("ing") or \
                lw in lex.all_firsts or lw in lex.adverbs or (lw in lex.pronouns and not word.islower()) or \
                (word.endswith("ly") and word.islower()):
            return _NOT_SHAPED
        if self.src[m.end()] not in ".,;:!?" and (
                (det is None and not word.islower() and lw in lex.stopwords and lw not in _DETERMINERS)
                or (det is not None and (lw in _NP_STOPS or lw in _LINKS))):
            # A word after the verb ('"..." X said at ...'): where np_before takes no subject (a
            # stopword, "the of"), the general walk goes on past the verb, so it decides. (Before
            # punctuation this shape has always been read here, and still is.)
            return _NOT_SHAPED
        if det is not None:
            if det not in _DETERMINERS or det in lex.all_firsts or not word.islower() or lw in lex.pronouns:
                return _NOT_SHAPED
            # Each word is the token there (letters, then a blank): its text and offsets are the group's.
            sp = self.speaker_words((det, word), m.start(1), m.end(2))
        elif word.islower():
            if lw not in lex.pronouns:
                return _NOT_SHAPED
            sp = self.speaker_words((word,), m.start(2), m.end(2))
        elif not word[0].isupper() or content_end == "." or lw in ("who", "which"):
            return _NOT_SHAPED
        else:
            sp = self.speaker_words((word,), m.start(2), m.end(2))
        return True, (_Attr(sp, verb, True) if sp is not None else None)

    def tail_verb_name(self, m: re.Match[str], stop: int) -> tuple[bool, _Attr | None]:
        """``"...," said David Paleologos,`` / ``"...," says Aida.``: the verb, then a name of plain
        capitalised words. The general walk finds the cue at the first token (:meth:`cue_at`: a
        one-word cue, no phrase, not before "to", not a participle) and :meth:`np_after` takes the
        capitalised run up to the comma or period; the conditions that would send it elsewhere (a
        pronoun, determiner, stopword or -ing word first) send this back to the walk."""
        verb, name = m.group(1, 2)
        lex = self.lex
        if verb not in lex.cues or verb in lex.cue_source or verb in lex.phrases or verb.endswith("ing"):
            return _NOT_SHAPED
        first = name[:name.find(" ")] if " " in name else name
        lf = first.casefold()
        if lf in lex.pronouns or lf in _DETERMINERS or lf in lex.stopwords or lf.endswith("ing") or \
                "\t" in name:
            return _NOT_SHAPED
        # The tokens of the name are its words (capitalised letters between blanks, no period in it).
        sp = self.speaker_words(tuple(name.split()), m.start(2), m.end(2))
        return True, (_Attr(sp, verb, True) if sp is not None else None)

    def head(self, op: int, start: int) -> _Attr | None:
        """:meth:`head_attr`, or the source it is reported through (``X said, according to CNN:
        "..."``)."""
        a = self.head_attr(op, start)
        if a is None or a.speaker.mention is None or not self.lex.outer_source or self._outer_starts == [] or \
                a.cue.casefold() in self.lex.cue_source:
            return a  # (no comma in the article that an outer cue can start at: outer_source finds none)
        return self.outer_source(a, op) or a

    def head_attr(self, op: int, start: int) -> _Attr | None:
        """A cue earlier in the sentence of the quote opening at ``op``: ``X said: "..."``,
        ``According to X, "..."``, ``X noted that ... "..."``, ``X: "..."``."""
        if op <= start:
            return None  # nothing before the mark in this paragraph (the walk below finds no token)
        src = self.src
        lo = op - _HEAD_CHARS if op - _HEAD_CHARS > start else start
        # Short-cut of the sentence-end scan below: every sentence end starts with one of ".!?", and most
        # windows (a quote in its paragraph's first sentence) hold none; three C-speed finds say so
        # faster than the regex's scan of the window character by character.
        ends = _BOUNDARY.finditer(src, lo, op) if not self.fast or src.find(".", lo, op) >= 0 or \
            src.find("!", lo, op) >= 0 or src.find("?", lo, op) >= 0 else ()
        for m in ends:
            word_end = m.start(1)
            ws = src.rfind(" ", lo, word_end) + 1
            word = src[max(ws, lo):word_end].rstrip(".!?\"”’)").casefold()
            if word in self.lex.abbreviations or len(word) == 1:
                continue
            if "\n" in word or "\r" in word:
                word = (word.rsplit(None, 1) or [""])[-1]  # the word after a hard wrap ("to\nMs. Smith")
                if word in self.lex.abbreviations or len(word) == 1:
                    continue
            lo = m.end()
        hits: frozenset[str]
        if self.fast:
            shape = _HEAD_SHAPE.fullmatch(src, lo, op)
            if shape is not None:
                a = self.head_shape(shape)
                if a is not None:
                    return a
            else:
                shape = _HEAD_SHAPE_DET.fullmatch(src, lo, op)
                if shape is not None:
                    a = self.head_shape_det(shape)
                    if a is not None:
                        return a
        window = src[lo:op]
        strong_colon = window.rstrip()[-1:] == ":"
        if self.fast:
            # The set of cue words among the window's words is only read through ``t in hits`` for
            # tokens ``t`` below, and the tokens in it are exactly those in the cue words (see
            # odd_fold): one C-speed search tells whether there is any, instead of listing them.
            if self.odd_fold:
                hits = self.lex.all_firsts.intersection(_WORD.findall(window.casefold()))
            else:
                hits = self.cue_words.words if self.cue_words.pattern.search(window.casefold()) else frozenset()
        else:
            hits = self.lex.all_firsts.intersection(_WORD.findall(window.casefold()))
        if not strong_colon and not hits:
            # No cue word at all (the common case, checked at C speed): only the subject fallback.
            end = min(op, lo + 100)
            if self.fast:
                # subject_fallback reads only the first token to return None when the window does not
                # start with one (and no subordinate clause ends there): that token, without the list.
                first = _TOKEN.search(src, lo, end)
                if first is None or (first.start() != lo and not self.after_subordinate(lo, first.start())):
                    return None
            return self.subject_fallback(self.tokens(lo, end), lo)
        toks = self.tokens(lo, op)
        if not toks:
            return None
        # Only tokens that may start a cue are looked at, in order, as far as the loop below goes (it
        # usually stops at the first: a generator, not a list of every hit).
        order: Iterable[int] = (i for i, t in enumerate(toks) if t[0].casefold() in hits)
        # The first cue of the sentence is the main clause's ("Bob said he began calling Libyan
        # groups and making an effort to "...""), unless a cue right before the quote introduces it
        # ("a woman asked for a photo and Clinton said, "..."").
        last = len(toks) - 1
        while last >= 0 and toks[last][0] in (",", ":", "that"):
            last -= 1
        if 0 < last < len(toks) - 1 and toks[last][0].casefold() in hits and self.cue_at(toks, last) == 1:
            order = itertools.chain((last,), order)
        elif "ing" in window and "," in window:
            said = self.cue_before_participle(toks, window, lo)
            if said is not None:
                order = itertools.chain((said,), order)
        for i in order:
            t = toks[i][0]
            n = self.cue_at(toks, i)
            if not n:
                continue
            if i + n < len(toks) and toks[i + n][0] in _QUOTE_MARKS and t.casefold() in self.lex.markers:
                continue  # 'A sign read "..."' introduced a quoted term, not this quote
            strong = i + n >= len(toks) - 2
            if (t.casefold() in self.lex.cue_source) if n == 1 else self.is_source_cue(toks, i, n):
                np = self.np_after(toks, i + n)
            elif t.endswith("ing") and i > 0 and toks[i - 1][0].casefold() not in _AUXILIARIES:
                # A participle ("X reacted, saying: ...", "X issued a statement describing ...") takes
                # the sentence's subject, or the name it follows ("footage of Hillary Clinton asking").
                np = self.np_before(toks, i - 1) if _is_cap(toks[i - 1][0]) else None
                if np is None and toks[i - 1][0].casefold() == "as" and t.casefold() in _REPORTED:
                    np = self.quoted_object(toks, i - 1)  # "Interfax quoted Tkachenko as saying: ..."
                if np is None:
                    np = self.sentence_subject(toks, i)
            else:
                np = self.np_before(toks, i - 1) if i > 0 else None
                if np is None and i > 0 and toks[i - 1][0] in ("and", "but", "then"):
                    np = self.sentence_subject(toks, i)  # "Reid caucused ... and says he voted "...""
                if np is None and i + n < len(toks) and (i == 0 or not toks[i - 1][0][:1].isalpha()):
                    np2 = self.np_after(toks, i + n)
                    # "said X:" and "Asked about it, said X" only with a name or a pronoun after the verb.
                    if np2 is not None and (toks[np2[0]][0].casefold() in self.lex.pronouns
                                            or _is_cap(toks[np2[0]][0])):
                        np = np2
            if np is not None:
                sp = self.speaker(toks, np)
                if sp is not None:
                    return _Attr(sp, self.cue_text(toks, i, n), strong)
        if not strong_colon:
            return self.subject_fallback(toks, lo)
        if len(toks) >= 2:
            np = self.np_before(toks, len(toks) - 2)
            if np is not None and _is_cap(toks[np[1]][0]):
                sp = self.speaker(toks, np)
                if sp is not None:
                    return _Attr(sp, ":", True)
        return self.subject_fallback(toks, lo)

    def cue_before_participle(self, toks: list[_Tok], window: str, lo: int) -> int | None:
        """``..., Ushakov said, adding that "..."``: the quote hangs on the participle, whose subject
        is that of the verb of saying it follows. Wire copy puts the attribution of a long reported
        sentence at its end (``A, B and C have confirmed ..., X said``) and goes on with ``adding``
        or ``saying``, so that verb, not the sentence's first one, credits the quote. The token index
        of that verb, or None (the last ``verb, participle`` of the window, found at C speed)."""
        m = None
        for found in _COMMA_PARTICIPLE.finditer(window):
            m = found
        if m is None:
            return None
        cues = self.lex.cues
        if m.group(1) not in cues:
            return None
        v = _WORD_BEFORE.search(window, max(0, m.start() - 24), m.start())
        if v is None or v.group(1) not in cues or v.group(1) in self.lex.cue_source:
            return None
        at = lo + v.start(1)
        for i in range(len(toks) - 1, -1, -1):
            if toks[i].start() == at:
                return i if self.cue_at(toks, i) == 1 else None
        return None

    def head_shape(self, m: re.Match[str]) -> _Attr | None:
        """A sentence that is only a subject and its verb before the quote: ``He said: "..."``,
        ``Trump said, "..."``. The general path (below in :meth:`head_attr`) finds the verb as the only
        cue (the subject is no cue word), :meth:`np_before` takes the pronoun or the capitalised word
        before it (no adverb, stopword or relative pronoun), and the speaker it names is the
        result. None: not this case (or no speaker: :meth:`speaker` then has changed nothing), use
        the general path."""
        key: tuple[str, str] = m.group(1, 2)  # type: ignore[assignment]  # (two groups that always match)
        # Whether the two words fit depends on them and the lexicon only: read once per parser.
        memo = self.shape_memo
        fits = memo.get(key)
        if fits is None:
            word, verb = key
            lex = self.lex
            lw = word.casefold()
            fits = not (verb not in lex.cues or verb in lex.cue_source or verb in lex.phrases or verb.endswith("ing")
                        or lw in lex.all_firsts or lw in lex.adverbs or (word.endswith("ly") and word.islower())
                        or (lw not in lex.pronouns and (not word[0].isupper() or lw in lex.stopwords
                                                        or lw in ("who", "which"))))
            memo.keep(key, fits)
        if not fits:
            return None
        word, verb = key
        # The word is the token there (letters, then a blank): its text and offsets are the group's.
        sp = self.speaker_words((word,), m.start(1), m.end(1))
        return _Attr(sp, verb, True) if sp is not None else None

    def head_shape_det(self, m: re.Match[str]) -> _Attr | None:
        """A sentence that is only a determiner, a lower-case noun and a verb before the quote: ``the
        minister said: "..."``. The general path (below in :meth:`head_attr`) finds the verb as the
        only cue (neither other word is a cue word), :meth:`np_before` takes the noun and the
        determiner before it (the noun is no adverb, pronoun, relative, preposition or link), and
        :meth:`speaker` names someone for any two lower-case words (it never answers None for
        them). None: not this case, use the general path."""
        det, word, verb = m.group(1, 2, 3)
        lex = self.lex
        ld = det.casefold()
        if verb not in lex.cues or verb in lex.cue_source or verb in lex.phrases or verb.endswith("ing") or \
                ld not in _DETERMINERS or ld in lex.all_firsts or word in lex.all_firsts or word in lex.adverbs or \
                word.endswith("ly") or word in lex.pronouns or word in ("who", "which") or word in _NP_STOPS or \
                word in _LINKS:
            return None
        # Each word is the token there (letters, then a blank): its text and offsets are the group's.
        sp = self.speaker_words((det, word), m.start(1), m.end(2))
        return _Attr(sp, verb, True) if sp is not None else None

    def subject_fallback(self, toks: list[_Tok], lo: int) -> _Attr | None:
        """No cue: a fragment woven into a sentence is credited to the sentence's subject when that
        is a person ("Rubio bemoaned a climate in which people "..."") followed by a lower-case
        (verb-like) word."""
        if not toks:
            return None
        if toks[0].start() != lo and not self.after_subordinate(lo, toks[0].start()):
            return None
        np = self.sentence_subject(toks, len(toks))
        verb = np[1] + 1 if np is not None else 0
        if np is not None and verb < len(toks) and toks[verb][0] == ",":
            # The subject, a party-and-state or place apposition, then the verb ("Rep. Tom Baxter,
            # D-N.Y., called the plan", "Sen. Ann Reid, R-Texas, bemoaned"): the verb is the word after
            # the apposition's closing comma. (Not after an age or a clause: "Lazar, 44, known online
            # as" goes on with a participle, not the verb of the sentence.)
            k = verb + 1
            while k < len(toks) and k - verb <= 10:
                tk = toks[k][0]
                if tk == "." and len(toks[k - 1][0]) <= 4 and toks[k - 1][0][:1].isupper():
                    k += 1  # the period of an abbreviation ("D-N.Y.", "Fla.")
                    continue
                if tk in (",", ".", ";", ":", "!", "?") or tk in _QUOTE_MARKS:
                    break
                k += 1
            if k < len(toks) and toks[k][0] == "," and k > verb + 1 and _is_cap(toks[verb + 1][0]) and \
                    not any([toks[x][0][:1].islower() for x in range(verb + 1, k)]):
                verb = k + 1
        if np is not None and verb < len(toks) and toks[verb][0][:1].islower():
            w = toks[np[0]][0]
            if w.casefold() in ("he", "she", "they") or (_is_cap(w) and w.casefold() not in self.lex.stopwords):
                sp = self.speaker(toks, np)
                if sp is not None and sp.kind == "person":
                    return _Attr(sp, "", False)
        return None

    def after_subordinate(self, lo: int, first: int) -> bool:
        """Right after a quote that closed a subordinate clause ('While X calls it "A," Y fixates on
        the "B"'), blanks up to the first token at ``first``: the main clause's subject comes after
        the comma."""
        src = self.src
        return lo >= 2 and src[lo - 1] in _QUOTE_MARKS and src[lo - 2] == "," and \
            src[lo:first].isspace() and self.opens_subordinate(lo)

    def opens_subordinate(self, pos: int) -> bool:
        """The sentence running up to ``pos`` opens with a subordinate clause ("While X calls it
        ...", "Although ..."), so a subject after its comma starts the main clause."""
        src = self.src
        lo = max(0, pos - _HEAD_CHARS, src.rfind("\n", 0, pos) + 1)
        for m in _BOUNDARY.finditer(src, lo, pos):
            lo = m.end()
        w = _WORD.match(src, lo)
        return w is not None and w.group().casefold() in _SUBORDINATORS

    def sentence_subject(self, toks: list[_Tok], end: int) -> tuple[int, int] | None:
        """The subject at the start of a sentence, after an opening phrase ("On Thursday, ...")."""
        i = 0
        if len(toks) > 2:
            first = toks[0][0]
            # An opening phrase ("However,", "Hours later,", "Addressing the gala on Thursday,",
            # "After the debate,") is skipped up to its comma.
            lf = first.casefold()
            # Determiners and pronouns in the stopword list start a subject ("The senator", "He"),
            # not an opening phrase.
            opener = (lf in self.lex.stopwords and lf not in _DETERMINERS and lf not in self.lex.pronouns) or \
                first.endswith("ing") or toks[1][0] in _TIME_WORDS
            if opener or toks[1][0] == ",":
                comma = next((k for k in range(min(end, 24)) if toks[k][0] == ","), None)
                if comma is not None and comma + 1 < end and (opener or comma == 1):
                    i = comma + 1
                    if opener:
                        i = self.skip_qualifier(toks, i, end)
                elif comma is None and lf in self.lex.stopwords and lf not in _DETERMINERS:
                    i = 1  # a conjunction without a comma: "But Cruz would not ...", "And he says ..."
        np = self.np_after(toks, i)
        if np is None or np[1] >= end:
            return None
        return np

    def skip_qualifier(self, toks: list[_Tok], i: int, end: int) -> int:
        """After an opening phrase that ends with a place, its region or a date's year is set off by
        commas too ("Speaking in Salem, New Hampshire, Trump said", "On Sunday, Feb. 7, Sanders
        said"): the subject comes after the second comma."""
        if not _is_cap(toks[i - 2][0]) and not toks[i - 2][0][:1].isdigit():
            return i
        k = i
        while k < end and k - i < 4 and (_is_cap(toks[k][0]) or toks[k][0][:1].isdigit()):
            k += 1
        if k > i and k + 1 < end and toks[k][0] == "," and (
                _is_cap(toks[k + 1][0]) or toks[k + 1][0].casefold() in self.lex.pronouns):
            return k + 1
        return i

    def nickname(self, c: Candidate, op: int) -> bool:
        """A nickname between a first name and a surname (``House Speaker Emanuel "Chris" Welch``,
        ``Mohammed "Mo" Farah``): one or two capitalised words in marks, a capitalised word right
        before the opening mark and right after the closing one. American copy writes a person's
        nickname that way; it is part of the name, never a quotation."""
        src = self.src
        close = c.closes[-1]
        if not (src[close:close + 1] == " " and src[close + 1:close + 2].isupper()):
            return False
        ws = src.rfind(" ", max(0, op - 30), op - 1)
        if ws < 0 or not src[ws + 1:ws + 2].isupper():
            return False
        part = c.parts[0]
        return _nickname_words(src[part.start:part.end].split())

    def is_term(self, c: Candidate, start: int, probable: bool = True) -> int:
        """Titles, nicknames and scare quotes. 2 = certainly: ``the so-called "shadow fleet"``,
        Title Case after a possessive (``ABC's "This Week"``), a markup attribute. 1 = probably:
        Title Case words, which a cue right before the quote overrides (``She declared "What a
        Super Tuesday!"``). 0 = no. With ``probable`` False the caller reads a 1 as a 0 (the quote
        has a strong cue), and 1 may be answered 0."""
        src = self.src
        op = c.opens[0]
        before: list[str] | None = None
        if op > start:  # (a quote that opens its paragraph has no words before it)
            if src[op - 1] == "=":
                return 2
            # The last two words before the mark (rsplit: only those two are split off).
            before = src[max(start, op - 30):op].casefold().rsplit(None, 2)[-2:]
            # (A marker, of one word or two, ends with one of marker_lasts: most words are none.)
            if before and before[-1] in self.marker_lasts:
                markers = self.lex.markers
                if before[-1] in markers or (len(before) == 2 and f"{before[0]} {before[1]}" in markers):
                    return 2
        parts = c.parts
        if len(parts) > 1:
            return 0
        if op >= 2 and src[op - 1] == " " and src[op - 2].isalpha() and self.nickname(c, op):
            return 2
        if not probable and self.fast and not (before and ("'" in before[-1] or "’" in before[-1])):
            # Fast path: without a possessive before the mark (which _POSSESSIVE_END needs an apostrophe
            # for) the Title Case test below can only answer 1 or 0, both 0 to the caller: the words
            # of the quote are not split (tests/test_quote_dense.py checks both agree).
            return 0
        part = parts[0]
        pstart = part.start
        pend = part.end
        if pend - pstart > 120:
            return 0  # too long for a title or nickname
        # Up to nine words: a ninth means more than eight, and no term.
        words = src[pstart:pend].split(None, 8)
        if 1 <= len(words) <= 8:
            # Title Case: two or more words that start with a letter, each capitalised or a small word.
            caps = 0
            for w in words:
                if w[:1].isalpha():
                    if not w[:1].isupper() and w.casefold() not in _SMALL:
                        return 0
                    caps += 1
            if caps >= 2:
                # After a possessive ("ABC's "This Week"") a Title Case phrase is a title for sure.
                return 2 if before and _POSSESSIVE_END.search(before[-1]) else 1
        return 0


def _nickname_words(words: list[str]) -> bool:
    return 1 <= len(words) <= 2 and all([w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha()
                                         for w in words])


def _same_clause(src: str, start: int, end: int) -> bool:
    """No sentence end and no change of clause ("while", "but", ";") between two quotes: the
    first one's attribution governs the second ('X says his "A" Y ran "B"')."""
    if end - start > _HEAD_CHARS:
        return False
    return _BOUNDARY.search(src, start, end) is None and _CLAUSE_BREAK.search(src, start, end) is None


def _last_char(c: Candidate) -> int:
    """Where a sentence end can start after a quote: its content's last character (the period of
    '"... it."' stands inside the marks)."""
    last = c.parts[-1]
    return last.end - 1 if last.end > last.start else c.closes[-1]


def _same_sentence(src: str, before: Candidate, end: int) -> bool:
    """No sentence end between the quote ``before`` and ``end`` (a clause break allowed)."""
    start = _last_char(before)
    return end - start <= _HEAD_CHARS and _BOUNDARY.search(src, start, end) is None


def _add_terms(out: list[QuotedTerm], src: str, c: Candidate) -> None:
    """One quoted term per part: a term, unlike a quote, never spans paragraphs."""
    parts = c.parts
    if len(parts) == 1:  # the common case, without the zip
        part = parts[0]
        out.append(trusted_quoted_term(reflow(src[part.start:part.end]), c.paragraphs[0], part))
        return
    for pi, part in zip(c.paragraphs, parts, strict=True):
        out.append(trusted_quoted_term(reflow(src[part.start:part.end]), pi, part))


def _unmentioned(sp: Speaker) -> Speaker:
    """The same speaker credited by context: no local mention."""
    return _speaker(sp.name, None, None, sp.kind)


def attribution(state: ParseState) -> None:
    cands: list[Candidate] | None = state.extras.get(EXTRAS_KEY)
    if not cands or len(cands) != len(state.quotes):
        return
    src = state.source
    paras = state.paragraphs
    lex = lexicon(state.registry)
    people = People(src, paras[0].span.start, paras[-1].span.end, lex,
                    [p for c in cands for p in c.parts], paras)
    att = _Attributor(state, lex, people)
    n = len(cands)
    explicit: list[_Attr | None] = [None] * n
    terms = [False] * n
    for k, c in enumerate(cands):
        if c.soup:
            terms[k] = True
            continue
        cp = c.paragraphs
        first_para = cp[0]
        p0 = paras[first_para].span
        # The sentence before a quote may run across a quoted title ('X tells ABC's "This Week" that
        # "..."'): the head search starts after the previous quotation (of the last seven), not after
        # a term.
        prev_close = p0.start
        j = k - 1
        stop = k - 8
        while j >= 0 and j > stop:
            pj = cands[j]
            if pj.paragraphs[-1] != first_para:
                break
            if not terms[j]:
                prev_close = pj.closes[-1]
                break
            j -= 1
        # A quote left open at its paragraph's end has nothing after it in the paragraph: tail_attr
        # answers None at once (its first test), without the two calls.
        t: _Attr | None = None
        close = c.closes[-1]
        if close != c.parts[-1].end:
            if k + 1 < n and cands[k + 1].paragraphs[0] == cp[-1]:
                next_open = cands[k + 1].opens[0]
            else:
                next_open = paras[cp[-1]].span.end
            # (Nothing between the quote and the next one or its paragraph's end: tail_attr and
            # sentence_final both read an empty window and answer None; the call is skipped.)
            if next_open > close:
                t = att.tail(c, next_open)
        if t is None or not t.strong:
            # (A quote that opens its paragraph, or right after the previous quote, has no head:
            # head_attr answers None at once, and so does head.)
            h = att.head(c.opens[0], prev_close) if c.opens[0] > prev_close else None
            if h is None and c.opens[0] == p0.start and first_para > 0:
                # '... issued the following statement:' closing the paragraph before the quote.
                pp = paras[first_para - 1].span
                if src[pp.end - 1] == ":":
                    h = att.head(pp.end, pp.start)
            if h is not None and (t is None or h.strong):
                t = h
        term = att.is_term(c, prev_close, t is None or not t.strong)
        if term == 2 or (term == 1 and (t is None or not t.strong)):
            terms[k] = True
            continue
        explicit[k] = t
    # The next explicitly attributed quote of the same paragraph, for each quote (one backward
    # pass, so a paragraph of thousands of quotes stays linear).
    later_in_para: list[_Attr | None] = [None] * n
    later_open = [0] * n  # where that quote opens
    nxt: _Attr | None = None
    nxt_open = 0
    for k in range(n - 1, -1, -1):
        if k + 1 < n and cands[k + 1].paragraphs[0] != cands[k].paragraphs[0]:
            nxt = None
        later_in_para[k] = nxt
        later_open[k] = nxt_open
        if explicit[k] is not None:
            nxt = explicit[k]
            nxt_open = cands[k].opens[0]
    quotes: list[Quote] = []
    terms_out: list[QuotedTerm] = []
    last_para_speaker: dict[int, Speaker] = {}
    for k, c in enumerate(cands):
        q = state.quotes[k]
        if terms[k]:
            _add_terms(terms_out, src, c)
            continue
        a = explicit[k]
        sp: Speaker | None = None
        cue: str | None = None
        if a is not None:
            sp, cue = a.speaker, a.cue
        else:
            pi = c.paragraphs[0]
            prev = quotes[-1] if quotes and quotes[-1].paragraph == pi else None
            later = later_in_para[k]
            gap_start = cands[k - 1].closes[-1] if k else 0
            if prev is not None and prev.speaker is not None and (
                    q.kind == "full" or _FRAGMENT_GAP.fullmatch(src, gap_start, c.opens[0])
                    or _same_clause(src, gap_start, c.opens[0])
                    or _BOUNDARY.search(src, gap_start, c.opens[0]) is not None):
                # The second half of an interrupted quotation ('"...," he said. "..."'), or another
                # fragment of the same sentence ('calls it "A" and "B"').
                sp = prev.speaker
            elif prev is None and q.kind == "full" and pi - 1 in last_para_speaker and later is None:
                # A paragraph that goes on with the previous paragraph's speaker's words.
                sp = last_para_speaker[pi - 1]
            elif prev is not None and prev.speaker is not None and _same_sentence(src, cands[k - 1], c.opens[0]) and (
                    later is None or _BOUNDARY.search(src, _last_char(c), later_open[k]) is not None):
                # A fragment after "but" or "while" in the sentence that credited the one before it
                # ('X said the goal was not to "A" but to "B"'): with no attribution of its own, the
                # sentence's speaker, named by the same expression (a later attribution in the paragraph
                # belongs to another sentence).
                sp = prev.speaker
            elif later is not None and k + 1 < n and explicit[k + 1] is later and \
                    _FRAGMENT_GAP.fullmatch(src, c.closes[-1], cands[k + 1].opens[0]):
                sp = later.speaker  # '"A" and "B," he said': one attribution for both
            elif later is not None:
                # A later attribution in the same paragraph ('"A." ... "B," he said.'): its speaker, named
                # by its expression, which is in the quote's own paragraph.
                sp = later.speaker
            elif pi - 1 in last_para_speaker:
                sp = _unmentioned(last_para_speaker[pi - 1])
            elif prev is not None and prev.speaker is not None:
                sp = _unmentioned(prev.speaker)
            elif prev is None and q.kind == "full" and later is None and pi > 0 and \
                    c.opens[0] == paras[pi].span.start:
                # A paragraph of quotation after a paragraph of reported speech ('Carter said the
                # region ... .' then '"That's because ..."'): that paragraph's speaker.
                pp = paras[pi - 1].span
                rep = att.head(pp.end, max(pp.start, pp.end - _HEAD_CHARS))
                if rep is not None and rep.cue and rep.speaker.kind != "unresolved":
                    sp = rep.speaker
            if sp is None and q.kind == "partial" and len(q.text.split()) <= 3:
                _add_terms(terms_out, src, c)
                continue
        if sp is not None:
            for pi in c.paragraphs:
                last_para_speaker[pi] = sp
        # _credited(q, sp, cue), inlined (one call per quote less).
        quotes.append(q if sp is q.speaker and cue == q.cue else trusted_quote(
            q.text, q.kind, sp, q.paragraph, cue, q.span, q.parts, q.insertions, q.part_kinds, q.nested))
    state.quotes = quotes
    state.quoted_terms.extend(terms_out)
    state.people = list(people.people())
