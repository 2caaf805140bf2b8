"""Quotation marks paired per paragraph; a quote left open at a paragraph's end continues only
into a paragraph that itself opens with a mark (the AP convention), otherwise it ends there.

Pairing is a small state machine over the marks one regex finds, so it is linear in the text
and an unbalanced mark never reaches past its paragraph. Marks understood:

* double: straight ``"`` (toggles), curly ``“ ”``, German ``„ “`` (or ``„ ”``), guillemets
  ``« »``, legacy AP ````` `` ````` ... ``''``;
* a different double mark inside an open quote (``« „...“ »``, ``“ "..." ”``) is a nested quote,
  kept inside the outer one and recorded on it;
* single marks are never quote boundaries here: inside a double quote they can only nest, and
  outside one they are far more often apostrophes (``Japan’s``, ``'90s``, ``rock 'n' roll``).

This rule finds the quoted segments; the ``attribution`` rule decides which are quotations (with
a speaker) and which are quoted terms (titles, nicknames, scare quotes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple, cast

from ..models import OpenQuote, OpenSpan, Paragraph, Quote, QuoteKind, QuotePartKind, Span, trusted_quote
from ..state import ParseState
from ..text import BLANK_SET, reflow
from .nesting import with_single_nested

__all__ = ["EXTRAS_KEY", "Candidate", "find_candidates", "quotes"]

EXTRAS_KEY = "newsparse.quotes"

# ``'''`` = a nested single close followed by the legacy double close.
# The reference definition of a mark; the scans below find the same marks with str.find.
_MARK = re.compile(r"``|'{2,3}|[\"\u201c\u201d\u201e\u00ab\u00bb]")
_DOUBLE_CHARS = "\"\u201c\u201d\u201e\u00ab\u00bb"
# A line break inside a paragraph is whitespace (hard-wrapped copy): insertions and soup pairs
# may run over one, as they do once rendering has joined the lines.
_INSERTION = re.compile(r"\[[^\[\]]{1,300}\]")
# A straight mark is an opener when whitespace, an opening bracket or a dash precedes it.
_LEFT_CONTEXT = frozenset(" \t\r\n\u00a0([{\u2014\u2013-/:")
_SENTENCE_END = frozenset(".!?:")
# A continuation paragraph reopens with the same style of mark as the quote it continues.
_FAMILY = {'"': 0, "\u201c": 1, "\u201d": 1, "\u201e": 1, "\u00ab": 2, "``": 3}
# A paragraph with more quotation marks than this is not quoted prose (a list, mark soup).
_MAX_MARKS = 256
_COUNTED = ('"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "''")
_SOUP_PAIR = re.compile(r"[\"\u201c\u201e\u00ab]"
                        r"([^\"\u201c\u201d\u201e\u00ab\u00bb]{1,2000})[\"\u201d\u201c\u00bb]")
_LONE_CLOSERS = frozenset(("\u201d", "\u00bb", "''", "'''"))
# Expected closer for each opener (straight marks close themselves).
# Copy edited on several systems mixes straight and curly marks: either closes the other.
_CLOSERS: dict[str, frozenset[str]] = {
    '"': frozenset('"\u201d'),
    "\u201c": frozenset('\u201d"'),
    "\u201e": frozenset('\u201c\u201d"'),
    "\u00ab": frozenset("\u00bb"),
    "``": frozenset(("''", "'''")),
}


class Candidate(NamedTuple):
    """A quoted segment group: one part per paragraph (more than one only for continuations).

    ``opens``/``closes`` are the offsets of the opening mark and just after the closing mark of
    each part (the closing offset equals the part's end when the part was left open)."""

    paragraphs: tuple[int, ...]
    parts: tuple[Span, ...]
    opens: tuple[int, ...]
    closes: tuple[int, ...]
    closed: bool
    nested: tuple[Span, ...]
    soup: bool = False  # found in a paragraph with too many marks to be prose (see _MAX_MARKS)


class _Open(NamedTuple):
    mark: str
    pos: int  # offset of the mark
    start: int  # offset after the mark


def _trim(src: str, start: int, end: int) -> tuple[int, int]:
    while start < end and src[start].isspace():
        start += 1
    while end > start and src[end - 1].isspace():
        end -= 1
    return start, end


_Part = tuple[int, Span, int, int]  # paragraph index, content span, opening mark, after closing mark


class _Pairing:
    """The pairing state machine; ``mark`` is fed the marks of one paragraph at a time."""

    def __init__(self, src: str, out: list[Candidate]) -> None:
        self.src = src
        self.out = out
        # A quote still open at the end of the previous paragraph: its parts so far.
        self.carry: list[_Part] | None = None
        self.carry_nested: list[Span] = []
        self.carry_mark = ""
        self.index = self.pstart = self.pend = 0
        self.stack: list[_Open] = []
        self.nested: list[Span] = []
        self.pending: list[_Part] | None = None
        self.first = True

    def begin(self, index: int, pstart: int, pend: int) -> None:
        self.index, self.pstart, self.pend = index, pstart, pend
        self.stack = []
        self.nested = []
        self.first = True
        self.pending = self.carry
        self.carry = None

    def emit(self, op: _Open, end: int, close_end: int, closed: bool) -> None:
        src = self.src
        s, e = op.start, end
        if s < e and (src[s].isspace() or src[e - 1].isspace()):
            s, e = _trim(src, s, e)
        if self.pending is None and not self.nested and not self.carry_nested:
            # The common case: a quote that opened and closed in this paragraph, nothing nested.
            if e > s:
                self.out.append(tuple.__new__(Candidate, ((self.index,), (Span(s, e),), (op.pos,), (close_end,),
                                                          closed, (), False)))
            return
        parts = self.pending or []
        if e > s:
            parts.append((self.index, Span(s, e), op.pos, close_end))
        if parts:
            _flush(self.out, parts, self.carry_nested + self.nested, closed)
        self.pending = None
        self.carry_nested = []
        self.nested = []

    def mark(self, mark: str, pos: int, after: int) -> None:
        src = self.src
        at_start = False
        if self.first:
            at_start = pos == self.pstart or src[self.pstart:pos].isspace()
            self.first = False
        stack = self.stack
        if stack:
            top = stack[-1]
            closers = _CLOSERS.get(top.mark)
            if closers is not None and mark in closers:
                # A straight mark opening a word inside a curly quote nests instead of closing it.
                closes = not (mark == '"' and top.mark != '"' and _is_opener(src, pos, self.pstart)
                              and _followed_by_word(src, after, self.pend))
            else:
                closes = mark == top.mark and not _is_opener(src, pos, self.pstart)
            if closes:
                stack.pop()
                if stack:
                    self.nested.append(Span(top.start, pos))
                else:
                    self.emit(top, pos, after, True)
                return
            if mark in _LONE_CLOSERS:
                return  # a closer nobody waits for
            if len(stack) == 1 and mark != top.mark:
                stack.append(tuple.__new__(_Open, (mark, pos, after)))  # a nested quote of another style
                return
            # The same opener again while open: the first one was never closed; it ends here.
            if len(stack) > 1:
                self.nested.append(Span(stack[-1].start, pos))
            self.emit(stack[0], pos, pos, False)
            self.stack = [tuple.__new__(_Open, (mark, pos, after))]
            return
        if mark == '"':
            if not _is_opener(src, pos, self.pstart) and not _followed_by_word(src, after, self.pend):
                return  # 5'10" or a stray closer
        elif mark == "\u201d":
            # A closing curly used as an opener (some feeds use it both ways).
            if not (_is_opener(src, pos, self.pstart) and _followed_by_word(src, after, self.pend)):
                return
            mark = "\u201c"
        elif mark in _LONE_CLOSERS:
            return
        if self.pending is not None and (not at_start or _FAMILY.get(mark) != _FAMILY.get(self.carry_mark)):
            # The previous paragraph's open quote does not continue here: it ended there.
            _flush(self.out, self.pending, self.carry_nested, False)
            self.pending = None
            self.carry_nested = []
        stack.append(tuple.__new__(_Open, (mark, pos, after)))

    def end(self) -> None:
        if self.stack:
            op = self.stack[0]
            s, e = _trim(self.src, op.start, self.pend)
            if len(self.stack) > 1:
                self.nested.append(Span(self.stack[-1].start, self.pend))
            parts = self.pending or []
            if e > s:
                parts.append((self.index, Span(s, e), op.pos, e))
            self.carry = parts or None
            self.carry_mark = op.mark
            self.carry_nested = self.carry_nested + self.nested
        elif self.pending is not None:
            # No mark opened this paragraph: the quote ended with the previous one.
            _flush(self.out, self.pending, self.carry_nested, False)
            self.carry_nested = []
        self.pending = None
        self.stack = []

    def finish(self) -> None:
        if self.carry:
            _flush(self.out, self.carry, self.carry_nested, False)
        self.carry = None


def find_candidates(src: str, paragraphs: list[tuple[int, int, int]]) -> list[Candidate]:
    """Quoted segments of ``src`` for ``(index, start, end)`` paragraphs (in order), in text order.

    One regex pass over the whole body; paragraphs without marks cost nothing but a comparison."""
    out: list[Candidate] = []
    # Only long paragraphs can be soup worth a detour (a short one costs little however marked).
    soups = [p for p in paragraphs if p[2] - p[1] > 4 * _MAX_MARKS and _count_marks(src, p[1], p[2]) > _MAX_MARKS]
    if soups:
        # Mark soup is not prose: pair it with one regex (no nesting, no continuation, no
        # attribution), so that no input makes the state machine below run per character.
        soup_set = {p[0] for p in soups}
        rest = [p for p in paragraphs if p[0] not in soup_set]
        found = find_candidates(src, rest) if rest else []
        mixed = bool(found)
        add = found.append
        space = _SPACE
        for index, pstart, pend in soups:
            para1 = (index,)
            for m in _SOUP_PAIR.finditer(src, pstart, pend):
                s, e = m.span(1)  # never empty
                if src[s] in space or src[e - 1] in space:
                    s, e = _trim(src, s, e)
                    if e == s:
                        continue
                add(_tuple_new(Candidate, (para1, (_span(s, e),), (m.start(),), (m.end(),), True, (), True)))
        if mixed:  # else the soup candidates are in text order already
            found.sort(key=lambda c: c.opens[0])
        return found
    if not paragraphs:
        return out
    pairing = _Pairing(src, out)
    n = len(paragraphs)
    pi = -1
    pend = -1
    lo, hi = paragraphs[0][1], paragraphs[-1][2]
    # Legacy ``...'' marks are rare: without them the marks are found with ``str.find`` (memory
    # speed), far faster than a regex character class over the whole body.
    marks = _double_marks(src, lo, hi)
    if src.find("``", lo, hi) >= 0 or src.find("''", lo, hi) >= 0:
        marks.extend(_legacy_marks(src, lo, hi))
        marks.sort()
    for pos, mark, after in marks:
        if pos >= pend:
            if pi >= 0:
                pairing.end()
            nxt = pi + 1
            while nxt < n and paragraphs[nxt][2] <= pos:
                nxt += 1
            if nxt >= n:
                pi = n
                break
            if nxt > pi + 1 and pairing.carry:
                pairing.finish()  # a paragraph without marks ends an open quote
            pi = nxt
            index, pstart, pend = paragraphs[pi]
            pairing.begin(index, pstart, pend)
        if pos < pairing.pstart:
            continue  # between paragraphs
        pairing.mark(mark, pos, after)
    if 0 <= pi < n:
        pairing.end()
        if pi < n - 1 and pairing.carry:
            pairing.finish()
    pairing.finish()
    return out


def _double_marks(src: str, lo: int, hi: int) -> list[tuple[int, str, int]]:
    """The single-character double marks of ``src[lo:hi]`` in text order, one ``str.find`` loop
    per mark character that occurs at all."""
    found: list[tuple[int, str, int]] = []
    add = found.append
    find = src.find
    for ch in _DOUBLE_CHARS:
        i = find(ch, lo, hi)
        while i >= 0:
            add((i, ch, i + 1))
            i = find(ch, i + 1, hi)
    found.sort()
    return found


def _legacy_marks(src: str, lo: int, hi: int) -> list[tuple[int, str, int]]:
    """The legacy marks of ``src[lo:hi]`` as ``_MARK`` finds them: double backticks, and runs of two
    or more apostrophes cut into pieces of three (three = a nested single close, then the double close)."""
    found: list[tuple[int, str, int]] = []
    find = src.find
    i = find("``", lo, hi)
    while i >= 0:
        found.append((i, "``", i + 2))
        i = find("``", i + 2, hi)
    i = find("''", lo, hi)
    while i >= 0:
        j = i + 2
        while j < hi and src[j] == "'":
            j += 1
        while j - i >= 2:
            k = min(i + 3, j)
            found.append((i, src[i:k], k))
            i = k
        i = find("''", j, hi)
    return found


def _count_marks(src: str, start: int, end: int) -> int:
    # str.count runs at memory speed; several passes cost less than one regex pass.
    return sum(src.count(ch, start, end) for ch in _COUNTED) + src.count("``", start, end)


def _flush(out: list[Candidate], parts: list[_Part], nested: list[Span], closed: bool) -> None:
    if len(parts) == 1:  # the common case, without four generator passes
        index, span, op, close = parts[0]
        out.append(Candidate((index,), (span,), (op,), (close,), closed, tuple(nested)))
        return
    paragraphs, spans, opens, closes = zip(*parts, strict=True)
    out.append(Candidate(paragraphs, spans, opens, closes, closed, tuple(nested)))


def _is_opener(src: str, pos: int, pstart: int) -> bool:
    return pos == pstart or src[pos - 1] in _LEFT_CONTEXT


def _followed_by_word(src: str, pos: int, pend: int) -> bool:
    return pos < pend and not src[pos].isspace()


def part_kind(src: str, pstart: int, open_pos: int, content_start: int) -> QuotePartKind:
    """``full`` when the quote opens a sentence (paragraph start, after ``. ! ? :``, or after a
    comma with a capital letter), else ``partial`` (a fragment woven into a sentence)."""
    if content_start >= len(src):
        return "partial"
    first = src[content_start]
    # Only the last non-blank characters matter; the look-back is bounded (linear on long paragraphs).
    k = open_pos
    lo = max(pstart, open_pos - 200)
    while k > lo and src[k - 1].isspace():
        k -= 1
    if k == pstart or (k == lo and src[k].isspace()):
        return "full" if not first.islower() else "partial"
    last = src[k - 1]
    if last in "\u201d\"'\u2019" and k - 2 >= pstart:
        last = src[k - 2]
    if last in _SENTENCE_END and not first.islower():
        return "full"
    if last in ",\u2014\u2013-" and first.isupper():
        return "full"
    return "partial"


def _quick_kind(src: str, pstart: int, open_pos: int, content_start: int) -> QuotePartKind:
    """``part_kind`` (the general path) with its two commonest cases read first, as ``_fast_quotes``
    inlines them: the quote opens its paragraph, or one space after a non-blank precedes the mark
    (the character before the space decides). ``content_start`` is inside the text."""
    if open_pos == pstart:
        return "partial" if src[content_start].islower() else "full"
    if src[open_pos - 1] == " " and open_pos - 2 >= pstart and src[open_pos - 2] not in _SPACE:
        last = src[open_pos - 2]
        if last in "\u201d\"'\u2019" and open_pos - 3 >= pstart:
            last = src[open_pos - 3]
        if last in _SENTENCE_END:
            return "partial" if src[content_start].islower() else "full"
        if last in ",\u2014\u2013-" and src[content_start].isupper():
            return "full"
        return "partial"
    return part_kind(src, pstart, open_pos, content_start)


# --- building the provisional quotes ------------------------------------------------------------
# The rule makes a Span, a Candidate and a provisional Quote per quote (the attribution rule makes
# the final Quote), as the models' open classes (``OpenSpan``, ``OpenQuote``) whose ``__class__`` is
# set to the frozen class once the fields are in: the cheapest way to make them, inlined in the hot
# loops. Every offset is computed by this rule (``0 <= start <= end`` holds without the check of
# ``Span.__init__``).
_tuple_new = tuple.__new__
_FULL: tuple[QuotePartKind] = ("full",)
_PARTIAL: tuple[QuotePartKind] = ("partial",)


def _span(start: int, end: int) -> Span:
    span: Any = OpenSpan()
    span.start = start
    span.end = end
    span.__class__ = Span
    return cast(Span, span)


def _quote(text: str, kind: QuoteKind, paragraph: int, span: Span, parts: tuple[Span, ...],
           insertions: tuple[Span, ...], part_kinds: tuple[QuotePartKind, ...], nested: tuple[Span, ...]) -> Quote:
    """``Quote(text, kind, None, paragraph, None, span, parts, insertions, part_kinds, nested)``."""
    return trusted_quote(text, kind, None, paragraph, None, span, parts, insertions, part_kinds, nested)


def _insertions(src: str, parts: tuple[Span, ...]) -> tuple[Span, ...]:
    found: list[Span] = []
    for p in parts:
        if src.find("[", p.start, p.end) >= 0:
            found.extend(_span(*m.span()) for m in _INSERTION.finditer(src, p.start, p.end))
    return tuple(found)


def build_quote(src: str, pstart: int, c: Candidate) -> Quote:
    """The provisional quote of a candidate (no speaker yet); ``pstart`` is its first paragraph's start."""
    parts = c.parts
    first = parts[0]
    kind0 = part_kind(src, pstart, c.opens[0], first.start)
    kind: QuoteKind = "full" if kind0 == "full" else "partial"
    if len(parts) == 1:
        # The common case: one part, whose span is the quote's span (no second Span object).
        text = src[first.start:first.end]  # never empty
        if "\n" in text or "\r" in text or text[0] in BLANK_SET or text[-1] in BLANK_SET:
            text = reflow(text)  # else reflow(text) is text
        return _quote(text, kind, c.paragraphs[0], first, parts, _insertions(src, parts) if "[" in text else (),
                      _FULL if kind == "full" else _PARTIAL, c.nested)
    text = "\n".join(reflow(src[p.start:p.end]) for p in parts)
    cont: list[QuotePartKind] = ["continuation"] * (len(parts) - 1)
    return _quote(text, kind, c.paragraphs[0], _span(first.start, parts[-1].end), parts, _insertions(src, parts),
                  (kind0, *cont), c.nested)


def _general(src: str, paras: list[Paragraph]) -> tuple[list[Candidate], list[Quote]]:
    """``find_candidates`` and ``build_quote`` of each candidate (the general path), with mark soup
    paired and built in one loop."""
    bounds = [(p.index, p.span.start, p.span.end) for p in paras]
    soups = [p for p in bounds if p[2] - p[1] > 4 * _MAX_MARKS and _count_marks(src, p[1], p[2]) > _MAX_MARKS]
    if not soups:
        cands = find_candidates(src, bounds)
        return cands, _build_quotes(src, paras, cands)
    soup_set = {p[0] for p in soups}
    rest = [p for p in bounds if p[0] not in soup_set]
    cands = find_candidates(src, rest) if rest else []
    found = _build_quotes(src, paras, cands)
    mixed = bool(cands)
    for index, pstart, pend in soups:
        _soup(src, index, pstart, pend, cands, found)
    if mixed:  # else the soup candidates are in text order already
        order = sorted(range(len(cands)), key=lambda k: cands[k].opens[0])
        return [cands[k] for k in order], [found[k] for k in order]
    return cands, found


def _soup(src: str, index: int, pstart: int, pend: int, cands: list[Candidate], found: list[Quote]) -> None:
    """The candidates of a mark-soup paragraph as ``find_candidates`` makes them, and their quotes."""
    add_cand = cands.append
    add_quote = found.append
    space = _SPACE
    para1 = (index,)
    part: Any  # a Span under construction (see OpenSpan)
    for m in _SOUP_PAIR.finditer(src, pstart, pend):
        s0, e0 = m.span(1)  # never empty; the marks around it are one character each
        s, e = s0, e0
        if src[s] in space or src[e - 1] in space:
            s, e = _trim(src, s, e)
            if e == s:
                continue
        part = OpenSpan()
        part.start = s
        part.end = e
        part.__class__ = Span
        one = (part,)
        add_cand(_tuple_new(Candidate, (para1, one, (s0 - 1,), (e0 + 1,), True, (), True)))
        add_quote(_one_part_quote(src, pstart, index, s0 - 1, one))


def _build_quotes(src: str, paras: list[Paragraph], cands: list[Candidate]) -> list[Quote]:
    """``build_quote`` of each candidate (with its paragraph's start looked up once per paragraph)."""
    out: list[Quote] = []
    pi = -1
    ps = 0
    for c in cands:
        index = c.paragraphs[0]
        if index != pi:
            pi = index
            ps = paras[index].span.start
        out.append(build_quote(src, ps, c))
    return out


def quotes(state: ParseState) -> None:
    src = state.source
    paras = state.paragraphs
    # No mark that can open a quote in the whole source (a few memchr-speed scans; a lone ``''``
    # never opens one): nothing to pair.
    if paras and ('"' in src or "`" in src or (not src.isascii() and (
            "\u201c" in src or "\u201d" in src or "\u201e" in src or "\u00ab" in src or "\u00bb" in src))):
        lo, hi = paras[0].span.start, paras[-1].span.end
        marks = _fast_marks(src, paras, lo, hi)
        if marks:
            fast = _fast_quotes(src, paras, lo, hi, marks)
            if fast is not None:
                state.extras[EXTRAS_KEY] = fast[0]
                state.quotes.extend(with_single_nested(src, fast[1]))
                return
        if marks is None or marks:
            cands, found = _general(src, paras)
            state.extras[EXTRAS_KEY] = cands
            state.quotes.extend(with_single_nested(src, found))
            return
    state.extras[EXTRAS_KEY] = []


# --- the fast path --------------------------------------------------------------------------------
# Most copy uses only straight ``"`` and curly ``“ ”`` marks and never nests one double quote in
# another. For such a body the pairing state machine above (``_Pairing``, the general path) never
# has more than one quote open, so it reduces to a few local variables: ``_fast_quotes`` runs that
# reduced machine in one function over the mark offsets (found with ``str.find``), and builds each
# provisional quote as its candidate is made. It gives up (returns None, and the general path runs)
# on anything else: legacy or German/guillemet marks, a nested quote, a mark-soup paragraph.
# tests/test_quotes_fast.py checks that both paths agree on generated text.
# ``c in _SPACE`` is ``c.isspace()`` for one character, without a call.
_SPACE = frozenset(c for c in BLANK_SET if c.isspace())


def _fast_marks(src: str, paras: list[Paragraph], lo: int, hi: int) -> list[int] | None:
    """Offsets of the ``" “ ”`` marks of ``src[lo:hi]`` in order; None when the text has a mark only
    the general path handles (legacy ```` `` ````, ``„``, guillemets) or a mark-soup paragraph.

    An empty list means that nothing can open a quote. Legacy ``''`` marks are left out: without
    ```` `` ```` they are lone closers, which the general path skips (they only count towards mark
    soup). One ``str.find`` per mark, and per mark character absent."""
    find = src.find
    # Rare characters: ``in`` over the whole source (no argument parsing) rules them out first.
    if "`" in src and find("``", lo, hi) >= 0:
        return None
    ascii_only = src.isascii()
    if not ascii_only:
        for ch in "\u201e\u00ab\u00bb":
            if ch in src and find(ch, lo, hi) >= 0:
                return None
    out: list[int] = []
    add = out.append
    soup_checked = False
    for ch in _STRAIGHT if ascii_only else _FAST_MARKS:
        i = find(ch, lo, hi) if ch in src else -1
        for _ in _MARKS_BEFORE_SOUP:
            if i < 0:
                break
            add(i)
            i = find(ch, i + 1, hi)
        else:
            # More marks than a prose paragraph holds: a mark-soup paragraph is paired apart
            # (find_candidates), and looked for before collecting any more.
            if _has_soup(src, paras):
                return None
            soup_checked = True
            while i >= 0:
                add(i)
                i = find(ch, i + 1, hi)
    if not ascii_only:
        out.sort()  # merges the runs found per character
    if not soup_checked and hi - lo > 4 * _MAX_MARKS and (len(out) > _MAX_MARKS or "'" in src) and \
            _has_soup(src, paras):
        return None  # ``''`` marks count towards soup too
    return out


_STRAIGHT = ('"',)
_FAST_MARKS = ('"', "\u201c", "\u201d")
_MARKS_BEFORE_SOUP = range(_MAX_MARKS + 1)


def _has_soup(src: str, paras: list[Paragraph]) -> bool:
    """Whether a paragraph is mark soup (the test of ``find_candidates``)."""
    for p in paras:
        sp = p.span
        if sp.end - sp.start > 4 * _MAX_MARKS and _count_marks(src, sp.start, sp.end) > _MAX_MARKS:
            return True
    return False


def _fast_quotes(src: str, paras: list[Paragraph], lo: int, hi: int,
                 marks: list[int]) -> tuple[list[Candidate], list[Quote]] | None:
    """Candidates and provisional quotes as ``find_candidates`` + ``build_quote`` make them from the
    ``marks`` of ``_fast_marks``, or None when this text needs the general path. Each step names the
    ``_Pairing`` method it stands for."""
    cands: list[Candidate] = []
    quotes: list[Quote] = []
    add_cand = cands.append
    add_quote = quotes.append
    has_bracket = "[" in src  # else no quote has an insertion
    left = _LEFT_CONTEXT
    blank = BLANK_SET
    space = _SPACE
    n = len(paras)
    pi = -1  # position in ``paras`` of the current paragraph
    pidx = ps = 0  # its index and start
    para1: tuple[int] = (0,)  # (pidx,), the ``paragraphs`` of a one-part candidate
    pe = -1  # its end: the first mark at or after it moves to the next paragraph with a mark
    first = -1  # the offset of its first mark
    top = ""  # the mark of the open quote ("" when none is open): '"' or "\u201c"
    tpos = 0  # the offset of that mark
    pending: list[_Part] | None = None  # the parts of a quote continued from earlier paragraphs
    carry: list[_Part] | None = None  # ... and of one left open at the end of the current paragraph
    carry_mark = ""
    part: Any  # a Span and
    q: Any  # a Quote under construction (see OpenQuote)
    for pos in marks:
        if pos >= pe:
            nxt = pi + 1
            while nxt < n and paras[nxt].span.end <= pos:
                nxt += 1
            if nxt >= n:
                break  # after the last paragraph
            span = paras[nxt].span
            if pos < span.start:
                continue  # between paragraphs: ignored (the next mark moves on, or the end does)
            if top and pending is None and (nxt > pi + 1 or not (pos == span.start or src[span.start:pos].isspace())):
                # _Pairing.end of a quote that cannot go on: the next paragraph with a mark does not follow
                # this one or does not open with one. Carried, it would be flushed as one part before
                # anything else is emitted (at that paragraph's first opener or end): emitted now instead.
                s, e = _trim(src, tpos + 1, pe)
                if e > s:
                    _fast_one(src, ps, pidx, s, e, tpos, e, False, add_cand, add_quote)
            elif top:  # _Pairing.end
                s, e = _trim(src, tpos + 1, pe)
                parts = pending or []
                if e > s:
                    parts.append((pidx, _span(s, e), tpos, e))
                carry = parts or None
                carry_mark = top
            elif pending is not None:
                _fast_flush(src, paras, pending, False, add_cand, add_quote)
            if carry and nxt > pi + 1:
                # A paragraph without marks ends an open quote (_Pairing.finish).
                _fast_flush(src, paras, carry, False, add_cand, add_quote)
                carry = None
            # _Pairing.begin
            pi = nxt
            pidx = paras[nxt].index
            ps = span.start
            pe = span.end
            para1 = (pidx,)
            first = pos
            pending = carry
            carry = None
            top = ""
        ch = src[pos]
        if top:  # _Pairing.mark with a quote open
            if ch == "\u201c":
                if top == '"':
                    return None  # a curly quote nested in a straight one
                if pos == ps or src[pos - 1] in left:
                    # The same opener again while open: the first one was never closed; it ends here.
                    _fast_emit(src, paras, pidx, tpos, pos, pos, False, pending, add_cand, add_quote)
                    pending = None
                    tpos = pos
                    continue
            elif ch == '"' and top != '"' and (pos == ps or src[pos - 1] in left) and \
                    pos + 1 < pe and src[pos + 1] not in space:
                return None  # a straight quote nested in a curly one
            # The open quote closes here (_Pairing.emit).
            top = ""
            s = tpos + 1
            if pending is not None or src[s] in blank or src[pos - 1] in blank:
                _fast_emit(src, paras, pidx, tpos, pos, pos + 1, True, pending, add_cand, add_quote)
                pending = None
            elif s < pos:
                # The common case, inlined: one part, closed, in this paragraph, with no blank at
                # either end (nothing to trim); its quote is what build_quote makes of it, with
                # reflow and part_kind's two commonest cases inlined as well.
                part = OpenSpan()
                part.start = s
                part.end = pos
                part.__class__ = Span
                one = (part,)
                add_cand(_tuple_new(Candidate, (para1, one, (tpos,), (pos + 1,), True, (), False)))
                text = src[s:pos]
                if "\n" in text or "\r" in text:
                    text = reflow(text)
                if tpos == ps:  # the quote opens the paragraph
                    kind: QuotePartKind = "partial" if src[s].islower() else "full"
                elif src[tpos - 1] == " " and tpos - 2 >= ps and src[tpos - 2] not in space:
                    # One space before the mark: the character before it decides.
                    last = src[tpos - 2]
                    if last in "\u201d\"'\u2019" and tpos - 3 >= ps:
                        last = src[tpos - 3]
                    if last in _SENTENCE_END:
                        kind = "partial" if src[s].islower() else "full"
                    elif last in ",\u2014\u2013-" and src[s].isupper():
                        kind = "full"
                    else:
                        kind = "partial"
                else:
                    kind = part_kind(src, ps, tpos, s)
                q = OpenQuote()
                q.text = text
                q.kind = kind
                q.speaker = None
                q.paragraph = pidx
                q.cue = None
                q.span = part
                q.parts = one
                q.insertions = _insertions(src, one) if has_bracket else ()
                q.part_kinds = _FULL if kind == "full" else _PARTIAL
                q.nested = ()
                q.__class__ = Quote
                add_quote(q)
            continue
        # _Pairing.mark with no quote open
        if ch == '"':
            if pos != ps and src[pos - 1] not in left and (pos + 1 >= pe or src[pos + 1] in space):
                continue  # 5'10" or a stray closer
        elif ch == "\u201d":
            # A closing curly used as an opener (some feeds use it both ways).
            if not ((pos == ps or src[pos - 1] in left) and pos + 1 < pe and src[pos + 1] not in space):
                continue
            ch = "\u201c"
        if pending is not None and (ch != carry_mark or pos != first or not (pos == ps or src[ps:pos].isspace())):
            # The previous paragraph's open quote does not continue here: it ended there.
            _fast_flush(src, paras, pending, False, add_cand, add_quote)
            pending = None
        top = ch
        tpos = pos
    if top:  # _Pairing.end of the last paragraph with a mark
        s, e = _trim(src, tpos + 1, pe)
        parts = pending or []
        if e > s:
            parts.append((pidx, _span(s, e), tpos, e))
        carry = parts or None
    elif pending is not None:
        _fast_flush(src, paras, pending, False, add_cand, add_quote)
    if carry:  # _Pairing.finish
        _fast_flush(src, paras, carry, False, add_cand, add_quote)
    return cands, quotes


def _fast_emit(src: str, paras: list[Paragraph], pidx: int, tpos: int, end: int, close_end: int,
               closed: bool, pending: list[_Part] | None,
               add_cand: Callable[[Candidate], None], add_quote: Callable[[Quote], None]) -> None:
    """``_Pairing.emit`` of the quote opened at ``tpos``, ending at ``end``, with no nested quote."""
    s, e = tpos + 1, end
    if s < e and (src[s].isspace() or src[e - 1].isspace()):
        s, e = _trim(src, s, e)
    parts = pending or []
    if e > s:
        parts.append((pidx, _span(s, e), tpos, close_end))
    if parts:
        _fast_flush(src, paras, parts, closed, add_cand, add_quote)


def _fast_flush(src: str, paras: list[Paragraph], parts: list[_Part], closed: bool,
                add_cand: Callable[[Candidate], None], add_quote: Callable[[Quote], None]) -> None:
    """``_flush`` with no nested quote, and ``build_quote`` of the candidate made."""
    if len(parts) == 1:  # the common case (a quote left open at its paragraph's end, or closed after blanks)
        index, span, op, close = parts[0]
        _fast_one(src, paras[index].span.start, index, span.start, span.end, op, close, closed, add_cand, add_quote,
                  span)
        return
    paragraphs, spans, opens, closes = zip(*parts, strict=True)
    c: Candidate = _tuple_new(Candidate, (paragraphs, spans, opens, closes, closed, (), False))
    add_cand(c)
    add_quote(build_quote(src, paras[c.paragraphs[0]].span.start, c))


def _fast_one(src: str, pstart: int, index: int, s: int, e: int, op: int, close: int, closed: bool,
              add_cand: Callable[[Candidate], None], add_quote: Callable[[Quote], None],
              span: Span | None = None) -> None:
    """``_flush`` of one part ``src[s:e]`` (``s < e``) of paragraph ``index`` (starting at ``pstart``), with no
    nested quote, and its quote as build_quote's one-part branch makes it, inlined (see OpenQuote);
    ``span`` is the part's span when already made."""
    part: Any = span
    if part is None:
        part = OpenSpan()
        part.start = s
        part.end = e
        part.__class__ = Span
    one = (part,)
    add_cand(_tuple_new(Candidate, ((index,), one, (op,), (close,), closed, (), False)))
    add_quote(_one_part_quote(src, pstart, index, op, one))


def _one_part_quote(src: str, pstart: int, index: int, op: int, one: tuple[Span]) -> Quote:
    """The provisional quote of a one-part candidate ``one`` (no nested quote) opened at ``op`` in
    paragraph ``index`` (starting at ``pstart``), as build_quote's one-part branch makes it."""
    part = one[0]
    text = src[part.start:part.end]
    if "\n" in text or "\r" in text or text[0] in BLANK_SET or text[-1] in BLANK_SET:
        text = reflow(text)  # else reflow(text) is text
    kind: QuoteKind = "full" if _quick_kind(src, pstart, op, part.start) == "full" else "partial"
    return trusted_quote(text, kind, None, index, None, part, one, _insertions(src, one) if "[" in text else (),
                         _FULL if kind == "full" else _PARTIAL, ())
