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

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from attrs import frozen

from ..agencies import AgencyTable
from ..dates import month_names, resolve_date
from ..models import Dateline, Span
from ..state import ParseState

__all__ = ["DatelineGrammar", "dateline", "find_dateline", "grammar"]

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


# Capitals of the Latin, Greek and Cyrillic blocks: `re` has no \p{Lu}.
_UPPER = _char_class(chr(c) for c in range(0x41, 0x530) if chr(c).isupper())
_LETTER = r"[^\W\d_]"
_ALNUM = r"[^\W_]"
# Inside a word: letters and digits; an apostrophe or hyphen between them (O'HARE,
# KNOKKE-HEIST); a period before a letter (N.Y., ST.LOUIS). A final period is added per use.
_WCHAR = rf"(?:{_ALNUM}|['\u2019\-](?={_ALNUM})|\.(?={_LETTER}))"
# What may precede a dateline on its line: indentation, control characters (ANPA, IPTC 7901),
# the ANPA ``^`` paragraph mark, and up to three opening markup tags (``<p>``).
_LEAD = re.compile(
    r"[ \t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00a0\ufeff^]{0,64}"
    r"(?:<[A-Za-z][\w:-]{0,20}(?:[ ][^<>\r\n]{0,80})?>[ \t]{0,8}){0,3}"
)
_LINE_BREAK = re.compile(r"\r\n?|\n")
_ALTS = "ABCDE"


def _alternation(words: Iterable[str]) -> str:
    """Escaped alternatives, longest first (so ``ITAR-TASS`` wins over ``TASS``)."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in uniq) if uniq else "(?!)"


@frozen
class DatelineGrammar:
    """The compiled grammar for one agency table (cached in ``registry.cache``)."""

    pattern: re.Pattern[str]
    agencies: AgencyTable
    window: int
    weak_max_words: int
    kickers: frozenset[str]

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
        return _alternation(s for a in agencies if shape in a.shapes for s in a.spellings)

    ag_any = _alternation(s for a in agencies for s in a.spellings)
    ag_paren, ag_slash, ag_bare = spellings("paren"), spellings("slash"), spellings("bare")
    ag_prefix, ag_credit = spellings("prefix"), spellings("credit")

    month = rf"(?i:{_alternation(month_names())})(?!{_LETTER})"
    loc_first = rf"{_UPPER}{_WCHAR}{{0,{wc}}}\.??"
    loc_next = rf"{_LETTER}{_WCHAR}{{0,{wc}}}\.??"
    reg_word = rf"{_UPPER}{_WCHAR}{{0,{wc}}}\.?"
    particle = rf"(?:{_alternation(reg['particles'])})(?=[ ])"
    conn = r"(?:[,.][ ]{0,2}|[ ]{1,2})"
    relay_word = rf"{_LETTER}{{1,{int(relay['word_chars'])}}}[{''.join(re.escape(j) for j in relay['joiners'])}]"
    relay_part = rf"(?:{relay_word}){{0,{int(relay['max_words'])}}}"
    tagged = f"(?:{_alternation(sep['tagged'])})"
    tagged_body = rf"[ \t]{{0,2}}(?:(?:\r\n|\r|\n)[ \t]{{0,4}})?{tagged}"
    after_slash = _alternation(sep["after_slash"])
    untagged = f"(?:{_alternation(sep['untagged'])})"

    def place(k: str) -> str:
        return rf"(?P<{k}_loc>{loc_first}(?:[ ]{loc_next}){{0,{place_words - 1}}})"

    def region(k: str) -> str:
        forms = [rf",[ ]{{0,2}}(?P<{k}_r0>{reg_word}(?:[ ](?:{reg_word}|{particle})){{0,{int(reg['max_words']) - 1}}})"]
        for i, (o, c) in enumerate(reg["brackets"], start=1):
            eo, ec = re.escape(o), re.escape(c)
            body = rf"[^{eo}{ec}()\[\]\r\n]{{0,{int(reg['max_chars'])}}}"
            # A bracketed region is never an agency tag, and is followed by the date or the tag.
            forms.append(rf"[ ]?{eo}(?!(?i:{ag_any}){ec})(?P<{k}_r{i}>{_UPPER}{body}){ec}(?=[,.]|[ ]{{1,2}}[(/\[])")
        return "(?:" + "|".join(forms) + ")"

    def date(k: str) -> str:
        return (rf"(?P<{k}_date>{month}\.?[ ]{{1,2}}\d{{1,2}}(?!\d)(?:[ ]?,[ ]{{0,2}}\d{{4}}(?!\d)|[ ]\d{{4}}(?!\d))?"
                rf"|\d{{1,2}}[ ]{month}\.?(?:[ ]\d{{4}}(?!\d)|[ ]\d{{2}}(?!\d))?)")

    def tag(k: str, unknown: bool) -> str:
        forms = [
            rf"[ ]{{0,2}}\({relay_part}(?P<{k}_pt>(?i:{ag_paren}))\)",
            rf"[.,]?[ ]?/(?P<{k}_st>(?i:{ag_slash}))/",
            # Bare name and unknown source: only after a date, and only before a separator.
            rf"(?({k}_date)[ ]{{1,2}}(?P<{k}_bt>(?i:{ag_bare}))(?![^\W_])(?={tagged_body})|(?!))",
        ]
        if unknown:
            n = int(d["unknown_tag"]["max_chars"])
            forms.append(rf"(?({k}_date)[ ]{{1,2}}\((?P<{k}_ut>{_UPPER}[^()\r\n]{{0,{n}}})\)(?={tagged_body})|(?!))")
        return "(?:" + "|".join(forms) + ")"

    def tsep(k: str) -> str:
        return rf"(?P<{k}_sep>{tagged_body}|(?<=/)(?:{after_slash}))"

    def usep(k: str) -> str:
        # After a space: then a space, the line end, or a sentence's first capital ("March 4
        # -General Motors"). Glued to the word before ("Feb 26-"): then only a space or the end,
        # so that hyphenated words ("SNI-Text") and ranges ("March 3-4") are not datelines.
        follow = rf"(?![^\s{_UPPER[1:-1]}\"'\u201c\u2018(<])"
        return rf"(?P<{k}_usep>[ ]{{1,2}}{untagged}{follow}|{untagged}(?!\S))"

    alternatives = [
        # E: a feed credit opening the text ("Reuters - ", "Canadian Press - "); a dateline may follow.
        rf"(?P<E>(?P<E_ct>(?i:{ag_credit}))(?P<E_sep>[ ](?:{_alternation(sep['credit'])})))(?=[ ])",
        # A: the agency first, then the place: "(ANSA) - ROME, JUL 11 -".
        rf"(?P<A>\((?P<A_pt>(?i:{ag_prefix}))\)[ ]{{0,2}}(?:{_alternation(sep['prefix'])})[ ]{{1,2}}"
        rf"{place('A')}{region('A')}?(?:{conn}{date('A')})?{usep('A')})",
        # B: place [region] [date] then a tag (separator optional) or a separator.
        rf"(?P<B>{place('B')}{region('B')}?(?:{conn}{date('B')})?(?:{tag('B', True)}{tsep('B')}?|{usep('B')}))",
        # C: no place: "Jan 30 (Reuters) -".
        rf"(?P<C>{date('C')}{tag('C', False)}{tsep('C')}?)",
        # D: the agency alone: "(Bloomberg) --", "(CP) -", or glued to the story: "(CNN)The ...".
        rf"(?P<D>\((?P<D_pt>(?i:{ag_paren}))\)(?:(?P<D_sep>[ ]{{0,2}}(?:{_alternation(sep['agency_only'])}))"
        rf"|(?={_UPPER}|[\"\u201c])))",
    ]
    pattern = re.compile("|".join(alternatives))
    return DatelineGrammar(pattern, agencies, int(d["search"]["window_chars"]), int(d["place"]["weak_max_words"]),
                           frozenset(k.casefold() for k in d["place"]["kickers"]))


def grammar(state: ParseState) -> DatelineGrammar:
    """The grammar for the parser's registered agencies, compiled once per parser."""
    cached = state.registry.cache.get(_CACHE_KEY)
    if not isinstance(cached, DatelineGrammar):
        cached = _build(state.registry.agencies)
        state.registry.cache[_CACHE_KEY] = cached
    return cached


def _group(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _alt(m: re.Match[str]) -> str:
    for k in _ALTS:
        if m.start(k) >= 0:
            return k
    raise AssertionError("a grammar match always has an alternative")  # pragma: no cover


def _fields(m: re.Match[str], g: DatelineGrammar) -> tuple[Dateline, bool]:
    """The Dateline of a match, and whether it is strong (a tag or a date)."""
    k = _alt(m)
    loc = _group(m, f"{k}_loc")
    region = next((r for i in range(4) if (r := _group(m, f"{k}_r{i}")) is not None), None)
    date_text = _group(m, f"{k}_date")
    tag = next((t for n in ("pt", "st", "bt", "ct") if (t := _group(m, f"{k}_{n}")) is not None), None)
    unknown = _group(m, f"{k}_ut")
    agency = g.agencies.canonical(tag) if tag else None
    start, end = m.start(k), m.end(k)
    dl = Dateline(m.string[start:end], loc, region, date_text, None, agency, Span(start, end))
    return dl, bool(tag or unknown or date_text)


_PROSE_SAMPLE = 120
_NEXT_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)?([^\r\n]*)")


def _prose_follows(src: str, pos: int, limit: int) -> bool:
    """Is the text after ``pos`` (this line's rest, else the next non-blank line) running prose?"""
    i = pos
    while i < limit and src[i] in " \t\r\n":
        i += 1
    sample = src[i : min(limit, i + _PROSE_SAMPLE)]
    lower = sum(1 for c in sample if c.islower())
    upper = sum(1 for c in sample if c.isupper())
    return lower > 2 * upper and lower >= 8


def _one_line_paragraph(src: str, pos: int, limit: int) -> bool:
    """Does the line holding ``pos`` carry text after it and stand alone (a blank line or the
    end after it), as a headline does? A dateline's line runs on into its paragraph."""
    m = _NEXT_LINE.match(src, pos, limit)
    assert m is not None
    rest = src[pos : m.start(1)].strip()
    return bool(rest) and len(rest) < 120 and not m.group(1).strip()


def _weak_ok(dl: Dateline, src: str, limit: int, g: DatelineGrammar) -> bool:
    """An untagged, undated ``TORONTO --``: an all-capitals place of a few words, then prose.

    This keeps headlines in capitals (``SUGAR QUOTA IMPORTS DETAILED -- USDA``), kickers
    (``EXCLUSIVE - ...``) and one-line headline paragraphs out."""
    loc = dl.location or ""
    if not loc or loc != loc.upper() or len(loc.split()) > g.weak_max_words or loc.casefold() in g.kickers:
        return False
    return _prose_follows(src, dl.span.end, limit) and not _one_line_paragraph(src, dl.span.end, limit)


def _candidate(g: DatelineGrammar, src: str, pos: int, limit: int, first: bool = True) -> tuple[Dateline, bool] | None:
    """The dateline starting at ``pos``, with its strength; ``first``: is this the body's first line?"""
    m = g.match(src, pos, limit)
    if m is None:
        return None
    if m.start("E") >= 0:
        # A feed credit: the dateline after it wins if there is one, else the credit stands.
        after = m.end("E")
        while after < limit and src[after] == " ":
            after += 1
        inner = g.match(src, after, limit)
        if inner is not None and inner.start("E") < 0:
            dl, strong = _fields(inner, g)
            if strong or _weak_ok(dl, src, limit, g):
                return dl, True
        if not first:  # a credit alone is a dateline only where a feed puts it: opening the text
            return None
    return _fields(m, g)


def find_dateline(g: DatelineGrammar, src: str, start: int, end: int) -> Dateline | None:
    """The dateline at the start of a line in ``src[start:end]`` near its top, or None."""
    limit = min(end, start + g.window)
    weak: Dateline | None = None
    pos = start
    first = True
    while pos < limit:
        p = _LEAD.match(src, pos, limit).end()  # type: ignore[union-attr]
        found = _candidate(g, src, p, limit, first) if p < limit else None
        if p < limit and src[p] not in "\r\n":
            first = False
        if found is not None:
            dl, strong = found
            if strong:
                return dl
            if weak is None and _weak_ok(dl, src, limit, g):
                weak = dl
        br = _LINE_BREAK.search(src, p, limit)
        if br is None:
            break
        pos = br.end()
    return weak


def starts_dateline(state: ParseState, pos: int, end: int) -> bool:
    """Does a dateline start at ``pos`` (after a line's lead)? Used by the header rule."""
    g = grammar(state)
    p = _LEAD.match(state.source, pos, end).end()  # type: ignore[union-attr]
    found = _candidate(g, state.source, p, end)
    return found is not None and found[1]


def dateline(state: ParseState) -> None:
    dl = find_dateline(grammar(state), state.source, state.body_start, state.body_end)
    if dl is None:
        return
    if dl.date_text:
        date = resolve_date(dl.date_text, state.date)
        if date is not None:
            dl = Dateline(dl.text, dl.location, dl.region, dl.date_text, date, dl.agency, dl.span)
    state.dateline = dl
