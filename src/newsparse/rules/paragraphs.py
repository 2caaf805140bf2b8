"""Paragraphs: separated by blank lines, or by indentation in hard-wrapped copy (Reuters 1987:
four-space indents and ~65 columns; ANPA: a tab indent). ``text`` is reflowed (each line break
and the blank characters around it become one space); ``span`` is the exact source, without
blank characters at either end.

The dateline is its own element: the first paragraph starts after it.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from itertools import accumulate, repeat
from operator import add, itemgetter

from ..models import trusted_paragraphs, trusted_paragraphs_of
from ..state import ParseState
from ..text import BLANK, BLANK_SET, BREAK_PATTERN, is_blank, reflow

__all__ = ["paragraphs", "split_blocks"]

_BREAK = BREAK_PATTERN
_INLINE_BLANK = "[" + re.escape(BLANK.replace("\r", "").replace("\n", "")) + "]"
# One line break, then one or more lines of blank characters: a paragraph separator. Each
# repetition must consume a break, so a long blank run is scanned once (no backtracking blow-up).
_SEPARATOR = re.compile(rf"{_BREAK}(?:{_INLINE_BLANK}*{_BREAK})+")
# The same for LF-only copy, with a literal first character the regex engine can skip to.
_SEPARATOR_LF = re.compile(rf"\n(?:{_INLINE_BLANK}*\n)+")
# The same, capturing: ``split`` then returns the separators between the pieces.
_SPLIT_LF = re.compile(f"({_SEPARATOR_LF.pattern})").split
# A line break that is not in a run of bare breaks between non-blank characters: one with a
# blank character beside it (blank-edged lines, blank lines with spaces, indentation) or alone
# (hard-wrapped lines). Each branch starts with the break: the engine skips to the breaks.
_UNSIMPLE_LF = re.compile(rf"\n(?:{_INLINE_BLANK}|(?<={_INLINE_BLANK}\n)|(?<!\n\n)(?!\n))")
# An indented line after a line break: only then can indentation split a paragraph.
_INDENT_LF = re.compile(r"\n(?:  |\t| \t)")
_INDENT_CR = re.compile(r"\r(?:  |\t| \t)")

# Below this share of indented lines a chunk's indents mark paragraph starts; at or above it
# the whole chunk is indented (a quoted table, an indented story) and indents mean nothing.
_INDENT_SHARE = 0.8
# Hard-wrapped copy keeps its lines under ~80 columns. A run with a longer line (before its last)
# is not hard-wrapped: each of its lines is a paragraph (ANPA copy: one tab-indented line per
# paragraph, no blank lines; web copy: one line per paragraph).
_WRAP_MAX = 100
_BREAK_RE = re.compile(BREAK_PATTERN)


_INDENTS = ("  ", "\t", " \t")  # what _indented looks for


def _indented(text: str) -> bool:
    head = text[:2]
    return head == "  " or head[:1] == "\t" or head == " \t"


def split_blocks(state: ParseState, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraph blocks of ``source[start:end]``: ``(start, end)`` of the first and last
    non-blank character of each.

    A blank line ends a block. Inside a run of non-blank lines, an indented line starts a new
    block unless (nearly) every line of the run is indented. The decision is local to each run,
    so claiming a headline or dateline elsewhere never changes how a run splits. Copy without
    indented lines (most of it) is split by one regex scan instead of line by line.
    """
    clean = _clean_split(state, start, end)
    if clean is not None:
        return list(zip(clean[0], clean[1], strict=True))
    return _split_unclean(state, start, end)


def _split_unclean(state: ParseState, start: int, end: int) -> list[tuple[int, int]]:
    """:func:`split_blocks` for a region :func:`_clean_split` declined."""
    runs = _runs_split(state, start, end)
    if runs is not None:
        return runs
    src = state.source
    chunk = src[start:end]
    has_cr = "\r" in chunk
    core = "" if has_cr else chunk.strip(BLANK)
    if core and "\n" not in core:  # one line: one block (what the clean-copy path gives)
        lead = start + chunk.find(core[0])
        return [(lead, lead + len(core))]
    if core and _UNSIMPLE_LF.search(core) is None:
        # Clean copy (the common case): inside its blank ends, every line break of the region is
        # in a run of breaks that separates two one-line blocks with no blank edges, so the
        # blocks are the pieces between the runs: what the general path below finds piece by
        # piece (the blank ends only join a blank piece or get stripped off the first and last
        # block; an indented first or last line is a one-line run there, the same block), and
        # the offsets are running sums of the parts' lengths: no Python loop at all.
        offsets = list(accumulate(map(len, _SPLIT_LF(core)), initial=start + chunk.find(core[0])))
        return list(zip(offsets[0::2], offsets[1::2], strict=True))
    return _split_general(state, start, end, chunk, has_cr)


# Where split_blocks leaves the texts of the blocks it read by the fast path below, for the
# paragraphs rule: (start, end, (starts, ends, texts)) of the last region split that way.
_CLEAN_KEY = "paragraphs.clean"
_FIRST = itemgetter(0)
_LAST = itemgetter(-1)
Split = tuple[list[int], list[int], list[str]]


def _clean_split(state: ParseState, start: int, end: int) -> Split | None:
    """The blocks of ``source[start:end]`` (starts, ends and texts) when it is clean copy of the
    commonest shape: one-line blocks separated by exactly one empty line (``\\n\\n``, no blank
    character beside a break), with blank ends only; else None (ask the general splitter).

    Fast path of the clean-copy branch of :func:`split_blocks` (and so of :func:`_split_general`,
    which tests/test_paragraphs_fast.py checks it against): there every break is in a run of two
    between non-blank characters, so the blocks are the lines at even positions of one
    ``str.split`` and need no slicing; the checks are C-level maps over those lines. A block's
    first and last characters are no blank character when they are printable and not a space
    (every blank character but the space is unprintable); an unprintable non-blank edge only
    sends the region to the general path."""
    if SHORTCUTS is False or start >= end:
        return None
    src = state.source
    chunk = src[start:end]
    if "\r" in chunk:
        return None
    core = chunk.strip(BLANK)
    if not core:
        return None
    lead = start + chunk.find(core[0])
    if "\n" not in core:  # one line, one block: no split, no checks
        found: Split = ([lead], [lead + len(core)], [core])
        state.extras[_CLEAN_KEY] = (start, end, found)
        return found
    lines = core.split("\n")
    texts = lines[0::2]
    if not len(lines) & 1 or any(lines[1::2]) or not all(texts):
        return None  # a lone break (hard wrap, line per paragraph) or a longer blank run
    edges = "".join(map(_FIRST, texts)) + "".join(map(_LAST, texts))
    if " " in edges or not edges.isprintable():
        return None
    lens = list(map(len, texts))
    # Each block starts two characters (the separator) after the end of the one before it.
    starts = list(accumulate(map(add, lens, repeat(2)), initial=lead))
    starts.pop()
    found = (starts, list(map(add, starts, lens)), texts)
    state.extras[_CLEAN_KEY] = (start, end, found)
    return found


#: Tests set this to False to compare the fast path with the general code.
SHORTCUTS = True


def _runs_split(state: ParseState, start: int, end: int) -> list[tuple[int, int]] | None:
    """:func:`split_blocks` for LF-only copy whose lines start with no blank character (web copy
    with one line per paragraph, hard-wrapped copy without indentation), else None.

    Fast path of :func:`_split_general` (tests/test_paragraphs_fast.py checks the two agree):
    with no blank first character there is no indented line (no table path) and no line of
    blank characters, so the separators are the runs of empty lines, the blocks the runs of the
    other lines, and what _piece does to a run reads off the lines' lengths: each line its own
    block (without its blank end) when one before the last is longer than hard-wrapped copy's,
    else the run is one block. A region with no non-blank character has no block: []."""
    if SHORTCUTS is False:
        return None
    src = state.source
    chunk = src[start:end]
    core = chunk.strip(BLANK)
    if not core:
        # No non-blank character (an empty region, a trailing blank line): no block, what
        # every path finds, since a block is bounded by non-blank characters.
        return []
    if "\r" in chunk:
        return None
    lines = core.split("\n")
    firsts = "".join(map(_FIRST, filter(None, lines)))
    if " " in firsts or not firsts.isprintable():
        return None  # a blank first character: indentation or a line of blank characters
    out: list[tuple[int, int]] = []
    pos = start + chunk.find(core[0])
    blank = BLANK_SET
    run: list[tuple[int, int, int]] = []  # (start, length, length without blank end) of each line of the run
    for line in lines:
        n = len(line)
        if n:
            # Blank characters end a line (before its break): _piece strips them off a block's end.
            run.append((pos, n, len(line.rstrip(BLANK)) if line[-1] in blank else n))
        elif run:
            _add_run(run, out)
            run = []
        pos += n + 1
    if run:
        _add_run(run, out)
    return out


def _add_run(run: list[tuple[int, int, int]], out: list[tuple[int, int]]) -> None:
    if len(run) > 1 and any(n > _WRAP_MAX for _, n, _ in run[:-1]):
        out.extend((s, s + t) for s, _, t in run)  # not hard-wrapped: one paragraph per line
    else:
        out.append((run[0][0], run[-1][0] + run[-1][2]))


def _split_general(state: ParseState, start: int, end: int, chunk: str, has_cr: bool) -> list[tuple[int, int]]:
    """:func:`split_blocks` for any copy: blank-edged lines, hard wraps, indentation, CR breaks."""
    if _INDENT_LF.search(chunk) or (has_cr and _INDENT_CR.search(chunk)):
        return _table_blocks(state, start, end)
    out: list[tuple[int, int]] = []
    pos = 0
    blank = BLANK_SET
    for m in (_SEPARATOR if has_cr else _SEPARATOR_LF).finditer(chunk):
        e = m.start()
        # The common case inline (one line, no blank edges); _piece does the rest.
        if (pos < e and chunk[pos] not in blank and chunk[e - 1] not in blank and chunk.find("\n", pos, e) < 0
                and (not has_cr or chunk.find("\r", pos, e) < 0)):
            out.append((start + pos, start + e))
        else:
            _piece(chunk, pos, e, start, out)
        pos = m.end()
    _piece(chunk, pos, len(chunk), start, out)
    return out


def _table_blocks(state: ParseState, start: int, end: int) -> list[tuple[int, int]]:
    """:func:`split_blocks` read straight from the shared line table (no line objects): indented
    copy is hard-wrapped, so it has many short lines. The per-line tests are C-level maps
    (tests/test_paragraphs_fast.py checks this against :func:`_table_blocks_general`)."""
    src = state.source
    starts, texts = state.line_table()
    i, j = state.line_index(start), state.line_index(end - 1) + 1
    # A line is in a run when it holds a non-blank character: what is left of it stripped (the
    # first and last lines clipped to the region).
    kept = list(map(str.strip, texts[i:j], repeat(BLANK)))
    for k in (i, j - 1):
        s = max(starts[k], start)
        kept[k - i] = src[s : max(s, min(starts[k] + len(texts[k]), end))].strip(BLANK)
    out: list[tuple[int, int]] = []
    first = -1  # table index of the current run's first line
    for k, text in enumerate(kept, i):
        if text:
            if first < 0:
                first = k
        elif first >= 0:
            _table_run(state, first, k, start, end, out)
            first = -1
    if first >= 0:
        _table_run(state, first, j, start, end, out)
    return out


def _table_run(state: ParseState, first: int, stop: int, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """The blocks of the run of non-blank table lines ``first`` to ``stop`` (excluded)."""
    src = state.source
    starts, texts = state.line_table()
    lines = texts[first:stop]
    n = len(lines)
    splits = [0]
    if n > 1:
        # The first line's indentation is judged on the whole line, even when the region
        # starts inside it (after a dateline). _indented of each line by one map.
        flags = list(map(str.startswith, lines, repeat(_INDENTS)))
        indented = sum(flags)
        if 0 < indented < _INDENT_SHARE * n:
            splits += [m for m in range(1, n) if flags[m]]
    splits.append(n)
    for a, b in itertools.pairwise(splits):
        if b - a > 1 and max(map(len, lines[a : b - 1])) > _WRAP_MAX:
            groups = [(k, k) for k in range(first + a, first + b)]
        else:
            groups = [(first + a, first + b - 1)]
        for g0, g1 in groups:
            s = max(starts[g0], start)
            e = min(starts[g1] + len(texts[g1]), end)
            _piece(src, s, e, 0, out, split_long=False)


def _table_blocks_general(state: ParseState, start: int, end: int) -> list[tuple[int, int]]:
    """:func:`_table_blocks` line by line: the reference its C-level maps are tested against."""
    src = state.source
    starts, texts = state.line_table()
    i, j = state.line_index(start), state.line_index(end - 1) + 1
    out: list[tuple[int, int]] = []
    run: list[int] = []  # table indices of the current run of non-blank lines
    for k in range(i, j):
        text = texts[k]
        if k == i or k == j - 1:
            s = max(starts[k], start)
            text = src[s : max(s, min(starts[k] + len(text), end))]
        if text and not text.isspace() and (text.isprintable() or not is_blank(text)):
            run.append(k)
        elif run:
            _table_run_general(state, run, start, end, out)
            run = []
    if run:
        _table_run_general(state, run, start, end, out)
    return out


def _table_run_general(state: ParseState, run: list[int], start: int, end: int, out: list[tuple[int, int]]) -> None:
    src = state.source
    starts, texts = state.line_table()
    splits = [0]
    if len(run) > 1:
        # The first line's indentation is judged on the whole line, even when the region
        # starts inside it (after a dateline).
        flags = [_indented(texts[k]) for k in run]
        indented = sum(flags)
        if 0 < indented < _INDENT_SHARE * len(run):
            splits += [n for n in range(1, len(run)) if flags[n]]
    splits.append(len(run))
    for a, b in itertools.pairwise(splits):
        if b - a > 1 and any(len(texts[k]) > _WRAP_MAX for k in run[a : b - 1]):
            groups = [(k, k) for k in run[a:b]]
        else:
            groups = [(run[a], run[b - 1])]
        for first, last in groups:
            s = max(starts[first], start)
            e = min(starts[last] + len(texts[last]), end)
            _piece(src, s, e, 0, out, split_long=False)


def _piece(chunk: str, pos: int, end: int, offset: int, out: list[tuple[int, int]], split_long: bool = True) -> None:
    piece = chunk[pos:end]
    if piece and piece[0] not in BLANK_SET and piece[-1] not in BLANK_SET:
        body, s = piece, pos  # the common case: a separator found the block's edges
    else:
        body = piece.strip(BLANK)
        if not body:
            return
        # Everything before the first occurrence of body's first (non-blank) character is blank.
        s = pos + piece.find(body[0])
    if split_long and ("\n" in body or "\r" in body):
        breaks = list(_BREAK_RE.finditer(body))
        line_starts = [0, *(m.end() for m in breaks)]
        if any(m.start() - ls > _WRAP_MAX for ls, m in zip(line_starts, breaks, strict=False)):
            # Not hard-wrapped: one paragraph per line.
            for ls, le in zip(line_starts, [*(m.start() for m in breaks), len(body)], strict=True):
                _piece(body, ls, le, offset + s, out, split_long=False)
            return
    out.append((offset + s, offset + s + len(body)))


def paragraphs(state: ParseState) -> None:
    src = state.source
    start = state.body_start
    if state.dateline is not None and state.dateline.span.end > start:
        start = state.dateline.span.end
    if start >= state.body_end and SHORTCUTS:
        return  # an empty region: every path below finds no block (the envelope's blocks are inside it)
    out = state.paragraphs
    found: list[tuple[int, int]] | None = None
    cached = state.extras.get("envelope.blocks")
    if cached is not None and cached[0] <= start and cached[1] == state.body_end:
        # The envelope already split this region (a story without dateline): reuse its blocks,
        # so the paragraphs are exactly the blocks it did not claim.
        clean = state.extras.get(_CLEAN_KEY)
        if clean is not None and clean[0] == cached[0] and clean[1] == cached[1]:
            # ... and their texts, when it split them by the fast path (the same blocks).
            starts, ends, texts = clean[2]
            i = bisect_left(starts, start)
            out.extend(trusted_paragraphs_of(starts[i:], ends[i:], texts[i:], len(out)))
            return
        found = [b for b in cached[2] if b[0] >= start]
    if found is None:
        split = _clean_split(state, start, state.body_end)
        if split is not None:
            # The blocks' texts come with them: one line each, so nothing to reflow (what
            # trusted_paragraphs below makes of the same blocks).
            out.extend(trusted_paragraphs_of(*split, len(out)))
            return
        found = _split_unclean(state, start, state.body_end)
    # A block starts and ends with a non-blank character: its text is the source, reflowed.
    out.extend(trusted_paragraphs(src, found, len(out), reflow))
