"""The dateline grammar: one grammar for every agency, built from data.

A dateline opens the story body::

    MOSCOW, February 21. /TASS/.         IGORA /Leningrad Region/, December 26. /TASS/.
    PARIS, Oct 22 (Reuters) -            LONDON, Feb 26 -          Jan 30 (Reuters) -
    BUENOS AIRES, Argentina (AP) _       Damascus [Syria], June 9 (ANI):
    (ANSA) - ROME, JUL 11 -              SAITAMA, Japan, Dec. 9 Kyodo -      (Bloomberg) --

Its parts: a place (``location``), a region qualifier (``, Pa.``, `` (ITALY)``, `` [Syria]``,
`` /Leningrad Region/``), a date in any language of ``data/months.json``, an agency tag in one
of the shapes of :data:`newsparse.agencies.SHAPES`, and a separator. The agency alternations
come from the registered agency table, so a plugin that registers an
:class:`~newsparse.agencies.Agency` gets its datelines recognised with no code change; the
building blocks (separators, limits, particles) are in ``data/datelines.json``.

The search looks at the start of each line of the first few thousand characters of the body
(after indentation, control characters, ANPA ``^`` and paragraph markup) and takes the first
strong candidate (an agency tag or a date); a weak one (``TORONTO --``: place and separator
only) is taken only when no strong one exists and it passes extra checks, so that a headline in
capitals followed by `` - `` is not a dateline. Every repetition in the grammar is bounded and
each match attempt is anchored at a line start, so the rule is linear in the input.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from attrs import frozen

from ..agencies import AgencyTable
from ..dates import month_names, resolve_date
from ..models import Dateline, trusted_dateline
from ..state import ParseState
from ..text import BLANK

__all__ = ["DatelineGrammar", "dateline", "find_dateline", "grammar", "trie_pattern"]

_CACHE_KEY = "datelines.grammar"


@cache
def _data() -> dict[str, Any]:
    raw = resources.files("newsparse.data").joinpath("datelines.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def _char_class(chars: Iterable[str]) -> str:
    """A compact ``[...]`` class (ranges) for the given characters."""
    codes = sorted({ord(c) for c in chars})
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        lo, hi = chr(codes[i]), chr(codes[j])
        parts.append(re.escape(lo) if i == j else f"{re.escape(lo)}-{re.escape(hi)}")
        i = j + 1
    return "[" + "".join(parts) + "]"


# Capitals (`re` has no \p{Lu}): ASCII and Latin-1 exactly; Latin Extended-A, Greek and
# Cyrillic capitals by block (the Extended-A block interleaves cases: taking it whole keeps
# the class, and the compiled grammar, small).
_UPPER = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0391-\u03a9\u0400-\u042f]"
_LETTER = r"[^\W\d_]"
# A word: letters, digits, apostrophes and hyphens (O'HARE, KNOKKE-HEIST), and inner periods
# before a letter (N.Y., ST.LOUIS); a final period is added per use. Single-class possessive
# loops: the regex engine runs them without backtracking, so failing lines fail fast.
_WBODY = r"[\w'\u2019\-]"


def _word(first: str, chars: int, final_period: str) -> str:
    return rf"{first}{_WBODY}{{0,{chars}}}+(?:\.(?={_LETTER}){_WBODY}{{1,{chars}}}+){{0,4}}+{final_period}"


# What may precede a dateline on its line: blank characters (indentation, control characters of
# ANPA and IPTC 7901 framing, a byte-order mark: the set of ``text.BLANK``, which the paragraphs
# rule strips, so that a dateline hidden behind them here is the same dateline in the rendering,
# which drops them), the ANPA ``^`` paragraph mark, and up to three opening markup tags (``<p>``).
# Possessive runs: a long blank run is read once, never backtracked into.
_INLINE_BLANK = "[" + re.escape(BLANK.replace("\r", "").replace("\n", "")) + "^]"
_LEAD = re.compile(
    rf"{_INLINE_BLANK}*+"
    rf"(?:<[A-Za-z][\w:-]{{0,20}}(?:[ ][^<>\r\n]{{0,80}})?>{_INLINE_BLANK}*+){{0,3}}"
)
_SP = r"[ \u00a0]"  # a space between the parts of a dateline: web copy has no-break spaces
_ALTS = "EAB"  # the grammar's alternatives, in pattern order (see _build)
_REGION_GROUPS = ("r0", "r1", "r2", "r3")
_TAG_GROUPS = ("pt", "st", "bt", "ct")


def _alternation(words: Iterable[str]) -> str:
    """Escaped alternatives, longest first (so ``ITAR-TASS`` wins over ``TASS``)."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in uniq) if uniq else "(?!)"


def _trie(words: Iterable[str]) -> str:
    """A case-insensitive alternation of ``words`` factored into a trie (``j(?:an(?:uary)?|...)``).

    The regex engine tries a flat alternation one word at a time; the trie fails on the first
    mismatching character, which matters for the month and agency tables tried on every line.
    Longer words are still preferred (greedy optional suffixes)."""
    root: dict[str, Any] = {}
    for word in {w.lower() for w in words if w}:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return "(?!)"

    def render(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return (body if len(alts) == 1 and len(alts[0]) == 1 else f"(?:{body})") + "?"
        return body

    # The engine tries branches one by one: a class of the possible first characters rejects
    # most words in one step.
    first = {c for ch in root for c in (ch, ch.upper())}
    return f"(?={_char_class(first)})(?i:{render(root)})"


trie_pattern = _trie  # for other rules' word tables (the envelope's sign-offs)


@frozen
class DatelineGrammar:
    """The compiled grammar for one agency table (cached in ``registry.cache``)."""

    pattern: re.Pattern[str]
    agencies: AgencyTable
    window: int
    weak_max_words: int
    kickers: frozenset[str]
    #: Per alternative: (group index of the alternative, loc, regions, date, tags, unknown tag);
    #: group numbers, because reading ``Match.regs`` is much cheaper than named lookups.
    slots: tuple[tuple[int, int, tuple[int, ...], int, tuple[int, ...], int], ...]
    #: The same in ``Match.groups()`` positions (group number less one), a lacking part at -1.
    group_slots: tuple[tuple[int, int, tuple[int, ...], int, tuple[int, ...], int], ...]
    head: int  # how far into a line to look for the end of the place
    max_spaces: int  # words a place (and an AAP-style month) can have, less one
    prose_budget: int
    #: A necessary condition for a match (see _build_needs), None when the table breaks its premise.
    needs: re.Pattern[str] | None = None
    #: The whole of :func:`_plausible_general` as one pattern (see _build_plausible); None: ask it.
    plausible: re.Pattern[str] | None = None
    #: The fast path for the commonest shapes (see :func:`_fast`), with the words it accepts;
    #: None when the agency table has a spelling the fast path's reasoning does not cover.
    fast: re.Pattern[str] | None = None
    fast_months: frozenset[str] = frozenset()
    fast_paren: frozenset[str] = frozenset()
    fast_slash: frozenset[str] = frozenset()

    def match(self, source: str, pos: int, end: int) -> re.Match[str] | None:
        return self.pattern.match(source, pos, end)


def _build(agencies: AgencyTable) -> DatelineGrammar:
    d = _data()
    wc = int(d["place"]["word_chars"])
    place_words = int(d["place"]["max_words"])
    reg = d["region"]
    sep = d["separators"]
    relay = d["relay"]

    def spellings(shape: str) -> str:
        return _trie(s for a in agencies if shape in a.shapes for s in a.spellings)

    # The period after an abbreviation is lazy: in "1 February. /TASS/." it belongs to the tag.
    month = rf"{_trie(month_names())}(?!{_LETTER})\.??"
    weekday = rf"{_trie(d['weekdays']['names'])}(?!{_LETTER})\.?"
    loc_first = _word(_UPPER, wc, r"\.??")
    loc_next = _word(_LETTER, wc, r"\.??")
    reg_word = _word(_UPPER, wc, r"\.?")
    particle = rf"{_trie(reg['particles'])}(?={_SP})"
    conn = rf"(?:[,.]{_SP}{{0,2}}|{_SP}{{1,2}})"
    joiners = "".join(re.escape(j) for j in relay["joiners"])
    # Lazy: the whole tag as a spelling first ("Korean Central News Agency" is KCNA, not CNA
    # relayed by "Korean"), then relays ("ats afp", "tca/dpa").
    relay_part = rf"(?:{_LETTER}{{1,{int(relay['word_chars'])}}}[{joiners}]){{0,{int(relay['max_words'])}}}?"
    # A regional desk's code after the agency ("(dpa/lno)"), never an agency of the table
    # ("(tca/dpa)" is dpa relayed by tca).
    desk = (rf"(?:{re.escape(relay['desk']['joiner'])}(?!(?:{spellings('paren')})\))"
            rf"{relay['desk']['code']})?")
    tagged_body = rf"[ \t\u00a0]{{0,2}}(?:(?:\r\n|\r|\n)[ \t]{{0,4}})?(?:{_alternation(sep['tagged'])})"
    untagged = f"(?:{_alternation(sep['untagged'])})"
    # After a space, an untagged separator is followed by a space, the line end, or a
    # sentence's first capital ("March 4 -General Motors"); glued to the word before it
    # ("Feb 26-"), only by a space or the end, so that hyphenated words ("SNI-Text") and
    # ranges ("March 3-4") are no datelines.
    follow = rf"(?![^\s{_UPPER[1:-1]}\"'\u201c\u2018(<])"

    one_place = rf"{loc_first}(?:{_SP}{loc_next}){{0,{place_words - 1}}}"

    def place(k: str) -> str:
        # Up to four places joined by slashes, for a story filed from several ("LONDON/PARIS",
        # "Berlin/Brüssel"); a slash after a space opens a region instead ("IGORA /Leningrad Region/").
        return rf"(?P<{k}_loc>{one_place}(?:/{one_place}){{0,3}})"

    def region(k: str) -> str:
        words = int(reg["max_words"]) - 1
        forms = [rf",{_SP}{{0,2}}(?!{weekday})(?P<{k}_r0>{reg_word}(?:{_SP}(?:{reg_word}|{particle})){{0,{words}}})"]
        for i, (o, c) in enumerate(reg["brackets"], start=1):
            eo, ec = re.escape(o), re.escape(c)
            body = rf"[^{eo}{ec}()\[\]\r\n]{{0,{int(reg['max_chars'])}}}"
            # A bracketed region is followed by the date or the tag (so "Beirut (AFP) -" is a
            # tag); a tag read as a region leaves nothing to match after it, and backtracks.
            forms.append(rf"{_SP}?{eo}(?P<{k}_r{i}>{_UPPER}{body}){ec}(?=[,.]|{_SP}{{1,2}}[(/\[])")
        return "(?:" + "|".join(forms) + ")"

    dates = d["dates"]
    # A day may carry an ordinal suffix ("3rd March", "March 3rd") or, day first, a period
    # ("3. März"); a particle may join day, month and year ("3 de marzo de 2024").
    ordinal = rf"(?:{_alternation(dates['ordinals'])})?(?!{_LETTER})"
    day_first = rf"\d{{1,2}}(?:{_alternation([*dates['ordinals'], *dates['day_first_marks']])})?(?!{_LETTER})"
    dpart = rf"(?:{_trie(dates['particles'])}{_SP})?"

    def date(k: str) -> str:
        # "Feb 26", "Oct. 31 , 2005", "Aug 29, 2014" or "1 Abr.", "23 Aug 88": one month table.
        # A weekday alone may stand for the date ("LONDON, Monday (Reuters) -"), or come before
        # it ("WASHINGTON, Tuesday, March 3 (UPI) --").
        return (rf"(?P<{k}_date>(?:{weekday},?{_SP}{{1,2}})?(?P<{k}_df>{day_first}{_SP}{dpart})?{month}"
                rf"(?({k}_df)(?:,?{_SP}{dpart}\d{{4}}|{_SP}\d{{2}})?(?!\d)"
                rf"|{_SP}{{1,2}}\d{{1,2}}(?!\d){ordinal}"
                rf"(?:{_SP}?,{_SP}{{0,2}}\d{{4}}(?!\d)|{_SP}\d{{4}}(?!\d))?)|{weekday}"
                # The day alone, only after a comma and before an agency's bracketed tag and a
                # separator ("MADRID, 3 (EUROPA PRESS) -").
                rf"|(?<=,{_SP})\d{{1,2}}(?={_SP}{{1,2}}\((?:{spellings('paren')})\){tagged_body}))")

    def usep(k: str) -> str:
        return rf"(?P<{k}_usep>{_SP}{{1,2}}{untagged}{follow}|{untagged}(?!\S))"

    # B: [place [region]] [date] then a tag (separator optional) or, after a place, a separator.
    # Without a place it needs a tag ("Jan 30 (Reuters) -"); with neither place nor date, a
    # separator or the story glued to the tag ("(Bloomberg) --", "(CNN)The ...").
    unknown_chars = int(d["unknown_tag"]["max_chars"])
    tag_b = "|".join([
        rf"{_SP}{{0,2}}\({relay_part}(?P<B_pt>{spellings('paren')}){desk}\)",
        rf"[.,]?{_SP}?/(?P<B_st>{spellings('slash')})/",
        # A bare name only after a date, and only before a separator ("Dec. 9 Kyodo -", "March 2,
        # Reuter -").
        rf"(?(B_date),?{_SP}{{1,2}}(?P<B_bt>{spellings('bare')})(?![^\W_])(?={tagged_body})|(?!))",
        # A source that is no registered agency: only after a place and a date, before a separator.
        rf"(?(B_loc)(?(B_date){_SP}{{1,2}}\((?P<B_ut>{_UPPER}[^()\r\n]{{0,{unknown_chars}}})\)"
        rf"(?={tagged_body})|(?!))|(?!))",
    ])
    b_sep = rf"(?P<B_sep>{tagged_body}|(?<=/)(?:{_alternation(sep['after_slash'])}))"
    alternatives = [
        # E: a feed credit opening the text ("Reuters - ", "Canadian Press - "); a dateline may follow.
        rf"(?P<E>(?P<E_ct>{spellings('credit')})(?P<E_sep>{_SP}(?:{_alternation(sep['credit'])})))(?={_SP})",
        # A: the agency first, then the place: "(ANSA) - ROME, JUL 11 -".
        rf"(?P<A>\((?P<A_pt>{spellings('prefix')})\){_SP}{{0,2}}(?:{_alternation(sep['prefix'])}){_SP}{{1,2}}"
        rf"{place('A')}{region('A')}?(?:{conn}{date('A')})?{usep('A')})",
        rf"(?P<B>(?:{place('B')}{region('B')}?)?(?:(?(B_loc){conn}){date('B')})?"
        rf"(?:(?:{tag_b}){b_sep}?(?(B_loc)|(?(B_date)|(?(B_sep)|(?=[\"\u201c]|{_UPPER}))))"
        rf"|(?(B_loc){usep('B')}|(?!))))",
    ]
    pattern = re.compile("|".join(alternatives))
    index = pattern.groupindex

    def idx(name: str) -> int:
        return index.get(name, 0)  # 0 marks a part this alternative lacks (_fields skips it)

    slots = tuple(
        (index[k], idx(f"{k}_loc"), tuple(idx(f"{k}_{n}") for n in _REGION_GROUPS), idx(f"{k}_date"),
         tuple(idx(f"{k}_{n}") for n in _TAG_GROUPS), idx(f"{k}_ut"))
        for k in _ALTS
    )
    def pos(i: int) -> int:
        return i - 1 if i else -1

    group_slots = tuple(
        (top - 1, pos(loc), tuple(pos(i) for i in regions if i), pos(date), tuple(pos(i) for i in tags if i),
         pos(unknown))
        for top, loc, regions, date, tags, unknown in slots
    )
    fast, fast_words = _build_fast(agencies, d, follow, place_words, wc)
    head, max_spaces, needs = place_words * (wc + 2), place_words + 1, _build_needs(agencies, sep)
    return DatelineGrammar(pattern, agencies, int(d["search"]["window_chars"]), int(d["place"]["weak_max_words"]),
                           frozenset(k.casefold() for k in d["place"]["kickers"]), slots, group_slots,
                           head, max_spaces, int(d["search"]["prose_budget"]),
                           needs, _build_plausible(head, max_spaces, needs), fast, *fast_words)


def _build_plausible(head: int, max_spaces: int, needs: re.Pattern[str] | None) -> re.Pattern[str]:
    """:func:`_plausible_general` as one pattern matched at the line start (``endpos`` the search
    limit), so a line of prose costs one call instead of four: the first anchor character lies
    within ``head`` characters and is no line break (the anchor class holds the breaks, so the run
    before it stays on the line), at most ``max_spaces`` spaces come before it (possessive runs of
    non-anchor, non-space characters, each closed by a space: the count cannot be read two ways),
    and the line passes ``needs``."""
    inner = _ANCHOR_CHARS.replace("\\r\\n", "")
    # The space count first: on a line of prose it fails within its first words.
    pattern = (rf"(?=(?:[^{_ANCHOR_CHARS} ]*+[ ]){{0,{max_spaces}}}+[^{_ANCHOR_CHARS} ]*+[{inner}])"
               rf"(?=[^{_ANCHOR_CHARS}]{{0,{head - 1}}}[{inner}])")
    if needs is not None:
        pattern += f"(?={needs.pattern})"
    return re.compile(pattern)


def _build_needs(agencies: AgencyTable, sep: dict[str, list[str]]) -> re.Pattern[str] | None:
    """What every match of the grammar holds: an opening bracket or a slash (the bracketed and
    slash tags, the agency-first form, an unknown source) or a separator (after a feed credit, a
    bare name or a place). All of them sit on the line the match starts on, every part before
    them being joined by spaces, except the separator after a tag, which may open the next line
    (after up to four spaces or tabs). So a line with none of them, and no separator opening the
    next line, is no dateline: one C-speed scan spares the grammar most lines of prose."""
    if any("\r" in s or "\n" in s for a in agencies for s in a.spellings):
        return None
    chars = {"(", "/"}
    for s in sep["tagged"] + sep["untagged"] + sep["credit"] + sep["prefix"]:
        # A separator is found by any of its characters but the period (".-" by its hyphen).
        chars.update(set(s) - {"."} or set(s))
    cls = _char_class(chars)
    first = _char_class(s[0] for s in sep["tagged"])
    return re.compile(rf"{cls[:1]}^\r\n{cls[1:]}*+(?:{cls}|(?:\r\n|\r|\n)[ \t]{{0,4}}{first})")


# --- the fast path ---------------------------------------------------------------------------
# Most datelines have one of a few shapes: ``MOSCOW, December 26. /TASS/.``, ``IGORA /Leningrad
# Region/, December 26. /TASS/.``, ``NEW YORK, Nov. 19 (UPI) -``, ``LONDON, March 26 -``,
# ``DALLAS (AP) -``. For those the general grammar (a large alternation with conditionals, tried
# with backtracking) costs several microseconds; one strict pattern, whose words are then looked
# up in sets, finds the same dateline in a fraction of that. It only ever accepts a line whose
# general match is known (the reasoning follows) and otherwise says nothing, leaving the line to
# the general grammar: tests/test_datelines_fast.py checks that the two agree.
#
# Why the general grammar reads these lines the same way (alternative B; E needs a feed credit
# followed by a separator, A an opening bracket, and neither can start on these lines):
# * the place is the greedy run of words up to the comma, bracket or slash (words of ASCII
#   letters: no inner period, no final period taken by the lazy ``\.??``), at most ``max_words``
#   words of at most ``word_chars`` letters, so the line also passes _plausible;
# * the comma-form region is tried first and fails: the month (``December``) read as a region is
#   followed by the day, which is neither a date, a tag nor a separator; a bracketed ``/.../``
#   region is followed by the comma, so it is taken, as here;
# * the date is ``Month[.] D`` (a month of the table, in ASCII letters: the case-insensitive
#   trie then matches exactly that word) not followed by a year;
# * the tag is read with no relay words first (the lazy relay part), so a spelling of the table
#   between the brackets or slashes is the tag; an untagged separator is reached only when no
#   tag form matches, which needs agency spellings that start with a letter or digit (a bare
#   name after the date would otherwise be tried at the separator);
# * the separator after a tag is the same alternation on the same line (a line break before it
#   makes the fast pattern fail), and after a slash tag the lone period.
_FAST_PLACE = "[A-Z][A-Za-z]{{0,{w}}}+(?:[ ][A-Za-z]{{1,{w}}}+){{0,{n}}}+"


def _build_fast(agencies: AgencyTable, d: dict[str, Any], follow: str, place_words: int,
                wc: int) -> tuple[re.Pattern[str] | None, tuple[frozenset[str], frozenset[str], frozenset[str]]]:
    empty: frozenset[str] = frozenset()
    spellings = [s for a in agencies for s in a.spellings]
    if any(not s or not s[0].isalnum() for s in spellings):
        return None, (empty, empty, empty)
    sep = d["separators"]
    tagged = list(sep["tagged"])
    untagged = list(sep["untagged"])
    # The separator after a tag, as tagged_body reads it when no line break comes first.
    tb = rf"[ \t\u00a0]{{0,2}}(?:{_alternation(tagged)})"
    # After a place and a bracketed tag, no separator that starts with ``.`` or ``:`` (a region
    # lookahead would see the ``.``; the fast path leaves those to the general grammar).
    tb_place = rf"[ \t\u00a0]{{0,2}}(?:{_alternation(s for s in tagged if s[0] not in '.:')})"
    place = _FAST_PLACE.format(w=min(wc, 25) - 1, n=place_words - 1)
    pattern = (
        rf"(?P<loc>{place})(?:"
        # a place, a region in slashes, then ", Month D" (the region only before a tag)
        rf"(?:[ ]/(?P<reg>[A-Z][A-Za-z ]{{0,39}})/)?,[ ](?P<date>(?P<mon>[A-Za-z]{{3,9}})\.?[ ]\d{{1,2}})(?![\d,])"
        rf"(?:\.[ ]/(?P<st>[A-Za-z][A-Za-z\-]{{0,30}})/(?P<ssep>{tb}|\.)"
        rf"|[ ]\((?P<pt>[A-Za-z][A-Za-z \-]{{0,30}})\)(?P<psep>{tb})"
        rf"|(?P<usep>[ \u00a0]{{1,2}}(?:{_alternation(untagged)}){follow}))"
        # a place then a bracketed tag: "DALLAS (AP) -"
        rf"|[ ]\((?P<pt2>[A-Za-z][A-Za-z \-]{{0,30}})\)(?P<psep2>{tb_place}))"
    )
    months = frozenset(m.lower() for m in month_names() if m.isascii())

    def shape(name: str) -> frozenset[str]:
        return frozenset(s.lower() for a in agencies if name in a.shapes for s in a.spellings if s.isascii())

    return re.compile(pattern), (months, shape("paren"), shape("slash"))


def _fast(g: DatelineGrammar, m: re.Match[str], pos: int) -> _Found | None:
    """The dateline at ``pos`` from a match of the fast pattern there, when its words are in the
    tables (None: ask the grammar)."""
    loc, reg, date_text, mon, st, _, pt, _, _, pt2, _ = m.groups()
    if pt2 is not None:
        tag = pt2
        if tag.lower() not in g.fast_paren:
            return None
        return _Found(pos, m.end(), loc, None, None, g.agencies.canonical(tag), True)
    if mon.lower() not in g.fast_months:
        return None
    if st is not None:
        if st.lower() not in g.fast_slash:
            return None
        tag = st
    elif pt is not None:
        if pt.lower() not in g.fast_paren:
            return None
        tag = pt
    else:
        if reg is not None:
            return None
        return _Found(pos, m.end(), loc, None, date_text, None, True)
    return _Found(pos, m.end(), loc, reg, date_text, g.agencies.canonical(tag), True)


_compiled: dict[tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...], DatelineGrammar] = {}


def grammar(state: ParseState) -> DatelineGrammar:
    """The grammar for the parser's registered agencies, compiled once per parser (kept in
    ``state.registry.cache``); parsers with the same agency table share one compiled grammar."""
    cached = state.registry.cache.get(_CACHE_KEY)
    if not isinstance(cached, DatelineGrammar):
        agencies = state.registry.agencies
        signature = tuple((a.name, a.spellings, a.shapes) for a in agencies)
        cached = _compiled.get(signature)
        if cached is None:
            cached = _build(agencies)
            if len(_compiled) >= 16:  # a few distinct tables at most (tests build many parsers)
                _compiled.clear()
            _compiled[signature] = cached
        state.registry.cache[_CACHE_KEY] = cached
    return cached


class _Found(NamedTuple):
    """A candidate dateline (cheap to build: the frozen Dateline is made once, for the winner)."""

    start: int
    end: int
    location: str | None
    region: str | None
    date_text: str | None
    agency: str | None
    strong: bool  # an agency tag or a date


def _fields(m: re.Match[str], g: DatelineGrammar) -> _Found:
    """The parts of a grammar match, read from one ``Match.groups()`` tuple (named lookups and
    per-group calls cost more); a part an alternative lacks reads the ``None`` appended at -1."""
    gs = (*m.groups(), None)
    for top, loc_i, region_is, date_i, tag_is, unknown_i in g.group_slots:  # noqa: B007 - the matched one
        if gs[top] is not None:
            break
    start, end = m.span(top + 1)
    region = tag = None
    for i in region_is:
        if gs[i] is not None:
            region = gs[i]
            break
    for i in tag_is:
        if gs[i] is not None:
            tag = gs[i]
            break
    date_text = gs[date_i]
    agency = g.agencies.canonical(tag) if tag else None
    return _Found(start, end, gs[loc_i], region, date_text, agency,
                  bool(tag or date_text or gs[unknown_i] is not None))


_PROSE_SAMPLE = 120
_NEXT_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)?([^\r\n]*)")


def _prose_follows(src: str, pos: int, limit: int) -> bool:
    """Is the text after ``pos`` (the rest of its line, or else the next non-blank line) prose?"""
    i = pos
    while i < limit and src[i] in " \t":
        i += 1
    if i < limit and src[i] in "\r\n":
        while i < limit and src[i] in " \t\r\n":
            i += 1
    eol = _NEXT_LINE.match(src, i, min(limit, i + _PROSE_SAMPLE)).start(1)  # type: ignore[union-attr]
    sample = src[i:eol]
    lower = sum(map(str.islower, sample))  # C-level loops: this runs on most candidate lines
    upper = sum(map(str.isupper, sample))
    return lower > 2 * upper and lower >= 8


_LONG_WORD = re.compile(r"[^\W\d_][\w'\u2019]{3,}")


def _headline_line(src: str, pos: int, limit: int, alone: bool = True) -> bool:
    """Is the rest of the line holding ``pos`` short and in title case (and, with ``alone``,
    followed by a blank line or the end), as a headline is? A dateline's line runs on into prose."""
    m = _NEXT_LINE.match(src, pos, limit)
    assert m is not None
    rest = src[pos : m.start(1)].strip()
    if not rest or len(rest) >= 160 or (alone and m.group(1).strip()):
        return False
    words = _LONG_WORD.findall(rest)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.7 * len(words)


def _weak_ok(dl: _Found, src: str, limit: int, g: DatelineGrammar) -> bool:
    """An untagged, undated ``TORONTO --``: an all-capitals place of a few words, then prose.

    This keeps headlines in capitals (``SUGAR QUOTA IMPORTS DETAILED -- USDA``), kickers
    (``EXCLUSIVE - ...``) and title-case headline lines out."""
    loc = dl.location or ""
    if not loc or loc != loc.upper() or len(loc.split()) > g.weak_max_words or loc.casefold() in g.kickers:
        return False
    return _prose_follows(src, dl.end, limit) and not _headline_line(src, dl.end, limit)


# The first character that can end a place: a comma, period, bracket, digit or separator. A line
# whose first one comes after more words than a place (and a month) can have is not a dateline:
# this C-speed test spares the grammar most lines of running prose.
_ANCHOR_CHARS = r",.(/\[\d_\-\u2014\u2013\u2015:\r\n"
_ANCHOR = re.compile(f"[{_ANCHOR_CHARS}]")
_LEAD_START = frozenset(BLANK.replace("\r", "").replace("\n", "") + "^<")


def _plausible(g: DatelineGrammar, src: str, pos: int, limit: int) -> bool:
    # Fast path: the tests of _plausible_general below in one C-level match (tests/
    # test_datelines_fast.py checks that the two agree).
    plausible = g.plausible
    if plausible is not None:
        return plausible.match(src, pos, limit) is not None
    return _plausible_general(g, src, pos, limit)


def _plausible_general(g: DatelineGrammar, src: str, pos: int, limit: int) -> bool:
    a = _ANCHOR.search(src, pos, min(limit, pos + g.head))
    if a is None:
        return False
    i = a.start()
    return (src[i] not in "\r\n" and src.count(" ", pos, i) <= g.max_spaces
            and (g.needs is None or g.needs.match(src, pos, limit) is not None))


def _candidate(g: DatelineGrammar, src: str, pos: int, limit: int, first: bool = True,
               checked: bool = False) -> _Found | None:
    """The dateline starting at ``pos``; ``first``: is this the body's first line? ``checked``:
    the caller found the line :func:`_plausible` already."""
    if not checked and not _plausible(g, src, pos, limit):  # a line the fast path takes passes this test
        return None
    fast = g.fast
    if fast is not None and src[pos : pos + 1].isupper() and (m := fast.match(src, pos, limit)) is not None:
        found = _fast(g, m, pos)
        if found is not None:
            return found
    m = g.match(src, pos, limit)
    if m is None:
        return None
    credit = g.slots[0][0]
    if m.start(credit) >= 0:
        # A feed credit: the dateline after it wins if there is one, else the credit stands.
        after = m.end(credit)
        while after < limit and src[after] == " ":
            after += 1
        inner = g.match(src, after, limit) if _plausible(g, src, after, limit) else None
        if inner is not None and inner.start(credit) < 0:
            found = _fields(inner, g)
            if found.strong or _weak_ok(found, src, limit, g):
                return found._replace(strong=True)
        # A credit alone is a dateline only where a feed puts it, opening the text, and
        # followed by the story rather than by a title.
        end = m.end(credit)
        if not first or not _prose_follows(src, end, limit) or _headline_line(src, end, limit, alone=False):
            return None
    return _fields(m, g)


def find_dateline(
    g: DatelineGrammar, src: str, start: int, end: int, reference: _dt.date | None = None
) -> Dateline | None:
    """The dateline at the start of a line in ``src[start:end]`` near its top, or None; its
    ``date`` takes the year from the text or else from ``reference`` (the header date).

    Looks at line starts within ``window`` characters, and gives up once ``prose_budget``
    characters of long lines (running prose) have gone by without a dateline."""
    found = _search(g, src, start, end)
    if found is None:
        return None
    date = resolve_date(found.date_text, reference) if found.date_text else None
    return trusted_dateline(src[found.start : found.end], found.location, found.region, found.date_text, date,
                            found.agency, found.start, found.end)


def _search(g: DatelineGrammar, src: str, start: int, end: int) -> _Found | None:
    limit = min(end, start + g.window)
    weak: _Found | None = None
    pos = start
    first = True
    prose = 0
    plausible = g.plausible
    # Most windows have no CR: then a line ends at the next LF, and the search for a CR before
    # it (which finds none) is skipped for every line.
    lf_only = src.find("\r", start, limit) < 0
    while pos < limit:
        p = _LEAD.match(src, pos, limit).end() if src[pos] in _LEAD_START else pos  # type: ignore[union-attr]
        if lf_only:
            br = src.find("\n", p, limit)
        else:
            nl = src.find("\n", p, limit)
            cr = src.find("\r", p, nl if nl >= 0 else limit)
            br = cr if cr >= 0 else nl
        eol = limit if br < 0 else br
        # _plausible inline (most lines fail it): a call less per line of prose.
        if p < eol and (plausible is None or plausible.match(src, p, limit) is not None):
            found = _candidate(g, src, p, limit, first, checked=plausible is not None)
        else:
            found = None
        if found is not None:
            if found.strong:
                return found
            if weak is None and _weak_ok(found, src, limit, g):
                weak = found
        elif eol - p >= 50:
            prose += eol - p
            if prose > g.prose_budget:
                break
        if p < eol:
            first = False
        if br < 0:
            break
        pos = br + 1
    return weak


def starts_dateline(state: ParseState, pos: int, end: int) -> bool:
    """Does a dateline start at ``pos`` (after a line's lead)? Used by the header rule."""
    g = grammar(state)
    p = _LEAD.match(state.source, pos, end).end()  # type: ignore[union-attr]
    found = _candidate(g, state.source, p, end)
    return found is not None and found.strong


def dateline(state: ParseState) -> None:
    """The rule: the dateline of the story body, its year from the text or the header date."""
    state.dateline = find_dateline(grammar(state), state.source, state.body_start, state.body_end, state.date)
