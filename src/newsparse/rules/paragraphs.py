"""Paragraphs: separated by blank lines, or by indentation in hard-wrapped copy (Reuters 1987:
four-space indents and ~65 columns; ANPA: a tab indent). ``text`` is reflowed (each line break
and the blank characters around it become one space); ``span`` is the exact source, without
blank characters at either end.

The dateline is its own element: the first paragraph starts after it.
"""

from __future__ import annotations

import re

from ..models import Paragraph, Span
from ..state import ParseState
from ..text import BLANK, BREAK_PATTERN, Line, is_blank, reflow

__all__ = ["blocks", "paragraphs", "split_blocks"]

_BREAK = BREAK_PATTERN
_INLINE_BLANK = "[" + re.escape(BLANK.replace("\r", "").replace("\n", "")) + "]"
# One line break, then one or more lines of blank characters: a paragraph separator. Each
# repetition must consume a break, so a long blank run is scanned once (no backtracking blow-up).
_SEPARATOR = re.compile(rf"{_BREAK}(?:{_INLINE_BLANK}*{_BREAK})+")
# The same for LF-only copy, with a literal first character the regex engine can skip to.
_SEPARATOR_LF = re.compile(rf"\n(?:{_INLINE_BLANK}*\n)+")
# An indented line after a line break: only then can indentation split a paragraph.
_INDENT_LF = re.compile(r"\n(?:  |\t| \t)")
_INDENT_CR = re.compile(r"\r(?:  |\t| \t)")

# Below this share of indented lines a chunk's indents mark paragraph starts; at or above it
# the whole chunk is indented (a quoted table, an indented story) and indents mean nothing.
_INDENT_SHARE = 0.8


def _indented(text: str) -> bool:
    head = text[:2]
    return head == "  " or head[:1] == "\t" or head == " \t"


def blocks(ls: list[Line], first_indented: bool | None = None) -> list[tuple[int, int]]:
    """Split lines into paragraph blocks: ``(start, end)`` of the first and last non-blank
    character of each.

    A blank line ends a block. Inside a run of non-blank lines, an indented line starts a new
    block unless (nearly) every line of the run is indented. The decision is local to each run,
    so claiming a headline or dateline elsewhere never changes how a run splits.
    ``first_indented`` says whether the first line is indented in the source, when ``ls``
    starts in the middle of it (after a dateline or a header).
    """
    out: list[tuple[int, int]] = []
    run: list[Line] = []
    first = first_indented
    for ln in ls:
        if ln.text and not is_blank(ln.text):
            run.append(ln)
        elif run:
            _split_run(run, out, first)
            run, first = [], None
    if run:
        _split_run(run, out, first)
    return out


def _split_run(run: list[Line], out: list[tuple[int, int]], first_indented: bool | None = None) -> None:
    if len(run) == 1:
        _emit(run, out)
        return
    flags = [_indented(ln.text) for ln in run]
    if first_indented is not None:
        flags[0] = first_indented
    indented = sum(flags)
    if indented == 0 or indented >= _INDENT_SHARE * len(run):
        _emit(run, out)
        return
    start = 0
    for i in range(1, len(run)):
        if flags[i]:
            _emit(run[start:i], out)
            start = i
    _emit(run[start:], out)


def _emit(group: list[Line], out: list[tuple[int, int]]) -> None:
    first, last = group[0], group[-1]
    lead = first.text.lstrip(BLANK)
    start = first.end - len(lead)
    end = last.start + len(last.text.rstrip(BLANK))
    if end > start:
        out.append((start, end))


def split_blocks(state: ParseState, start: int, end: int) -> list[tuple[int, int]]:
    """:func:`blocks` of ``source[start:end]``; copy without indented lines (most of it) is
    split by one regex scan instead of line by line."""
    src = state.source
    chunk = src[start:end]
    has_cr = "\r" in chunk
    if _INDENT_LF.search(chunk) or (has_cr and _INDENT_CR.search(chunk)):
        ls = state.lines_between(start, end)
        first_indented = None
        if ls:
            line_start = state.line_table()[0][state.line_index(ls[0].start)]
            if line_start < ls[0].start:
                # The region starts inside a line: judge its indentation on the whole line.
                first_indented = _indented(src[line_start : ls[0].end])
        return blocks(ls, first_indented)
    out: list[tuple[int, int]] = []
    pos = 0
    for m in (_SEPARATOR if has_cr else _SEPARATOR_LF).finditer(chunk):
        _piece(chunk, pos, m.start(), start, out)
        pos = m.end()
    _piece(chunk, pos, len(chunk), start, out)
    return out


def _piece(chunk: str, pos: int, end: int, offset: int, out: list[tuple[int, int]]) -> None:
    piece = chunk[pos:end]
    body = piece.strip(BLANK)
    if body:
        s = pos + len(piece) - len(piece.lstrip(BLANK))
        out.append((offset + s, offset + s + len(body)))


def paragraphs(state: ParseState) -> None:
    src = state.source
    start = state.body_start
    if state.dateline is not None and state.dateline.span.end > start:
        start = state.dateline.span.end
    out = state.paragraphs
    found: list[tuple[int, int]] | None = None
    cached = state.extras.get("envelope.blocks")
    if cached is not None and cached[0] <= start and cached[1] == state.body_end:
        # The envelope already split this region (a story without dateline): reuse its blocks,
        # so the paragraphs are exactly the blocks it did not claim.
        found = [b for b in cached[2] if b[0] >= start]
    if found is None:
        found = split_blocks(state, start, state.body_end)
    for pstart, pend in found:
        out.append(Paragraph(len(out), reflow(src[pstart:pend]), Span(pstart, pend)))
