"""The story's envelope: headline, subtitle, advisories and byline before the dateline (or the
first body paragraph), and the trailer after the story (`` Reuter``, ``(Reporting by ...)``,
``___`` and contributor lines, ``==Kyodo``, ``NNNN``).

Patterns are data: ``data/envelope.json`` (advisories, byline shape, name tokens, ANPA marks),
``data/trailers.json`` (boilerplate after the story) and the agency table
(``state.registry.agencies``: sign-offs and byline credits of each agency).

Every decision depends only on the text of a line or of a group of lines, never on its
indentation or on how it was wrapped, so the canonical rendering of an article (each element on
its own line, blank lines between) parses back into the same elements.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from importlib import resources
from typing import Any, NamedTuple

from attrs import frozen

from ..models import Byline, Span, Trailer, trusted_span, trusted_textblock
from ..state import ParseState
from ..text import BLANK, Line, nonblank_len, reflow, stripped
from .datelines import trie_pattern
from .paragraphs import split_blocks

__all__ = ["agency_from_byline", "agency_from_trailer", "clean_line", "front_matter", "trailer"]


def _load(name: str) -> dict[str, Any]:
    raw = resources.files("newsparse.data").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


_ENV = _load("envelope.json")
# One alternation for all advisory patterns (one regex call per line): group aN is pattern N.
_ADVISORY_KINDS = [str(a["kind"]) for a in _ENV["advisories"]]
_ADVISORY = re.compile("|".join(f"(?P<a{i}>{a['regex']})" for i, a in enumerate(_ENV["advisories"])))
_BYLINE = re.compile(_ENV["byline"])
_NAME_SPLIT = re.compile(_ENV["name_separators"])
_NAME_TOKEN = re.compile(_ENV["name_token"])
_NAME_MAX = int(_ENV["name_max_tokens"])
_STAFF_TITLES = frozenset(t.casefold() for t in _ENV["staff_titles"])
_ANPA_START: str = _ENV["anpa"]["line_start"]
_ANPA_END: str = _ENV["anpa"]["line_end"]
_MAX_FRONT = int(_ENV["max_front_elements"])
_SUBTITLE_MIN_WORDS = int(_ENV["subtitle_min_words"])
_HEADLINE_MAX_CHARS = int(_ENV["headline_max_chars"])
_HEADLINE_FINAL = str(_ENV["headline_final_chars"])

_TRL = _load("trailers.json")
_REST_MAX = int(_TRL["rest_max"])
_MAX_TRAILER_LINES = int(_TRL["max_lines"])
_WRAPPED_END = str(_TRL["wrapped_end"])
# (hint_char, hint) of each rest trailer: the region can hold such a line only if it holds both.
_REST_HINTS = tuple((str(t["hint_char"]), str(t["hint"])) for t in _TRL["trailers"] if t.get("rest"))
if any(len(ch) != 1 for ch, _ in _REST_HINTS):
    raise ValueError("trailers.json: a rest trailer's hint_char must be one character")
_SINGLE: list[tuple[str, re.Pattern[str]]] = [(t["kind"], re.compile(t["regex"])) for t in _TRL["trailers"]
                                              if not t.get("rest")]
_REST: list[tuple[str, re.Pattern[str]]] = [(t["kind"], re.compile(t["regex"])) for t in _TRL["trailers"]
                                            if t.get("rest")]
# The single-line trailers as one alternation (one regex call per line): group tN is pattern N.
_SINGLE_ANY = re.compile("|".join(f"(?P<t{i}>{pat.pattern})" for i, (_, pat) in enumerate(_SINGLE)))
_HAS_LETTER = re.compile(r"[^\W\d_]")


def _at_least_words(n: int) -> re.Pattern[str]:
    """Matches (at the start) a text of ``n`` or more ``str.split()`` words: ``\\s`` is the
    whitespace ``str.split`` splits on. Counting words this way builds no list."""
    return re.compile(rf"\s*+(?:\S+\s+){{{n - 1}}}\S")


_SIX_WORDS = _at_least_words(6)  # a credit line has at most five
_SUBTITLE_WORDS = _at_least_words(_SUBTITLE_MIN_WORDS)


# --- agency-dependent tables, built once per registry -------------------------------------
@frozen
class _AgencyTables:
    signoff: re.Pattern[str]
    signoff_agency: dict[str, str]  # casefolded sign-off -> agency name
    credit_agency: dict[str, str]  # casefolded byline credit or spelling -> agency name
    #: The longest key of ``credit_agency``: casefolding never shortens a text, so a longer
    #: text is no key (and is not casefolded to find out).
    credit_max: int
    #: ``signoff`` (group ``so``, case-insensitive as ``signoff``) then the single-line trailers
    #: (groups ``tN``) as one alternation: :func:`_single_trailer` in one regex call.
    single: re.Pattern[str]


def _tables(state: ParseState) -> _AgencyTables:
    cached: _AgencyTables | None = state.registry.cache.get("envelope.agencies")
    if cached is None:
        signoffs: dict[str, str] = {}
        credits: dict[str, str] = {}
        for agency in state.registry.agencies:
            for s in agency.signoffs:
                signoffs.setdefault(s.lstrip("=").strip().casefold(), agency.name)
            for c in (*agency.spellings, *agency.bylines):
                credits.setdefault(c.casefold(), agency.name)
        # Tries rather than flat alternations: every story's last lines are tried against them,
        # and a trie rejects a line of prose at its first character.
        alt = trie_pattern(signoffs)
        alt2 = trie_pattern({s for a in state.registry.agencies for s in a.spellings})
        # ``==Kyodo`` and ``== Kyodo``: the equals signs are a sign-off convention, not the name.
        # ``dpa wsz jln``, ``AAP ab/cd``: an agency name then the staff's initials.
        initials = r"(?:[a-z]{2,4}|[A-Z]{2,4})(?:/(?:[a-z]{2,4}|[A-Z]{2,4}))?"
        # ``(ANI)``, ``-- BERNAMA``, ``VNA``: an agency's name alone closing the story.
        pattern = (rf"(?:={{1,3}}[ \t]*)?(?P<s>{alt})|(?P<a>{alt2})(?:(?:[ \t]+{initials}){{1,4}}|\.)?"
                   rf"|\((?P<b>{alt2})\)\.?|[-=\u2014]{{1,3}}[ \t]*(?P<c>{alt2})\.?")
        single = re.compile(rf"(?P<so>(?i:{pattern}))|{_SINGLE_ANY.pattern}")
        cached = _AgencyTables(re.compile(pattern, re.IGNORECASE), signoffs, credits,
                               max(map(len, credits), default=0), single)
        state.registry.cache["envelope.agencies"] = cached
    return cached


def agency_from_trailer(state: ParseState, trailer: Trailer) -> str | None:
    """The agency a sign-off trailer credits (from the agency table), or None."""
    if trailer.kind != "signoff":
        return None
    t = _tables(state)
    m = t.signoff.fullmatch(trailer.text)
    if m is None:
        return None
    if m.group("s") is not None:
        return t.signoff_agency.get(m.group("s").casefold())
    name = m.group("a") or m.group("b") or m.group("c")
    return t.credit_agency.get(name.casefold())


def agency_from_byline(state: ParseState, byline: Byline) -> str | None:
    """The agency a byline's affiliation names (``The Canadian Press``, ``AP Science Writer``)."""
    if not byline.affiliation:
        return None
    return _credit(_tables(state), byline.affiliation)


def _credit(t: _AgencyTables, text: str) -> str | None:
    words = text.split()
    # "AP Science Writer" credits AP: try the whole credit, then drop words from the end.
    for n in range(len(words), 0, -1):
        name = t.credit_agency.get(" ".join(words[:n]).casefold())
        if name is not None:
            return name
    return None


# --- trailer ------------------------------------------------------------------------------
def _single_trailer(t: _AgencyTables, text: str) -> str | None:
    """The kind of a one-line trailer: :func:`_single_trailer_general` in one regex call (the
    alternation's first branch that matches the whole text is the first pattern that does;
    tests/test_envelope_fast.py checks the two agree)."""
    m = t.single.fullmatch(text)
    if m is None:
        return None
    if m.start("so") >= 0:
        return "signoff"
    return _SINGLE[int(m.lastgroup[1:])][0] if m.lastgroup else None


def _single_trailer_general(t: _AgencyTables, text: str) -> str | None:
    if t.signoff.fullmatch(text):
        return "signoff"
    m = _SINGLE_ANY.fullmatch(text)
    return _SINGLE[int(m.lastgroup[1:])][0] if m is not None and m.lastgroup else None


def _text_line_before(src: str, lo: int, e: int) -> tuple[int, str, int]:
    """In LF-only copy, the last line with text of ``src[lo:e]`` (``e`` ends a line): the offset
    of its text, its text without blank ends ("" if there is none) and the line's start. Lines
    are the line table's, clipped to ``lo`` as _Tail clips them."""
    while True:
        start = max(src.rfind("\n", lo, e) + 1, lo)
        line = src[start:e]
        text = line.strip(BLANK)
        if text or start <= lo:
            return (start + line.index(text[0]) if text else start), text, start
        e = start - 1  # the break before this blank line ends the line above


def _quick_trailer(state: ParseState, tables: _AgencyTables, lo: int, hi: int) -> tuple[str, str | None] | None:
    """The common cases of the trailer loop, read from the region's last lines with text (in
    LF-only copy without building the line table): that line is no trailer and cannot end a
    wrapped one (nothing to claim), or it is a one-line trailer and the line above it is
    neither (claim it). None when the region is settled here; else the text and single-line
    kind of the first line with text the loop will read (or "" when it is not known), for the
    loop to reuse. Only for a region with no contributors marker, where the loop starts at the
    last line."""
    src = state.source
    if "\r" in src:
        # The last line from the line table, which CR-broken copy needs anyway.
        starts, texts = state.line_table()
        k = bisect_right(starts, hi - 1) - 1
        s = starts[k]
        text = texts[k]
        if s < lo or s + len(text) > hi:
            cs = min(max(s, lo), s + len(text))
            text = text[cs - s : max(min(s + len(text), hi), cs) - s]
        text = text.strip(BLANK)
        if not text:
            return "", None
        kind = _single_trailer(tables, text)
        return None if kind is None and text[-1] not in _WRAPPED_END else (text, kind)
    # The line holding offset hi - 1 is the last (a final break belongs to the line before it).
    ts, text, ls = _text_line_before(src, lo, hi - 1 if src[hi - 1] == "\n" else hi)
    if not text:
        return "", None
    kind = _single_trailer(tables, text)
    if kind is None:
        return None if text[-1] not in _WRAPPED_END else (text, None)
    above = _text_line_before(src, lo, ls - 1)[1] if ls > lo else ""
    if above and (above[-1] in _WRAPPED_END or _single_trailer(tables, above) is not None):
        return text, kind
    # One trailer line, and the loop stops at the line above (or finds none).
    state.trailer.append(Trailer(kind, text, trusted_span(ts, ts + len(text))))
    state.body_end = min(state.body_end, ts)
    return None


def _has_rest_hint(src: str, lo: int, hi: int) -> bool:
    """Whether ``src[lo:hi]`` can hold a rest trailer's line: it holds both that trailer's
    ``hint_char`` and its ``hint`` (a line of the kind holds both). The character is looked
    for first: a one-character search is a memchr scan, fast on any text, while a substring
    search costs 1-20 ns a character on two-byte text, and most stories hold neither."""
    for ch, h in _REST_HINTS:
        if src.find(ch, lo, hi) >= 0 and src.find(h, lo, hi) >= 0:
            return True
    return False


def trailer(state: ParseState) -> None:
    """Claim trailer lines at the end of the body region, last line first."""
    lo = state.body_start
    if state.dateline is not None:
        lo = max(lo, state.dateline.span.end)
    hi = state.body_end
    if lo >= hi:
        # An empty region has no line: the loops below would read none (nor build the table).
        return
    tables = _tables(state)
    src = state.source
    # A contributors marker ("___") claims itself and every line after it, when what follows
    # is short: counted in non-blank characters, which rendering keeps, not in lines. Without
    # a marker anywhere in the region the scan for one is skipped.
    j = 0 if _has_rest_hint(src, lo, hi) else -1
    last: tuple[str, str | None] | None = None  # the first line with text, and its kind
    if j < 0:
        last = _quick_trailer(state, tables, lo, hi)
        if last is None:
            return
        if not last[0]:
            last = None
    tail = _Tail(state, lo, state.body_end)
    found: list[Trailer] = []
    top = 0  # tail[:top] (the last lines) are claimed
    budget = 0
    while j >= 0 and (ln := tail.get(j)) is not None:
        s, _, text = stripped(ln)
        if text:
            kind = next((k for k, pat in _REST if pat.fullmatch(text)), None)
            if kind is not None:
                parts = [p for p in (stripped(tail.get(k)) for k in range(j, -1, -1)) if p[2]]  # type: ignore[arg-type]
                found.append(Trailer(kind, "\n".join(p[2] for p in parts), Span(s, parts[-1][1])))
                top = j + 1
                break
            budget += nonblank_len(text)
            if budget > _REST_MAX:
                break
        j += 1
    while len(found) < _MAX_TRAILER_LINES and (ln := tail.get(top)) is not None:
        s, e, text = stripped(ln)
        if not text:
            top += 1
            continue
        if last is not None:  # the first line with text: its kind is known already
            kind, last = last[1], None
        else:
            kind = _single_trailer(tables, text)
        if kind is not None:
            found.append(Trailer(kind, text, Span(s, e)))
            top += 1
            continue
        # A credit line wrapped over two to four lines: matched reflowed, kept as one trailer.
        if text[-1] not in _WRAPPED_END:
            break
        claimed = _wrapped_trailer(state, tail, top, e, tables)
        if claimed is None:
            break
        found.append(claimed[0])
        top = claimed[1]
    if found:
        found.sort(key=lambda t: t.span.start)
        state.trailer.extend(found)
        state.body_end = min(state.body_end, found[0].span.start)


class _Tail:
    """The region's lines from the last one up (``get(0)`` is the last line), read straight
    from the shared line table and made only as needed."""

    def __init__(self, state: ParseState, start: int, end: int) -> None:
        self._starts, self._texts = state.line_table()
        self._start, self._end = start, end
        if start >= end:
            self._first, self._last = 0, -1
        else:
            self._first, self._last = state.line_index(start), state.line_index(end - 1)

    def get(self, k: int) -> Line | None:
        n = self._last - k
        if n < self._first:
            return None
        s, text = self._starts[n], self._texts[n]
        if n == self._first or n == self._last:
            cs = min(max(s, self._start), s + len(text))
            ce = max(min(s + len(text), self._end), cs)
            return Line(cs, ce, text[cs - s : ce - s])
        return Line(s, s + len(text), text)


def _wrapped_trailer(state: ParseState, tail: _Tail, top: int, end: int,
                     t: _AgencyTables) -> tuple[Trailer, int] | None:
    for size in range(2, 5):
        ln = tail.get(top + size - 1)
        if ln is None:
            return None
        s, _, first = stripped(ln)
        if not first:
            return None
        text = reflow(state.source[s:end])
        kind = _single_trailer(t, text)
        if kind is not None:
            return Trailer(kind, text, Span(s, end)), top + size
    return None


# --- front matter -------------------------------------------------------------------------
def _coded(raw: str) -> bool:
    """An ANPA format-coded line: ``^`` right before its text."""
    return len(raw) > 1 and raw[0] == _ANPA_START and raw[1] != _ANPA_START and raw[1] not in BLANK


def _clean(raw: str) -> str:
    """A line without its ANPA marks (``^`` before, ``<``/``=`` after) and blank ends.

    Only coded lines lose marks, and the result is never coded, so cleaning twice changes
    nothing (the rendering of a cleaned element parses back to the same text).
    """
    if not _coded(raw):
        return raw
    text = raw[1:].rstrip(_ANPA_END + BLANK)
    # Marks alone are text: keep them, or the element would vanish from the rendering.
    return text or raw


clean_line = _clean


def _advisory_kind(text: str) -> str | None:
    m = _ADVISORY.fullmatch(text)
    return _ADVISORY_KINDS[int(m.lastgroup[1:])] if m is not None and m.lastgroup else None


def _is_name(name: str) -> bool:
    tokens = name.split()
    return 2 <= len(tokens) <= _NAME_MAX and all(_NAME_TOKEN.fullmatch(tok) for tok in tokens)


def _affiliation(t: _AgencyTables, part: str) -> bool:
    if len(part) <= t.credit_max and part.casefold() in t.credit_agency:
        return True
    words = part.rsplit(None, 2)  # the last two words are all it reads: split only those off
    # "AP Science Writer", "Special Correspondent": a staff title closes the credit.
    return bool(words) and (words[-1].casefold() in _STAFF_TITLES or " ".join(words[-2:]).casefold() in _STAFF_TITLES)


def _parse_byline(t: _AgencyTables, text: str) -> tuple[tuple[str, ...], str | None] | None:
    """``(names, affiliation)`` when ``text`` is a byline, else None."""
    m = _BYLINE.fullmatch(text)
    if m is None and ("," not in text or not _affiliation(t, text.rsplit(",", 1)[1].strip())):
        # Without "By", only "Name, Affiliation" is a byline: check the cheap part first.
        return None
    body = m.group("names") if m else text
    parts = [p for p in _NAME_SPLIT.split(body) if p]
    aff: list[str] = []
    while parts and _affiliation(t, parts[-1]):
        aff.insert(0, parts.pop())
    if not m and (not aff or not parts):
        # Without "By", only "Name, Affiliation" is a byline (a bare credit is handled apart).
        return None
    if parts and len(parts[0]) > 8:
        lead = _leading_credit(t, parts[0])
        if lead is not None:  # "Xinhua writer Li Wei": the credit opens the names
            aff.insert(0, lead[0])
            parts[0] = lead[1]
    if not all(_is_name(p) for p in parts) or (not parts and not aff):
        return None
    return tuple(parts), ", ".join(aff) or None


def _leading_credit(t: _AgencyTables, part: str) -> tuple[str, str] | None:
    """``(credit, name)`` when ``part`` is an agency's credit ending with a staff title, then a
    name (``Xinhua writer Li Wei``, ``AP Diplomatic Writer Ann Lee``), else None."""
    words = part.split()
    for n in range(2, min(len(words) - 2, 4) + 1):
        head = " ".join(words[:n])
        if words[n - 1].casefold() in _STAFF_TITLES and _credit(t, head) is not None:
            return head, " ".join(words[n:])
    return None


def _is_credit_line(t: _AgencyTables, text: str) -> bool:
    """An agency credit alone (``Associated Press``), or one with a staff title
    (``AP Sports Writer``)."""
    if len(text) <= t.credit_max and text.casefold() in t.credit_agency:
        return True
    if _SIX_WORDS.match(text):  # the common case, a line of prose, without splitting it
        return False
    words = text.split()
    return 1 < len(words) <= 5 and _affiliation(t, text) and _credit(t, text) is not None


# What a front-matter line is on its own: (kind, byline names, affiliation); kind is an
# advisory kind, "credit" (an agency credit alone: "Associated Press") or "byline".
_Element = tuple[str, tuple[str, ...], str | None]


def _element(t: _AgencyTables, text: str) -> _Element | None:
    kind = _advisory_kind(text)
    if kind is not None:
        return kind, (), None
    if _is_credit_line(t, text):
        return "credit", (), text
    parsed = _parse_byline(t, text)
    if parsed is not None:
        return "byline", parsed[0], parsed[1]
    return None


class _Item(NamedTuple):
    kind: str  # "title", a TextBlock kind, "byline"
    start: int
    end: int
    text: str
    names: tuple[str, ...] = ()
    affiliation: str | None = None


class _Front:
    """Collects front-matter items in source order, then assigns headline and subtitle."""

    def __init__(self, tables: _AgencyTables) -> None:
        self.t = tables
        self.items: list[_Item] = []
        self.byline_at: int | None = None  # index in items of the byline

    def classify(self, start: int, end: int, text: str) -> str:
        """Add one line (or a group of title lines) and say what it became."""
        return self.add(start, end, text, _element(self.t, text))

    def add(self, start: int, end: int, text: str, elem: _Element | None) -> str:
        """Add an item whose :func:`_element` the caller already has."""
        if elem is None:
            self.items.append(_Item("title", start, end, text))
            return "title"
        kind, names, aff = elem
        if kind == "credit":
            prev = self.items[-1] if self.items else None
            if prev is not None and self.byline_at == len(self.items) - 1 and prev.affiliation is None:
                # "By PAUL BYRNE=" then "Associated Press=": one byline, two lines.
                self.items[-1] = _Item("byline", prev.start, end, f"{prev.text}\n{text}", prev.names, text)
                return "byline"
            return self._byline(start, end, text, (), text)
        if kind == "byline":
            return self._byline(start, end, text, names, aff)
        self.items.append(_Item(kind, start, end, text))
        return kind

    def _byline(self, start: int, end: int, text: str, names: tuple[str, ...], aff: str | None) -> str:
        if self.byline_at is not None:
            self.items.append(_Item("note", start, end, text))
            return "note"
        self.byline_at = len(self.items)
        self.items.append(_Item("byline", start, end, text, names, aff))
        return "byline"

    def commit(self, state: ParseState) -> None:
        titles = 0
        for item in self.items:
            span = trusted_span(item.start, item.end)
            if item.kind == "byline":
                state.byline = Byline(item.text, item.names, item.affiliation, span)
            elif item.kind != "title":
                state.advisories.append(trusted_textblock(item.kind, item.text, span))
            elif titles == 0 and not _SUBTITLE_WORDS.match(item.text):  # fewer words than a subtitle
                state.headline = trusted_textblock("headline", item.text, span)
                titles = 1
            elif titles <= 1 and state.subtitle is None:
                # A long first title is the subtitle (tass.com's lead sentence above the dateline).
                state.subtitle = trusted_textblock("subtitle", item.text, span)
                titles = 2
            else:
                state.advisories.append(trusted_textblock("note", item.text, span))


#: Tests set this to False to compare the fast paths of the front matter with the general loop.
SHORTCUTS = True


def front_matter(state: ParseState) -> None:
    """Headline, subtitle, advisories and byline between the header and the dateline."""
    tables = _tables(state)
    if state.dateline is None:
        _front_without_dateline(state, tables)
        return
    front_end = min(state.dateline.span.start, state.body_end)
    if front_end <= state.body_start:
        return  # the dateline opens the body: no line to read, nothing to claim or move
    if SHORTCUTS:
        # The commonest front matter, one line of text above the dateline that is no element (a
        # headline, or tass.com's lead sentence): the loop below would make it the one title
        # item, coded or not, and commit it as headline or subtitle (tests/test_envelope_fast.py
        # checks the two agree).
        region = state.source[state.body_start : front_end]
        raw = region.strip(BLANK)
        if raw and "\n" not in raw and "\r" not in raw:
            text = _clean(raw)
            if _element(tables, text) is None:
                start = state.body_start + region.find(raw[0])
                span = trusted_span(start, start + len(raw))
                if not _SUBTITLE_WORDS.match(text):
                    state.headline = trusted_textblock("headline", text, span)
                elif state.subtitle is None:
                    state.subtitle = trusted_textblock("subtitle", text, span)
                else:
                    state.advisories.append(trusted_textblock("note", text, span))
                state.body_start = front_end
                return
    front = _Front(tables)
    group: list[tuple[int, int, str]] = []

    def flush() -> None:
        if not group:
            return
        if len(group) == 1:
            front.items.append(_Item("title", *group[0]))
        else:
            # Title lines of one block are one element; classify the whole, as it will render.
            front.classify(group[0][0], group[-1][1], " ".join(g[2] for g in group))
        group.clear()

    # What lines_between and stripped give, without a Line per line (nor the line table).
    for start, line in state.region_lines(state.body_start, front_end):
        raw = line.strip(BLANK)
        if not raw:
            flush()
            continue
        start += line.index(raw[0])
        end = start + len(raw)
        text = _clean(raw)
        elem = _element(tables, text)
        if elem is not None:
            flush()
            front.add(start, end, text, elem)
            continue
        coded = _coded(raw)
        if coded:
            flush()
        group.append((start, end, text))
        if coded and raw[-1] in _ANPA_END:
            flush()
    flush()
    front.commit(state)
    state.body_start = max(state.body_start, front_end)


def _headline_like(text: str) -> bool:
    return (len(text) <= _HEADLINE_MAX_CHARS and not _SUBTITLE_WORDS.match(text)
            and text[-1] not in _HEADLINE_FINAL and _HAS_LETTER.search(text) is not None)


def _front_without_dateline(state: ParseState, tables: _AgencyTables) -> None:
    """No dateline: claim leading advisories and bylines, and a short first block with more
    text after it as the headline; stop at the first block that is none of these.

    A block whose first line is an element on its own (an ANPA-coded line, an advisory, a
    byline) is read line by line; at its first line that is not claimed, the rest of the block
    is judged as one unit, the way it will read once rendered on one line.
    """
    found = split_blocks(state, state.body_start, state.body_end)
    if not found:
        # No block (an empty or blank region): the loop below would claim nothing.
        state.extras["envelope.blocks"] = (state.body_start, state.body_end, found)
        return
    src = state.source
    has_cr = "\r" in src
    front = _Front(tables)
    claimed_end: int | None = None

    def claim(start: int, end: int, text: str, last: bool) -> bool:
        if len(front.items) >= _MAX_FRONT:
            return False
        elem = _element(tables, text)
        if elem is None:
            if last or any(it.kind == "title" for it in front.items) or not _headline_like(text):
                return False
        front.add(start, end, text, elem)
        return True

    for n, (bstart, bend) in enumerate(found):
        last_block = n == len(found) - 1
        if has_cr:
            first = next(state.iter_lines(bstart, bend))
        else:  # the block's first line, without the line table
            nl = src.find("\n", bstart, bend)
            first = Line(bstart, bend if nl < 0 else nl, src[bstart : bend if nl < 0 else nl])
        split = first.end < bend and (_coded(first.text.strip(BLANK)) or
                                      _is_element_line(tables, _clean(stripped(first)[2])))
        if not split:
            if not claim(bstart, bend, _clean(reflow(src[bstart:bend])), last_block):
                break
            claimed_end = bend
            continue
        stop = False
        for ls, text in state.region_lines(bstart, bend):
            s, e, raw = stripped(Line(ls, ls + len(text), text))
            if not raw:
                continue
            if claim(s, e, _clean(raw), last_block and e == bend):
                claimed_end = e
                continue
            if e < bend and claim(s, bend, _clean(reflow(src[s:bend])), last_block):
                claimed_end = bend
            else:
                stop = True
            break
        if stop:
            break
    if claimed_end is None:
        state.extras["envelope.blocks"] = (state.body_start, state.body_end, found)
        return
    front.commit(state)
    state.body_start = max(state.body_start, claimed_end)
    if any(b[1] == claimed_end for b in found):
        # The claim ends on a block boundary: the paragraphs are the remaining blocks.
        state.extras["envelope.blocks"] = (state.body_start, state.body_end, found)


def _is_element_line(tables: _AgencyTables, text: str) -> bool:
    return _element(tables, text) is not None
