"""Header metadata in front of the story, kept as :class:`HeaderLine`, moving ``state.body_start``
past it:

* the ``date 2019-02-21`` prefix (tass.com copy; it may share its line with the dateline),
* ``key: value`` lines with a known metadata key (``date: 2019-02-21``, ``Priority: urgent``),
* transmission lines: codes carrying control characters (ANPA ``\\x16\\x16\\x01W2870\\x1fasian``,
  IPTC 7901 ``\\x01eca062 4 i 211 ...``) and start-of-message markers (``ZCZC AAP``).

A ``date`` header sets ``state.date``, which the dateline rule uses to give ``February 21`` its
year. The keys, markers and limits are data (``data/header.json``). The rule never claims a line
on which a dateline starts, stops at the first line that is not metadata, and reads at most
``max_lines`` lines and ``max_chars`` characters.

It skips the blank characters of :mod:`newsparse.text` (a byte-order mark, control characters)
like every other rule, and judges each candidate as it will render: the canonical rendering puts
a paragraph or title on one line, so lines of one block that only form a header line once joined
(``Priority:`` then ``urgent``) are claimed together, one header line with its lines kept.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from functools import cache
from importlib import resources
from typing import Any

from attrs import frozen

from ..models import HeaderLine, Span
from ..state import ParseState
from ..text import BLANK, BREAK, BREAK_PATTERN
from .datelines import starts_dateline
from .envelope import clean_line

__all__ = ["header"]

# Blank characters (``text.BLANK``) inside a line, and the same without the control characters
# that mark a transmission line (those are kept in a header line's text: they are its evidence).
_INLINE = "[" + re.escape(BLANK.replace("\r", "").replace("\n", "")) + "]"
_CONTROL_CHARS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]))
_CONTROL = re.compile("[" + re.escape(_CONTROL_CHARS) + "]")
_SOFT = "".join(c for c in BLANK if c not in _CONTROL_CHARS)
# A line break with the blank characters around it: the paragraphs rule reflows it into one
# space, so the prefix must match across it (the rendering of "date\n2019-02-21 ..." has one line).
# An ANPA "^" may open the next line (the front matter drops it from a coded line).
_JOIN = rf"{_INLINE}*+{BREAK_PATTERN}{_INLINE}*+\^?"
_DATE_PREFIX = re.compile(
    rf"\^?(date)(?:[ \t]{{0,4}}|{_JOIN}):?(?:[ \t]{{1,4}}|{_JOIN})(\d{{4}}-\d{{2}}-\d{{2}})(?![\w-])"
)
_KEY_VALUE = re.compile(r"([A-Za-z][A-Za-z0-9_-]{1,24})[ \t]{0,4}:[ \t]{0,16}(\S.*)", re.DOTALL)
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?![\d])")
_BLANK_RUN = re.compile(rf"[{re.escape(BLANK)}]*+")
_LETTER = re.compile(r"[^\W\d_]")
# One line break, then blank lines: the end of a block (as in the paragraphs rule).
_SEPARATOR = re.compile(rf"{BREAK_PATTERN}(?:{_INLINE}*{BREAK_PATTERN})+")
_SEPARATOR_LF = re.compile(rf"\n(?:{_INLINE}*\n)+")  # LF-only copy: a literal first character is found fast
# The counts of control characters and of letters, by bytes.translate instead of a findall
# that builds a list of every character found (the general way, _controls_general and
# _letters_general: tests/test_header_fast.py checks they agree). Every control character is
# ASCII, so in UTF-8 each is one byte and no byte of another character is one of them; in ASCII
# text the letters (``[^\W\d_]``) are the ASCII letters.
_CONTROL_BYTES = _CONTROL_CHARS.encode("ascii")
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


def _controls(text: str) -> int:
    """How many control characters (``_CONTROL``) ``text`` holds."""
    raw = text.encode("utf-8", "surrogatepass")
    return len(raw) - len(raw.translate(None, _CONTROL_BYTES))


def _letters(text: str) -> int:
    """How many letters (``_LETTER``) ``text`` holds."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS))
    return len(_LETTER.findall(text))


def _controls_general(text: str) -> int:
    return len(_CONTROL.findall(text))


def _letters_general(text: str) -> int:
    return len(_LETTER.findall(text))


# How much of a candidate the key-value test reads: a key, its colon and the value's start.
_KV_HEAD = 96


@frozen
class _HeaderData:
    keys: frozenset[str]
    date_keys: frozenset[str]
    markers: re.Pattern[str]
    #: What a key-value line or a start-of-message marker starts with, ANPA marks allowed (a
    #: key may end its line: the colon can open the next one).
    prefilter: re.Pattern[str]
    #: The date prefix or the prefilter: what a header line without control characters starts with.
    starts: re.Pattern[str]
    max_lines: int
    max_chars: int


@cache
def _data() -> _HeaderData:
    raw: dict[str, Any] = json.loads(resources.files("newsparse.data").joinpath("header.json").read_text("utf-8"))
    prefilter = re.compile(rf"\^?(?:[A-Za-z][A-Za-z0-9_-]{{0,24}}(?:[ \t]{{0,4}}:|[<={_INLINE[1:-1]}]*+(?:\r|\n|$))"
                           + "".join(f"|(?:{m})" for m in raw["markers"]) + ")")
    return _HeaderData(
        frozenset(k.casefold() for k in raw["keys"]),
        frozenset(k.casefold() for k in raw["date_keys"]),
        re.compile("|".join(f"(?:{m})" for m in raw["markers"])),
        prefilter,
        re.compile(f"{_DATE_PREFIX.pattern}|{prefilter.pattern}"),
        int(raw["max_lines"]),
        int(raw["max_chars"]),
    )


def _set_date(state: ParseState, value: str, span: Span) -> None:
    m = _ISO_DATE.match(value)
    if m is None:
        return
    try:
        date = _dt.date.fromisoformat(m.group(1))
    except ValueError:
        state.warn("bad-header-date", f"header date {value!r} is not a valid date", span)
        return
    if state.date is None:
        state.date = date


def header(state: ParseState) -> None:
    """Claim header lines from the top of the body.

    Every test is made on the text as it will render, so that a rendering parses back into the
    same header: a candidate is a line, or a line with the next lines of its block when those
    join into a header line (a paragraph or title is rendered on one line, with its line breaks
    reflowed into spaces and the ANPA marks of coded lines dropped).
    """
    data = _data()
    src = state.source
    limit = state.body_end
    pos = _BLANK_RUN.match(src, state.body_start, limit).end()  # type: ignore[union-attr]
    end = min(limit, pos + data.max_chars)
    seg = state.body_start
    info: tuple[int, int, int] | None = None  # the first block's, when read before the loop
    if pos < end and data.starts.match(src, pos, end) is None:
        info = _block_info(src, seg, pos, end)
        if not info[2]:
            # The common case, a story that opens with its headline or dateline: the loop's
            # first step (no date prefix, and _claim's tests, a control character in the block
            # or the prefilter: the prefilter reads within the line, so the block's end does not
            # matter to it) finds nothing, and the loop stops there.
            state.body_start = max(state.body_start, pos)
            return
    found = len(state.header)
    while pos < end and len(state.header) - found < data.max_lines:
        m = _DATE_PREFIX.match(src, pos, end)
        if m:
            value = m.group(2)
            span = Span(pos, m.end())
            _set_date(state, value, Span(m.start(2), m.end(2)))
            state.header.append(HeaderLine(_lines_text(src[pos : m.end()]), "date", value, span))
            seg = m.end()
        else:
            claimed = _claim(state, data, seg, pos, end, info)
            info = None
            if claimed is None:
                break
            start, stop, text, key, value = claimed
            if key is not None and value is not None and key.casefold() in data.date_keys:
                _set_date(state, value, Span(start, stop))
            state.header.append(HeaderLine(text, key, value, Span(start, stop)))
            seg = stop
        pos = _BLANK_RUN.match(src, seg, end).end()  # type: ignore[union-attr]
    state.body_start = max(state.body_start, pos)


def _lines_text(raw: str) -> str:
    """A claimed stretch of source as header text: its lines without blank ends, one per line."""
    return "\n".join(p for p in (ln.strip(_SOFT) for ln in BREAK.split(raw)) if p)


def _block_bounds(src: str, seg: int, pos: int, end: int) -> tuple[int, int]:
    """The start of the line holding ``pos`` (not before ``seg``) and the end of its block."""
    first = max(seg, src.rfind("\n", seg, pos) + 1, src.rfind("\r", seg, pos) + 1)
    sep = (_SEPARATOR if "\r" in src else _SEPARATOR_LF).search(src, pos, end)
    return first, sep.start() if sep else end


def _block_info(src: str, seg: int, pos: int, end: int) -> tuple[int, int, int]:
    """The block holding ``pos``: its first line's start, its end and how many control
    characters (a transmission line's marks) it has."""
    first, block_end = _block_bounds(src, seg, pos, end)
    block = src[first:block_end]
    # A printable block has none (the common case: a one-line block, tested at C speed).
    return first, block_end, 0 if block.isprintable() else _controls(block)


def _claim(state: ParseState, data: _HeaderData, seg: int, pos: int, end: int,
           info: tuple[int, int, int] | None = None) -> tuple[int, int, str, str | None, str | None] | None:
    """The header line starting at ``pos`` (``seg``: where the skip to it began): the fewest
    lines of its block that form a key-value line or a transmission line, or None. ``info``:
    the block's :func:`_block_info`, when the caller has it."""
    src = state.source
    first, block_end, block_controls = info or _block_info(src, seg, pos, end)
    # Without a control character in the block, only a marker or a key can make a header line,
    # and both show in its first three lines; a key starts the first line (the common case, a
    # headline or a paragraph, fails both cheap tests and is done).
    if block_controls:
        last = -1  # every line of the block
        if src[pos] != "^" and data.prefilter.match(src, pos, block_end) is None and \
                _gives_up_before_controls(src, first, block_end, block_controls):
            return None
    elif data.prefilter.match(src, pos, block_end):
        last = 3
    else:
        return None
    starts, texts = state.line_table()
    k = state.line_index(pos)
    last = len(starts) if last < 0 else k + last
    bounds: list[tuple[int, int]] = []  # each line's (start, end) in the candidate
    raw: list[str] = []  # each line's text without soft blank ends (control characters kept)
    plain: list[str] = []  # ... without any blank ends (what a reflowed paragraph shows)
    cleaned: list[str] = []  # ... and without ANPA marks (what a front-matter title shows)
    controls = letters = 0
    marker = False
    start = stop = pos
    while k < last and k < len(starts) and starts[k] < block_end:
        a = first if not raw else starts[k]
        b = min(starts[k] + len(texts[k]), block_end)
        line = src[a:b]
        r = line.strip(_SOFT)
        p = r.strip(BLANK)
        if not p:
            return None  # a blank last line: the block ended
        if not raw:
            start = a + line.index(r[0])
            marker = any(data.markers.match(t) is not None for t in (p.lstrip("^"), clean_line(p)))
        stop = start + len(r) if not raw else a + len(line.rstrip(_SOFT))
        bounds.append((a, b))
        raw.append(r)
        plain.append(p)
        cleaned.append(clean_line(p))
        if not r.isprintable():
            controls += _controls(r)
        letters += _letters(p)  # running counts: each line is read once
        kv = _key_value(data, plain) or _key_value(data, cleaned) if len(raw) <= 3 else None
        transmission = marker or (controls > 0 and (letters < 40 or controls * 10 >= letters))
        if kv is None and not transmission and not marker and len(raw) >= 3 and letters >= 40 \
                and letters > 10 * block_controls:
            # Letters only grow and controls cannot pass the block's count: no longer candidate
            # can become a transmission line (a story ending in ETX is not read line by line).
            return None
        if kv is not None or transmission:
            # A dateline is never a header line, nor inside one (the dateline rule reads it).
            if any(starts_dateline(state, x, y) for x, y in bounds[1:]):
                return None
            if kv is not None:
                return start, stop, "\n".join(raw), kv[0], kv[1]
            if starts_dateline(state, pos, bounds[0][1]):
                return None
            return start, stop, "\n".join(raw), None, None
        k += 1
    return None


def _gives_up_before_controls(src: str, first: int, block_end: int, block_controls: int) -> bool:
    """Whether :func:`_claim`'s line loop gives up (returns None) at the block's third line: the
    fast path of that loop for a block whose control characters come late (Reuters copy: an ETX
    ends the story's one block), which it would read line by line, two key-value tests a line.

    For a caller whose first line starts with no ANPA mark and fails the prefilter: then no
    candidate is a key-value line (a key and its colon start the first line, as the prefilter
    reads it) nor a marker (the prefilter holds the markers), and a candidate without a control
    character is no transmission line; the loop gives up at its first candidate of three or
    more lines with at least 40 letters and more than ten a control character of the block. So
    it gives up at the third line when the first three (LF-only lines: those of the line table)
    hold no control character and that many letters (tests/test_header_fast.py checks this
    against the loop)."""
    e = first - 1
    for _ in range(3):  # the end of the third line
        e = src.find("\n", e + 1, block_end)
        if e < 0:
            return False
    head = src[first:e]
    if "\r" in head or _CONTROL.search(head) is not None:
        return False
    letters = _letters(head)
    return letters >= 40 and letters > 10 * block_controls


def _key_value(data: _HeaderData, pieces: list[str]) -> tuple[str, str] | None:
    head = " ".join(pieces[:3])[:_KV_HEAD]
    kv = _KEY_VALUE.fullmatch(head)
    if kv is None or kv.group(1).casefold() not in data.keys:
        return None
    whole = " ".join(pieces)
    return kv.group(1), whole[kv.start(2) :].rstrip(BLANK)
