"""Paragraphs: separated by blank lines, or by indentation in hard-wrapped copy (Reuters 1987:
four-space indents, ~65 columns). ``text`` is reflowed; ``span`` points at the source."""

from __future__ import annotations

from ..models import Paragraph, Span
from ..state import ParseState
from ..text import Line, lines, reflow

__all__ = ["paragraphs"]


def _indent(line: Line) -> int:
    return len(line.text) - len(line.text.lstrip(" \t"))


def paragraphs(state: ParseState) -> None:
    src = state.source
    start = state.body_start
    if state.dateline is not None and state.dateline.span.end > start:
        start = state.dateline.span.end
    ls = lines(src, start, state.body_end)
    nonblank = [ln for ln in ls if ln.text.strip()]
    indented = sum(1 for ln in nonblank if _indent(ln) >= 2)
    # Split on indentation only when it marks paragraph starts, not when every line is indented.
    split_on_indent = 0 < indented < 0.8 * len(nonblank)
    groups: list[list[Line]] = []
    current: list[Line] = []
    for ln in ls:
        if not ln.text.strip():
            if current:
                groups.append(current)
                current = []
            continue
        if current and split_on_indent and _indent(ln) >= 2:
            groups.append(current)
            current = []
        current.append(ln)
    if current:
        groups.append(current)
    out = state.paragraphs
    for group in groups:
        first, last = group[0], group[-1]
        pstart = first.start + _indent(first)
        # The dateline's own line: the paragraph starts after the dateline and its spacing.
        if pstart < start:
            pstart = start
        while pstart < last.end and src[pstart] in " \t":
            pstart += 1
        pend = last.start + len(last.text.rstrip())
        if pend <= pstart:
            continue
        out.append(Paragraph(len(out), reflow(src[pstart:pend]), Span(pstart, pend)))
